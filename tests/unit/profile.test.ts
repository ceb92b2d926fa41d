import { describe, expect, it } from 'vitest';
import {
	agreementsBetween,
	byDate,
	corridorPairs,
	countryProfile,
	profileCodes,
	type Records
} from '$lib/data/profile';
import type { Country, Figure, Organisation } from '$lib/data/schema';

const cite = [{ source: 's', line: 1, quote: 'quoted' }];
const fig = (o: string, d: string, year: number, value: number, measure = 'stock', unit = 'people') =>
	({
		id: `${o}${d}${year}${measure}`,
		origin: o,
		destination: d,
		year,
		value,
		measure,
		unit,
		citations: cite
	}) as unknown as Figure;
const org = (id: string, country: string, memberships: Organisation['memberships']) =>
	({
		id,
		name: id.toUpperCase(),
		acronym: null,
		country,
		kind: 'ngo',
		memberships,
		citations: cite
	}) as Organisation;

const records: Records = {
	figures: [
		fig('KHM', 'THA', 2016, 5),
		fig('KHM', 'THA', 2019, 7),
		fig('KHM', 'THA', 2019, 300, 'wage', 'USD'),
		fig('MMR', 'KHM', 2017, 2),
		fig('KHM', 'KHM', 2019, 1)
	],
	agreements: [
		{
			id: 'a1',
			title: 'Later MOU',
			type: 'MOU',
			parties: ['KHM', 'THA'],
			date: '2016-06',
			subject: 'x',
			citations: cite
		},
		{
			id: 'a2',
			title: 'Undated',
			type: 'MOU',
			parties: ['KHM', 'MYS'],
			date: null,
			subject: 'x',
			citations: cite
		},
		{
			id: 'a3',
			title: 'Earlier',
			type: 'MOU',
			parties: ['KHM', 'THA'],
			date: '2003',
			subject: 'x',
			citations: cite
		}
	],
	policies: [
		{
			id: 'p1',
			country: 'KHM',
			title: 'Undated policy',
			date: null,
			kind: 'law',
			summary: 'x',
			citations: cite
		},
		{
			id: 'p2',
			country: 'KHM',
			title: 'Sub-decree',
			date: '2011-08',
			kind: 'sub_decree',
			summary: 'x',
			citations: cite
		},
		{ id: 'p3', country: 'THA', title: 'Thai', date: '2017', kind: 'law', summary: 'x', citations: cite }
	],
	organisations: [
		org('both', 'KHM', [
			{ report_year: 2016, role: 'member' },
			{ report_year: 2019, role: 'member' },
			{ report_year: 2019, role: 'steering_committee' }
		]),
		org('new', 'KHM', [{ report_year: 2019, role: 'member' }]),
		org('gone', 'KHM', [{ report_year: 2016, role: 'member' }]),
		org('ministry', 'KHM', [])
	],
	events: []
};

describe('countryProfile(code, records)', () => {
	const p = countryProfile('KHM', records);

	it('finds corridors out and in, with the latest figure of each measure and a people headline', () => {
		expect(p.corridorsOut.map((c) => c.key)).toEqual(['KHM-THA']);
		expect(p.corridorsIn.map((c) => c.key)).toEqual(['MMR-KHM']);
		expect(p.corridorsOut[0]!.latest.map((f) => [f.measure, f.value])).toEqual([
			['stock', 7],
			['wage', 300]
		]);
		expect(p.corridorsOut[0]!.headline!.value).toBe(7);
		expect(p.roles).toEqual(['origin', 'destination']);
	});

	it('orders policies and agreements by date, undated last', () => {
		expect(p.policies.map((x) => x.id)).toEqual(['p2', 'p1']);
		expect(p.agreements.map((x) => x.id)).toEqual(['a3', 'a1', 'a2']);
	});

	it('lists members with their role in each report year and what changed', () => {
		const rows = Object.fromEntries(
			p.members.map((m) => [m.organisation.id, [m.years[2016], m.years[2019], m.change]])
		);
		expect(rows).toEqual({
			both: ['member', 'steering committee', 'listed both years'],
			new: [null, 'member', 'joined'],
			gone: ['member', null, 'no longer listed']
		});
		expect(p.otherOrganisations.map((o) => o.id)).toEqual(['ministry']);
	});
});

describe('corridorPairs, profileCodes, agreementsBetween, byDate', () => {
	it('corridorPairs(figures) lists each corridor once and skips a country to itself', () => {
		expect(corridorPairs(records.figures)).toEqual([
			['KHM', 'THA'],
			['MMR', 'KHM']
		]);
	});
	it('profileCodes(countries, records) keeps countries named in records and never groups', () => {
		const countries = ['KHM', 'THA', 'MMR', 'MYS', 'JPN', 'XAB'].map((code) => ({
			code,
			kind: code.startsWith('X') ? 'group' : 'country'
		})) as Country[];
		expect(
			profileCodes(countries, { ...records, figures: [...records.figures, fig('KHM', 'XAB', 2019, 1)] })
		).toEqual(['KHM', 'THA', 'MMR', 'MYS']);
	});
	it('agreementsBetween(a, b) needs both parties', () => {
		expect(agreementsBetween(records.agreements, 'THA', 'KHM').map((a) => a.id)).toEqual(['a3', 'a1']);
	});
	it('byDate([]) is empty', () => {
		expect(byDate([])).toEqual([]);
	});
});
