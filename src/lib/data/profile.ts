/**
 * Everything a country profile shows, gathered from the dataset by a pure function, so the prerendered
 * page, the panel beside the map and the build tests count the same records.
 */
import { corridorKey, mapMeasures } from './corridors';
import { latestPerMeasure } from './grouping';
import type { Agreement, Country, Event, Figure, Organisation, Policy } from './schema';

/** Names of places and titles of sources, for components that show codes and citations. */
export interface Lookups {
	names: Record<string, string>;
	sources: Record<string, string>;
}

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
	/** The latest figure of each measure. */
	latest: Figure[];
	/** The latest people figure that sizes it on the map, for headlines. */
	headline: Figure | null;
}

export type MemberChange = 'joined' | 'no longer listed' | 'listed both years' | null;

export interface MemberRow {
	organisation: Organisation;
	years: { 2016: string | null; 2019: string | null };
	change: MemberChange;
}

export interface CountryProfile {
	code: string;
	roles: ('origin' | 'destination')[];
	corridorsOut: CorridorSummary[];
	corridorsIn: CorridorSummary[];
	policies: Policy[];
	agreements: Agreement[];
	members: MemberRow[];
	otherOrganisations: Organisation[];
	events: Event[];
}

/** Partial dates in order, undated last (they are marked as such where shown). */
export function byDate<T extends { date: string | null; title: string }>(items: T[]): T[] {
	return [...items].sort((a, b) => {
		if (a.date === b.date) return a.title.localeCompare(b.title);
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date.localeCompare(b.date);
	});
}

function summarise(figures: Figure[], origin: string, destination: string): CorridorSummary {
	const own = figures.filter((f) => f.origin === origin && f.destination === destination);
	const people = own.filter((f) => f.unit === 'people' && mapMeasures.includes(f.measure));
	const headline = [...people].sort((a, b) => b.year - a.year || b.value - a.value)[0] ?? null;
	return { key: corridorKey(origin, destination), origin, destination, latest: latestPerMeasure(own), headline };
}

/** Every corridor with figures (origin differs from destination), for the corridor pages. */
export function corridorPairs(figures: Figure[]): [string, string][] {
	const keys = new Set(figures.filter((f) => f.origin !== f.destination).map((f) => corridorKey(f.origin, f.destination)));
	return [...keys].sort().map((k) => k.split('-') as [string, string]);
}

export function countryProfile(code: string, r: Records): CountryProfile {
	const pairs = corridorPairs(r.figures);
	const corridorsOut = pairs.filter(([o]) => o === code).map(([o, d]) => summarise(r.figures, o, d));
	const corridorsIn = pairs.filter(([, d]) => d === code).map(([o, d]) => summarise(r.figures, o, d));
	const roles: CountryProfile['roles'] = [];
	if (corridorsOut.some((c) => c.headline)) roles.push('origin');
	if (corridorsIn.some((c) => c.headline)) roles.push('destination');

	const organisations = r.organisations.filter((o) => o.country === code);
	const role = (o: Organisation, year: 2016 | 2019) => {
		const roles = o.memberships.filter((m) => m.report_year === year).map((m) => m.role);
		return roles.includes('steering_committee') ? 'steering committee' : roles.length ? 'member' : null;
	};
	const members = organisations
		.filter((o) => o.memberships.length)
		.map((o): MemberRow => {
			const years = { 2016: role(o, 2016), 2019: role(o, 2019) };
			const change: MemberChange = years[2016] && years[2019] ? 'listed both years' : years[2019] ? 'joined' : 'no longer listed';
			return { organisation: o, years, change };
		})
		.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));

	return {
		code,
		roles,
		corridorsOut,
		corridorsIn,
		policies: byDate(r.policies.filter((p) => p.country === code)),
		agreements: byDate(r.agreements.filter((a) => a.parties.includes(code))),
		members,
		otherOrganisations: organisations.filter((o) => !o.memberships.length).sort((a, b) => a.name.localeCompare(b.name)),
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
