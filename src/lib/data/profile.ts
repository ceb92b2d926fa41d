/**
 * Everything a country profile shows, gathered from the dataset by a pure function, so the prerendered
 * page, the panel beside the map and the build tests count the same records. Which figure stands for a
 * corridor is decided by figureRule.ts, here as everywhere.
 */
import { corridorEnds, corridorKey, mapMeasures } from './corridors';
import { compareCodes, latestStanding, type Publications } from './figureRule';
import { corridorFigures } from './grouping';
import type { Agreement, Country, Event, Figure, Measure, Organisation, Policy } from './schema';

export interface Records {
	figures: Figure[];
	agreements: Agreement[];
	policies: Policy[];
	organisations: Organisation[];
	events: Event[];
}

export interface CorridorSummary {
	key: string;
	origin: string;
	destination: string;
	/** For each count measure, the figure that stands for the corridor in the latest year that has one. */
	standing: Figure[];
	/** How many other figures the corridor page lists (subsets, running totals, shares, money, ...). */
	others: number;
}

/** Headline cards of one measure: never set beside another measure's as if comparable. */
export interface HeadlineGroup {
	measure: Measure;
	cards: { key: string; origin: string; destination: string; figure: Figure }[];
}

/** A member's place in the annual reports' lists; how it changed between them. */
export type MemberRole = 'member' | 'steering_committee';
export type MemberChange = 'joined' | 'left' | 'both';

export interface MemberRow {
	organisation: Organisation;
	years: { 2016: MemberRole | null; 2019: MemberRole | null };
	change: MemberChange;
}

export interface SupporterRow {
	organisation: Organisation;
	years: number[];
}

export interface CountryProfile {
	code: string;
	roles: ('origin' | 'destination')[];
	headlines: HeadlineGroup[];
	corridorsOut: CorridorSummary[];
	corridorsIn: CorridorSummary[];
	/** Figures with the same place at both ends (internal migration, displacement): not corridors. */
	internal: Figure[];
	policies: Policy[];
	agreements: Agreement[];
	members: MemberRow[];
	supporters: SupporterRow[];
	otherOrganisations: Organisation[];
	events: Event[];
}

/** Partial dates in order, undated last (they are marked as such where shown). */
export function byDate<T extends { date: string | null; title: string }>(items: T[]): T[] {
	return [...items].sort((a, b) => {
		if (a.date === b.date) return a.title.localeCompare(b.title);
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return compareCodes(a.date, b.date);
	});
}

function summarise(figures: Figure[], key: string, sources: Publications): CorridorSummary {
	const [origin, destination] = corridorEnds(key);
	const own = corridorFigures(figures, origin, destination);
	const standing = latestStanding(own, sources);
	return { key, origin, destination, standing, others: own.length - standing.length };
}

/** Every corridor with figures (origin differs from destination), for the corridor pages. */
export function corridorPairs(figures: Figure[]): [string, string][] {
	const keys = new Set(
		figures.filter((f) => f.origin !== f.destination).map((f) => corridorKey(f.origin, f.destination))
	);
	return [...keys].sort().map(corridorEnds);
}

/** How many headline cards of each measure, and how many measures, a profile shows at the top. */
export const HEADLINE_CARDS = 3;
export const HEADLINE_MEASURES = 3;

/**
 * The profile's headline cards: for each count measure, the corridors' standing figures (largest first),
 * grouped by measure so that no card sits beside a card of another measure as if comparable. `cards`
 * per measure and `measures` in all: fewer for the compact country card, by the same rule.
 */
export function headlines(
	corridors: CorridorSummary[],
	cards = HEADLINE_CARDS,
	measures = HEADLINE_MEASURES
): HeadlineGroup[] {
	return mapMeasures
		.map((measure) => ({
			measure,
			cards: corridors
				.flatMap((c) =>
					c.standing
						.filter((f) => f.measure === measure)
						.map((figure) => ({ key: c.key, origin: c.origin, destination: c.destination, figure }))
				)
				.sort((a, b) => b.figure.value - a.figure.value || compareCodes(a.key, b.key))
				.slice(0, cards)
		}))
		.filter((g) => g.cards.length)
		.slice(0, measures);
}

const memberRole = (o: Organisation, year: 2016 | 2019): MemberRole | null => {
	const roles = o.memberships.filter((m) => m.report_year === year).map((m) => m.role);
	return roles.includes('steering_committee')
		? 'steering_committee'
		: roles.includes('member')
			? 'member'
			: null;
};

export function countryProfile(code: string, r: Records, sources: Publications): CountryProfile {
	const pairs = corridorPairs(r.figures).map(([o, d]) => corridorKey(o, d));
	const corridorsOut = pairs
		.filter((k) => corridorEnds(k)[0] === code)
		.map((k) => summarise(r.figures, k, sources));
	const corridorsIn = pairs
		.filter((k) => corridorEnds(k)[1] === code)
		.map((k) => summarise(r.figures, k, sources));
	const roles: CountryProfile['roles'] = [];
	if (corridorsOut.some((c) => c.standing.length)) roles.push('origin');
	if (corridorsIn.some((c) => c.standing.length)) roles.push('destination');

	const organisations = r.organisations.filter((o) => o.country === code);
	const members = organisations
		.flatMap((o): MemberRow[] => {
			const years = { 2016: memberRole(o, 2016), 2019: memberRole(o, 2019) };
			if (!years[2016] && !years[2019]) return [];
			return [
				{
					organisation: o,
					years,
					change: years[2016] && years[2019] ? 'both' : years[2019] ? 'joined' : 'left'
				}
			];
		})
		.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
	const supporters = organisations
		.map((o) => ({
			organisation: o,
			years: o.memberships.filter((m) => m.role === 'supporter').map((m) => m.report_year as number)
		}))
		.filter((s) => s.years.length)
		.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
	const listed = new Set([...members, ...supporters].map((m) => m.organisation.id));

	return {
		code,
		roles,
		headlines: headlines([...corridorsOut, ...corridorsIn]),
		corridorsOut,
		corridorsIn,
		internal: r.figures
			.filter((f) => f.origin === code && f.destination === code)
			.sort((a, b) => a.year - b.year || compareCodes(a.id, b.id)),
		policies: byDate(r.policies.filter((p) => p.country === code)),
		agreements: byDate(r.agreements.filter((a) => a.parties.includes(code))),
		members,
		supporters,
		otherOrganisations: organisations
			.filter((o) => !listed.has(o.id))
			.sort((a, b) => a.name.localeCompare(b.name)),
		events: byDate(r.events.filter((e) => e.country === code))
	};
}

/** Place codes with a profile: every country or territory that any record names. */
export function profileCodes(countries: Country[], r: Records): string[] {
	const used = new Set<string>();
	for (const f of r.figures) used.add(f.origin).add(f.destination);
	for (const a of r.agreements) a.parties.forEach((p) => used.add(p));
	for (const x of [...r.policies, ...r.organisations]) used.add(x.country);
	for (const e of r.events) if (e.country) used.add(e.country);
	return countries.filter((c) => c.kind !== 'group' && used.has(c.code)).map((c) => c.code);
}

/** Agreements between two places: both are parties. */
export const agreementsBetween = (agreements: Agreement[], a: string, b: string) =>
	byDate(agreements.filter((x) => x.parties.includes(a) && x.parties.includes(b)));
