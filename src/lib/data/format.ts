/**
 * Wording of figures as the documents print them: bounds stay bounds ("more than 180,000"), ranges keep
 * both ends ("3 to 4 million"). Pure, so the map, the panels, the CSV and the tests say the same thing.
 */
import { copy } from '$lib/copy';
import { getLocale } from '$lib/i18n/current';
import type { Locale } from '$lib/i18n/locales';
import { formatNumberIn, localDigits, numberPatterns } from '$lib/i18n/numbers';
import { MONTHS, type Blocker } from './figureRule';
import type { Figure, Measure } from './schema';

/** 686429 -> "686,429"; 3500000 -> "3.5 million"; 2800000000 -> "2.8 billion" (in the page's language). */
export const formatNumber = (value: number, locale: Locale = getLocale()): string =>
	formatNumberIn(value, locale);

/** "3 to 4 million" rather than "3 million to 4 million", where both ends share the scale word. */
function formatRange(low: number, high: number, locale: Locale): string {
	const [a, b] = [formatNumber(low, locale), formatNumber(high, locale)];
	const word = (text: string) => numberPatterns[locale].scales.find(([, w]) => text.endsWith(` ${w}`))?.[1];
	const shared = word(a) && word(a) === word(b);
	return copy.value.range(shared ? a.slice(0, -(word(a)!.length + 1)) : a, b);
}

/** The unit around a number: "USD 140", "37%", "18 cases"; people and other units stay bare. */
function withUnit(number: string, unit: Figure['unit']): string {
	if (unit === 'people' || unit === 'other') return number;
	if (unit === 'percent') return copy.value.percent(number);
	if (unit === 'cases') return copy.value.cases(number);
	if (unit === 'households') return copy.value.households(number);
	return copy.value.currency(unit, number);
}

const per: Record<NonNullable<Figure['unit_per']>, (value: string) => string> = {
	day: (v) => copy.value.perDay(v),
	month: (v) => copy.value.perMonth(v),
	year: (v) => copy.value.perYear(v),
	person: (v) => copy.value.perPerson(v)
};

/**
 * The value with its qualifier and unit, as a reader should see it: "more than 180,000", "about USD 650",
 * "USD 140 per month". A number printed only as a multiple of another keeps the printed words: "about
 * four times higher than “more than 180,000”", never the product. Every word comes from the catalogue.
 */
export function formatValue(
	f: Pick<Figure, 'value' | 'value_high' | 'qualifier' | 'unit' | 'unit_per'> & {
		multiplier?: string | null;
	},
	locale: Locale = getLocale()
): string {
	const number =
		f.qualifier === 'range' && f.value_high !== null
			? formatRange(f.value, f.value_high, locale)
			: formatNumber(f.value, locale);
	const united = withUnit(number, f.unit);
	const qualified =
		f.qualifier === 'exact' || f.qualifier === 'range' ? united : copy.value[f.qualifier](united);
	const printed = f.unit_per ? per[f.unit_per](qualified) : qualified;
	return f.multiplier ? copy.figure.relative(f.multiplier, printed) : printed;
}

/** Measure names and nouns, in the page's language. */
export const measureLabels: Record<Measure, string> = copy.measureLabels;
export const measureNouns: Record<Measure, string> = copy.measureNouns;

/** A vocabulary value as a reader sees it: "sub_decree" -> "sub-decree", in the page's language. */
export const kindLabel = (kind: string): string =>
	(copy.kinds as Record<string, string>)[kind] ?? kind.replace(/_/g, ' ');

/** A partial ISO date in words: 2016 -> "2016", 2016-06 -> "June 2016", 2016-06-24 -> "24 June 2016". */
export function formatDate(date: string | null, locale: Locale = getLocale()): string {
	if (!date) return copy.profile.undated;
	const [y, m, d] = date.split('-') as [string, string | undefined, string | undefined];
	const year = localDigits(y, locale);
	if (!m) return year;
	const month = (copy.dates.months as Record<string, string>)[`m${Number(m)}`]!;
	if (!d) return copy.dates.monthYear(month, year);
	return copy.dates.dayMonthYear(localDigits(String(Number(d)), locale), month, year);
}

/** A year as the page's language writes it (Burmese digits in Burmese). */
export const formatYear = (year: number, locale: Locale = getLocale()) => localDigits(String(year), locale);

/**
 * What a figure covers, when it is not simply everyone in its corridor at a date or in a year: the part
 * it counts ("undocumented domestic workers only"), a running total, an unstated period. Null when there
 * is nothing to say. Views print it beside the value, so a subset never reads as a total.
 */
export function coverage(f: Pick<Figure, 'scope' | 'scope_note' | 'period' | 'since'>): string | null {
	const parts = [
		f.scope === 'subset' && f.scope_note ? f.scope_note : null,
		f.period === 'cumulative'
			? f.since
				? copy.figure.cumulativeSince(f.since)
				: copy.figure.cumulative
			: null,
		f.period === 'unstated' ? copy.figure.periodUnstated : null
	].filter((p): p is string => p !== null);
	return parts.length ? copy.figure.coverageList(parts) : null;
}

/** Why a figure does not size its corridor's line, in words for the legend and the panels. */
export const blockerWords: Record<Blocker, string> = copy.figure.blockers;

/**
 * A figure's `as_of`, which the data write in English words ("July 2016", "Towards the end of 2016",
 * "By 2017"), in the page's language where its shape is known; anything else stays in English and
 * says so with `lang: 'en'`, so a screen reader and the fonts treat it as English. English pages show
 * the words as written.
 */
export function formatAsOf(asOf: string, locale: Locale = getLocale()): { text: string; lang: Locale } {
	if (locale === 'en') return { text: asOf, lang: 'en' };
	const s = asOf.trim();
	const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
	const pad = (n: number) => String(n).padStart(2, '0');
	const dated = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(s);
	if (dated && month(dated[2]!) > 0) {
		const [, day, name, year] = dated;
		const iso = `${year}-${pad(month(name!))}${day ? `-${pad(Number(day))}` : ''}`;
		return { text: formatDate(iso, locale), lang: locale };
	}
	const end = /^(?:towards the )?end of (\d{4})$/i.exec(s);
	if (end) return { text: copy.dates.endOf(formatYear(Number(end[1]), locale)), lang: locale };
	const by = /^by (\d{4})$/i.exec(s);
	if (by) return { text: copy.dates.by(formatYear(Number(by[1]), locale)), lang: locale };
	return { text: asOf, lang: 'en' };
}
