import { describe, expect, it } from 'vitest';
import { locales, localeInfo } from '$lib/i18n/locales';
import { formatNumberIn, formatPlain, localDigits } from '$lib/i18n/numbers';

// Node's ICU (CLDR 48) has every language's data; the browser may not. The site's own patterns must
// write numbers exactly as ICU does, so the prerendered text is what a reader in that language expects.
describe.each(locales)('numbers in %s', (locale) => {
	const tag = localeInfo[locale].tag;
	it.each([0, 7, 12, 487, 686429, 1820928, 686429.5, 3.9, 1005848, -42])(
		`formatPlain(%s) is what ICU writes in ${tag}`,
		(n) => {
			expect(formatPlain(n, locale)).toBe(new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(n));
		}
	);
	it.each([3500000, 1200000, 3000000])(`formatNumberIn(%s) uses ICU's word for the scale in ${tag}`, (n) => {
		expect(formatNumberIn(n, locale)).toBe(
			new Intl.NumberFormat(tag, {
				notation: 'compact',
				compactDisplay: 'long',
				maximumFractionDigits: 2
			}).format(n)
		);
	});
});

describe('formatNumberIn(value, locale)', () => {
	it.each([
		['en', 2754000000, '2,754 million'],
		['en', 2800000000, '2.8 billion'],
		['en', 2800000, '2.8 million'],
		['en', 686429, '686,429'],
		['zh-hans', 2754000000, '27.54亿'],
		['zh-hans', 180000, '18万'],
		['my', 2754000000, '၂၇၅.၄ ကုဋေ'],
		['vi', 126296, '126.296'],
		['lo', 40467, '40.467'],
		['en', Number.NaN, '–']
	] as const)('in %s, %s is %j', (locale, n, expected) => {
		expect(formatNumberIn(n, locale)).toBe(expected);
	});
	it('localDigits writes Burmese digits and leaves other languages alone', () => {
		expect(localDigits('2019', 'my')).toBe('၂၀၁၉');
		expect(localDigits('2019', 'km')).toBe('2019');
	});
});
