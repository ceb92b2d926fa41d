import { describe, expect, it } from 'vitest';
import { countsBySource, kindOrder, recordsFromSource } from '$lib/data/bySource';
import { agreement, citing, data, event, fig, org, policy, records } from '../fixtures';

const fromOld = citing('old');
const fromBoth = [...citing('old'), ...citing('new')];

/** One record of each kind citing the new source, and a few citing the old one or both. */
const sample = records({
	figures: [
		fig({ id: 'f-new' }),
		fig({ id: 'f-old', citations: fromOld }),
		fig({ id: 'f-both', citations: fromBoth })
	],
	agreements: [agreement('a-old', ['KHM', 'THA'], { citations: fromOld })],
	policies: [policy('p-new', 'THA')],
	organisations: [org('o-both', 'KHM', [], { citations: fromBoth })],
	events: [event('e-new'), event('e-twice', { citations: [...citing('new'), ...citing('new')] })]
});

const idsByKind = (r: Record<string, { id: string }[]>) =>
	Object.fromEntries(Object.entries(r).map(([k, list]) => [k, list.map((x) => x.id)]));

describe('recordsFromSource(records, sourceId)', () => {
	it.each([
		[
			'new',
			{
				figures: ['f-new', 'f-both'],
				agreements: [],
				policies: ['p-new'],
				organisations: ['o-both'],
				events: ['e-new', 'e-twice']
			}
		],
		[
			'old',
			{
				figures: ['f-old', 'f-both'],
				agreements: ['a-old'],
				policies: [],
				organisations: ['o-both'],
				events: []
			}
		],
		['nobody-cites-this', { figures: [], agreements: [], policies: [], organisations: [], events: [] }]
	])('recordsFromSource(records, %j) keeps, by kind, the records with a citation to it', (id, expected) => {
		expect(idsByKind(recordsFromSource(sample, id))).toEqual(expected);
	});

	it('recordsFromSource(records, sourceId) lists each record once, however often it cites the source', () => {
		expect(recordsFromSource(sample, 'new').events.filter((e) => e.id === 'e-twice')).toHaveLength(1);
	});

	it('recordsFromSource(records, sourceId) gives every kind, in kindOrder, even for no records at all', () => {
		const out = recordsFromSource(records(), 'new');
		expect(Object.keys(out)).toEqual(kindOrder);
		expect(Object.values(out).every((list) => list.length === 0)).toBe(true);
	});

	it('recordsFromSource(records, sourceId) returns the records themselves, not copies', () => {
		expect(recordsFromSource(sample, 'new').policies[0]).toBe(sample.policies[0]);
	});
});

describe('countsBySource(records, sourceIds)', () => {
	it.each([
		[
			'counts, per source, the records of each kind that cite it',
			['new', 'old'],
			{
				new: { figures: 2, agreements: 0, policies: 1, organisations: 1, events: 2 },
				old: { figures: 2, agreements: 1, policies: 0, organisations: 1, events: 0 }
			}
		],
		[
			'gives zeros for a source nothing cites',
			['unused'],
			{ unused: { figures: 0, agreements: 0, policies: 0, organisations: 0, events: 0 } }
		],
		['is empty for no sources', [], {}]
	])('countsBySource(records, sourceIds) %s', (_name, sourceIds, expected) => {
		expect(countsBySource(sample, sourceIds)).toEqual(expected);
	});

	it('countsBySource(records, sourceIds) counts every citation of the real data: each record is counted under each source it cites', () => {
		const real = records({
			figures: data.figures(),
			agreements: data.agreements(),
			policies: data.policies(),
			organisations: data.organisations(),
			events: data.events()
		});
		const sources = data.sources().map((s) => s.id);
		const counts = countsBySource(real, sources);
		for (const kind of kindOrder) {
			const expected = real[kind].reduce(
				(n, r) => n + new Set(r.citations.map((c) => c.source).filter((s) => sources.includes(s))).size,
				0
			);
			const counted = sources.reduce((n, id) => n + counts[id]![kind], 0);
			expect(counted, kind).toBe(expected);
		}
		expect(Object.values(counts).some((c) => c.figures > 0)).toBe(true);
	});
});
