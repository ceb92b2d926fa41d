/**
 * Counts and lists as each language writes them, without the browser's Intl (see numbers.ts for why):
 * list patterns read off CLDR 48 through Node's ICU, which a unit test compares them with.
 */
import { getLocale } from './current';
import type { Locale } from './locales';
import { formatPlain, localDigits } from './numbers';

interface ListPattern {
	pair: string;
	start: string;
	middle: string;
	end: string;
}
const same = (p: string): ListPattern => ({ pair: p, start: p, middle: p, end: p });

/** "A and B", "A, B, and C" (conjunction); "A, B, C" (unit: a plain list). */
export const listPatterns: Record<Locale, { conjunction: ListPattern; unit: ListPattern }> = {
	en: {
		conjunction: { pair: '{0} and {1}', start: '{0}, {1}', middle: '{0}, {1}', end: '{0}, and {1}' },
		unit: same('{0}, {1}')
	},
	th: {
		conjunction: { pair: '{0}และ{1}', start: '{0} {1}', middle: '{0} {1}', end: '{0} และ{1}' },
		unit: { pair: '{0} และ {1}', start: '{0} {1}', middle: '{0} {1}', end: '{0} และ {1}' }
	},
	km: {
		conjunction: { pair: '{0} និង\u200b{1}', start: '{0}, {1}', middle: '{0}, {1}', end: '{0} និង {1}' },
		unit: same('{0} {1}')
	},
	lo: {
		conjunction: { pair: '{0} ແລະ {1}', start: '{0}, {1}', middle: '{0}, {1}', end: '{0}, {1}' },
		unit: same('{0}, {1}')
	},
	my: {
		conjunction: { pair: '{0}နှင့် {1}', start: '{0} - {1}', middle: '{0} - {1}', end: '{0}နှင့် {1}' },
		unit: { pair: '{0}နှင့် {1}', start: '{0}- {1}', middle: '{0}- {1}', end: '{0}နှင့် {1}' }
	},
	vi: {
		conjunction: { pair: '{0} và {1}', start: '{0}, {1}', middle: '{0}, {1}', end: '{0} và {1}' },
		unit: same('{0}, {1}')
	},
	'zh-hans': {
		conjunction: { pair: '{0}和{1}', start: '{0}、{1}', middle: '{0}、{1}', end: '{0}和{1}' },
		unit: same('{0}{1}')
	}
};

const fill = (pattern: string, a: string, b: string) => pattern.replace('{0}', a).replace('{1}', b);

/** A list of names joined as the language joins them. */
export function formatList(
	items: string[],
	style: 'conjunction' | 'unit' = 'conjunction',
	locale: Locale = getLocale()
): string {
	const p = listPatterns[locale][style];
	if (items.length <= 1) return items[0] ?? '';
	if (items.length === 2) return fill(p.pair, items[0]!, items[1]!);
	let out = fill(p.end, items.at(-2)!, items.at(-1)!);
	for (let i = items.length - 3; i > 0; i--) out = fill(p.middle, items[i]!, out);
	return fill(p.start, items[0]!, out);
}

/** A count as the language writes it ("1,234"; Burmese digits in Burmese). */
export const formatCount = (n: number, locale: Locale = getLocale()) => formatPlain(n, locale, 0);

/** A number inside a sentence (a year, a line number): the language's digits, no grouping. */
export const formatBare = (x: string | number, locale: Locale = getLocale()) =>
	typeof x === 'number' ? localDigits(String(x), locale) : x;
