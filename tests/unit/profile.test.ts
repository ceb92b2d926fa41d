import { describe, expect, it } from 'vitest';
import {
	agreementsBetween,
	byDate,
	corridorPairs,
	countryProfile,
	headlines,
	profileCodes,
	type Records
} from '$lib/data/profile';
import type { Country, Figure } from '$lib/data/schema';
import { fig as figure, org, part, publications } from '../fixtures';

const cite = [{ source: 's', line: 1, quote: 'quoted passage' }];
const fig = (
	o: string,
	d: string,
	year: number,
	value: number,
	measure: Figure['measure'] = 'stock',
	unit: Figure['unit'] = 'people'
) =>
	figure({ id: `${o}${d}${year}${measure}${value}`, origin: o, destination: d, year, value, measure, unit });

const records: Records = {
	figures: [
		fig('KHM', 'THA', 2016, 5),
		fig('KHM', 'THA', 2019, 7),
		fig('KHM', 'THA', 2019, 300, 'wage', 'USD'),
		part('undocumented workers only', {
			id: 'sub',
			origin: 'KHM',
			destination: 'THA',
			year: 2020,
			measure: 'stock',
			value: 1
		}),
		fig('KHM', 'THA', 2019, 40, 'registered_workers'),
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
		org('funder', 'KHM', [{ report_year: 2016, role: 'supporter' }]),
		org('ministry', 'KHM', [])
	],
	events: []
};

describe('countryProfile(code, records, sources)', () => {
	const p = countryProfile('KHM', records, publications);

	it('finds corridors out and in, each with the standing figure of each measure from its latest year', () => {
		expect(p.corridorsOut.map((c) => c.key)).toEqual(['KHM-THA']);
		expect(p.corridorsIn.map((c) => c.key)).toEqual(['MMR-KHM']);
		// The 2020 subset is later, but cannot stand: 2019's 7 is the stock figure.
		expect(p.corridorsOut[0]!.standing.map((f) => [f.measure, f.year, f.value])).toEqual([
			['stock', 2019, 7],
			['registered_workers', 2019, 40]
		]);
		expect(p.corridorsOut[0]!.others).toBe(3);
		expect(p.roles).toEqual(['origin', 'destination']);
	});

	it('groups headline cards by measure, so different measures never stand side by side', () => {
		expect(p.headlines.map((g) => [g.measure, g.cards.map((c) => [c.key, c.figure.value])])).toEqual([
			[
				'stock',
				[
					['KHM-THA', 7],
					['MMR-KHM', 2]
				]
			],
			['registered_workers', [['KHM-THA', 40]]]
		]);
	});

	it('keeps a country to itself out of the corridors, in its own section', () => {
		expect(p.internal.map((f) => f.id)).toEqual(['KHMKHM2019stock1']);
	});

	it('orders policies and agreements by date, undated last', () => {
		expect(p.policies.map((x) => x.id)).toEqual(['p2', 'p1']);
		expect(p.agreements.map((x) => x.id)).toEqual(['a3', 'a1', 'a2']);
	});

	it('lists members with their role in each report year and what changed; supporters apart', () => {
		const rows = Object.fromEntries(
			p.members.map((m) => [m.organisation.id, [m.years[2016], m.years[2019], m.change]])
		);
		expect(rows).toEqual({
			both: ['member', 'steering_committee', 'both'],
			new: [null, 'member', 'joined'],
			gone: ['member', null, 'left']
		});
		expect(p.supporters.map((s) => [s.organisation.id, s.years])).toEqual([['funder', [2016]]]);
		expect(p.otherOrganisations.map((o) => o.id)).toEqual(['ministry']);
	});
});

describe('headlines(corridors)', () => {
	it('is empty without standing figures', () => {
		expect(headlines([])).toEqual([]);
		expect(headlines([{ key: 'A-B', origin: 'A', destination: 'B', standing: [], others: 2 }])).toEqual([]);
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
