import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fold, search, type SearchEntry } from '$lib/data/search';
import type { Agreement, Organisation, Policy } from '$lib/data/schema';

const cite = [{ source: 'ar2019', line: 1, quote: 'quoted' }];
const index = buildSearchIndex({
	countries: [
		{
			code: 'KHM',
			name: 'Cambodia',
			kind: 'country',
			names: {},
			aliases: ['Cambodia', 'Kingdom of Cambodia']
		},
		{ code: 'THA', name: 'Thailand', kind: 'country', names: {}, aliases: ['Thailand', 'Thai'] },
		{ code: 'XAS', name: 'ASEAN', kind: 'group', names: {}, aliases: [] }
	],
	profiles: ['KHM', 'THA'],
	organisations: [
		{
			id: 'org-cwcc',
			name: "Cambodian Women's Crisis Center",
			acronym: 'CWCC',
			country: 'KHM',
			kind: 'ngo',
			memberships: [],
			citations: cite
		},
		{
			id: 'org-asean',
			name: 'Association of Southeast Asian Nations',
			acronym: 'ASEAN',
			country: 'XAS',
			kind: 'intergovernmental',
			memberships: [],
			citations: cite
		}
	] as Organisation[],
	agreements: [
		{
			id: 'a1',
			title: 'MOU on Employment Cooperation',
			type: 'MOU',
			parties: ['XAS', 'THA', 'KHM'],
			date: '2003',
			subject: 'x',
			citations: cite
		}
	] as Agreement[],
	policies: [
		{
			id: 'p1',
			country: 'THA',
			title: 'Royal Ordinance on Managing Foreign Workers',
			date: '2017-06',
			kind: 'royal_ordinance',
			summary: 'x',
			citations: cite
		}
	] as Policy[]
});
const hrefs = (r: SearchEntry[]) => r.map((e) => e.href);

describe('search(index, query)', () => {
	it('finds an organisation by its acronym, first, linking to its country profile', () => {
		expect(search(index, 'cwcc')[0]).toMatchObject({
			label: "Cambodian Women's Crisis Center",
			href: '/country/KHM#org-cwcc'
		});
	});
	it('puts the country first for its name and finds it by alias', () => {
		expect(hrefs(search(index, 'camb'))[0]).toBe('/country/KHM');
		expect(hrefs(search(index, 'Kingdom of Cambodia'))).toContain('/country/KHM');
	});
	it('needs every word, in any order', () => {
		expect(hrefs(search(index, 'ordinance royal'))).toEqual(['/country/THA#p1']);
		expect(search(index, 'royal mou')).toEqual([]);
	});
	it('links a record of a group (no profile) to its source page, and an agreement to a party with a profile', () => {
		expect(search(index, 'asean')[0]!.href).toBe('/sources/ar2019#org-asean');
		expect(search(index, 'employment cooperation')[0]!.href).toBe('/country/THA#a1');
	});
	it.each([[''], ['   '], ['!!!']])('returns nothing for an empty query %j', (q) => {
		expect(search(index, q)).toEqual([]);
	});
	it('respects the limit', () => {
		expect(search(index, 'a', 2)).toHaveLength(2);
	});
});

describe('fold(text)', () => {
	it('folds case, accents and punctuation', () => {
		expect(fold('Việt  Nam')).toBe('viet nam');
		expect(fold("Women's")).toBe('women s');
	});
});
