/**
 * Numbers as each language writes them, without the browser's Intl: Debian's Chromium has no Khmer, Lao
 * or Burmese formatting data and silently falls back to English, so text formatted in the browser would
 * differ from the prerendered page. These few patterns (read off CLDR 48 through Node's ICU, which a
 * unit test compares them with) are all the site needs: separators, digits, and the words for large
 * round numbers ("3.5 million", "3,5 triệu", "350万").
 */
import type { Locale } from './locales';

interface NumberPattern {
	group: string;
	decimal: string;
	/** The ten digits, 0 to 9. */
	digits: string;
	/** Words for round large numbers, largest first: [size, word]; `joined` puts no space before the word. */
	scales: [number, string][];
	joined?: boolean;
}

const LATIN = '0123456789';

export const numberPatterns: Record<Locale, NumberPattern> = {
	en: {
		group: ',',
		decimal: '.',
		digits: LATIN,
		scales: [
			[1e9, 'billion'],
			[1e6, 'million']
		]
	},
	th: {
		group: ',',
		decimal: '.',
		digits: LATIN,
		scales: [
			[1e9, 'พันล้าน'],
			[1e6, 'ล้าน']
		]
	},
	km: {
		group: ',',
		decimal: '.',
		digits: LATIN,
		scales: [
			[1e9, 'ប៊ីលាន'],
			[1e6, 'លាន']
		]
	},
	lo: {
		group: '.',
		decimal: ',',
		digits: LATIN,
		scales: [
			[1e9, 'ຕື້'],
			[1e6, 'ລ້ານ']
		]
	},
	my: {
		group: ',',
		decimal: '.',
		digits: '၀၁၂၃၄၅၆၇၈၉',
		scales: [
			[1e7, 'ကုဋေ'],
			[1e6, 'သန်း']
		]
	},
	vi: {
		group: '.',
		decimal: ',',
		digits: LATIN,
		scales: [
			[1e9, 'tỷ'],
			[1e6, 'triệu']
		]
	},
	'zh-hans': {
		group: ',',
		decimal: '.',
		digits: LATIN,
		scales: [
			[1e8, '亿'],
			[1e4, '万']
		],
		joined: true
	}
};

/** Latin digits in a string replaced by the language's own (Burmese writes ၂၀၁၉). */
export function localDigits(text: string, locale: Locale): string {
	const digits = numberPatterns[locale].digits;
	return digits === LATIN ? text : text.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}

/** 686429.5 -> "686,429.5" (en), "686.429,5" (lo, vi), "၆၈၆,၄၂၉.၅" (my); at most `maxFraction` decimals. */
export function formatPlain(value: number, locale: Locale, maxFraction = 2): string {
	if (!Number.isFinite(value)) return '–';
	const p = numberPatterns[locale];
	const fixed = Math.abs(value)
		.toFixed(maxFraction)
		.replace(/\.?0+$/, '');
	const [int, frac] = fixed.split('.') as [string, string | undefined];
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000');
	const text =
		(value < 0 ? '-' : '') + grouped.replaceAll('\u0000', p.group) + (frac ? p.decimal + frac : '');
	return localDigits(text, locale);
}

/**
 * A cited number as a reader expects it: round large numbers with their word ("3.5 million",
 * "2.8 billion", "350万"), anything else in full ("686,429"). A number is "round" when it has at most two
 * decimals at that scale.
 */
export function formatNumberIn(value: number, locale: Locale): string {
	if (!Number.isFinite(value)) return '–';
	const p = numberPatterns[locale];
	for (const [size, word] of p.scales) {
		if (Math.abs(value) >= size && value % (size / 100) === 0) {
			const n = formatPlain(value / size, locale);
			return p.joined ? `${n}${word}` : `${n} ${word}`;
		}
	}
	return formatPlain(value, locale);
}
