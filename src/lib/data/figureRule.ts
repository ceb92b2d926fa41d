/**
 * THE rule: which figure stands for a corridor, a year and a measure. The map line and its tooltip, the
 * hidden table, the view export, the country profile's headline cards and corridor list, the corridor
 * page's summary, the presentations and the build test all ask this module, so they cannot disagree.
 *
 * A figure can stand for its corridor (size a line, make a headline) when:
 *   1. its measure counts people (countMeasures) and its unit is people;
 *   2. it covers everyone in the corridor and measure (scope "all"), not a subset;
 *   3. its period fits the measure: stocks (stock, registered workers, completed nationality
 *      verification) are counted at a date ("point"); flows (departures, MOU deployments, returns) within
 *      the year ("year"); a quota is for a year or a date. A running total ("cumulative") or an unstated
 *      period never stands: it is listed with its own wording instead;
 *   4. its number is printed as such (no `multiplier`: "about four times higher than 180,000" is not a count);
 *   5. it runs between two places (origin is not destination).
 * Among the figures of one corridor-year-measure that can stand, the tie rule picks one:
 *   a. the latest `as_of` that can be read as a date ("September 2019" > "June 2019" > "2019");
 *   b. then the figure from the more recently published document;
 *   c. then the first by id, so the choice is stable.
 * The others are never averaged or added: views list them beside the standing figure.
 */
import { countMeasures } from './enums';
import type { Figure, Measure, Period, Source } from './schema';

/** Why a figure cannot stand for its corridor, or null when it can. */
export type Blocker = 'not-count' | 'subset' | 'period' | 'relative' | 'internal';

/** The periods that may size a line, per count measure. */
export const standingPeriods: Record<(typeof countMeasures)[number], Period[]> = {
	stock: ['point'],
	registered_workers: ['point'],
	nationality_verification: ['point'],
	departures: ['year'],
	mou_deployments: ['year'],
	returns_deportations: ['year'],
	quota_target: ['year', 'point']
};

/** The fields the rule reads. */
export type RuleFigure = Pick<
	Figure,
	| 'id'
	| 'origin'
	| 'destination'
	| 'year'
	| 'as_of'
	| 'value'
	| 'unit'
	| 'measure'
	| 'scope'
	| 'period'
	| 'multiplier'
	| 'citations'
>;

export function blocker(f: RuleFigure): Blocker | null {
	const periods = (standingPeriods as Partial<Record<Measure, Period[]>>)[f.measure];
	if (!periods || f.unit !== 'people') return 'not-count';
	if (f.origin === f.destination) return 'internal';
	if (f.scope !== 'all') return 'subset';
	if (f.multiplier !== null) return 'relative';
	if (!periods.includes(f.period)) return 'period';
	return null;
}

export const canStand = (f: RuleFigure) => blocker(f) === null;

/** When each source was published, for the tie rule: the dates the rule needs, and nothing else. */
export type Publications = Pick<Source, 'id' | 'date_published'>[];

/** The publication date of a figure's first source ('' when unknown, which sorts oldest). */
export function publishedDate(publications: Publications) {
	const dates = new Map(publications.map((s) => [s.id, s.date_published]));
	return (f: Pick<Figure, 'citations'>) => dates.get(f.citations[0]!.source) ?? '';
}

/** The month names the data's `as_of` wordings use, January first (format.ts reads them too). */
export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** A sortable number for an "as of" wording, or -1 when it cannot be read: "September 2019" -> 201909. */
export function asOfRank(asOf: string | null, year: number): number {
	if (!asOf) return -1;
	const text = asOf.toLowerCase();
	const printedYears = text.match(/\b(19|20)\d{2}\b/g);
	const y = Number(printedYears?.at(-1) ?? year);
	const month = MONTHS.findLastIndex((m) => text.includes(m));
	if (month >= 0) return y * 100 + month + 1;
	if (/\bend\b|\blate\b/.test(text)) return y * 100 + 12;
	return printedYears ? y * 100 : -1;
}

/**
 * Orders ids, codes, keys and ISO dates by their characters. They are ASCII, where this is the order
 * localeCompare gives, without its cost: a page's first localeCompare builds a collator, tens of
 * milliseconds of a slow phone's first load.
 */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two figures of one corridor-year-measure by the tie rule: negative when `a` wins. */
export function compareByTieRule(
	a: RuleFigure,
	b: RuleFigure,
	published: (f: Pick<Figure, 'citations'>) => string
): number {
	return (
		asOfRank(b.as_of, b.year) - asOfRank(a.as_of, a.year) ||
		compareCodes(published(b), published(a)) ||
		compareCodes(a.id, b.id)
	);
}

/**
 * The figures of one corridor-year-measure in the order every view lists them: those that can stand
 * first, by the tie rule (so the first is the standing figure when it can stand), then the rest by the
 * same rule.
 */
export function rankFigures<F extends RuleFigure>(figures: F[], publications: Publications): F[] {
	const published = publishedDate(publications);
	return [...figures].sort(
		(a, b) => Number(canStand(b)) - Number(canStand(a)) || compareByTieRule(a, b, published)
	);
}

/** The figure that stands for these figures' corridor, year and measure, or null when none can. */
export function standingFigure<F extends RuleFigure>(figures: F[], publications: Publications): F | null {
	const first = rankFigures(figures, publications)[0];
	return first && canStand(first) ? first : null;
}

/** "KHM-THA|2019|registered_workers": one corridor, year and measure. */
export const standingKey = (f: Pick<Figure, 'origin' | 'destination' | 'year' | 'measure'>) =>
	`${f.origin}-${f.destination}|${f.year}|${f.measure}`;

/**
 * Every corridor-year-measure that has a standing figure, with it: the table the build test compares
 * every view against, and the data behind /data/lines.json.
 */
export function standingTable<F extends RuleFigure>(
	figures: F[],
	publications: Publications
): Map<string, F> {
	const groups = new Map<string, F[]>();
	for (const f of figures) {
		if (!canStand(f)) continue;
		const key = standingKey(f);
		groups.set(key, [...(groups.get(key) ?? []), f]);
	}
	const out = new Map<string, F>();
	for (const [key, list] of [...groups].sort(([a], [b]) => compareCodes(a, b)))
		out.set(key, standingFigure(list, publications)!);
	return out;
}

/**
 * For each measure of one corridor's figures, the standing figure of the latest year that has one: what
 * a profile or a panel shows as "the" figure of the corridor. In the order of the measures vocabulary.
 */
export function latestStanding<F extends RuleFigure>(figures: F[], publications: Publications): F[] {
	const table = standingTable(figures, publications);
	const latest = new Map<Measure, F>();
	for (const f of table.values()) {
		const current = latest.get(f.measure);
		if (!current || f.year > current.year) latest.set(f.measure, f);
	}
	return (countMeasures as readonly Measure[]).flatMap((m) => (latest.has(m) ? [latest.get(m)!] : []));
}
