import { describe, expect, it } from 'vitest';
import { measures } from '$lib/data/enums';
import { byMeasure, corridorFigures } from '$lib/data/grouping';
import type { Figure } from '$lib/data/schema';
import { data, fig } from '../fixtures';

const ids = (figures: Figure[]) => figures.map((f) => f.id);

describe('corridorFigures(figures, origin, destination)', () => {
	const khmTha = fig({ id: 'khm-tha' });
	const khmTha2017 = fig({ id: 'khm-tha-2017', year: 2017, measure: 'stock' });
	const thaKhm = fig({ id: 'tha-khm', origin: 'THA', destination: 'KHM' });
	const mmrTha = fig({ id: 'mmr-tha', origin: 'MMR' });
	const khmMys = fig({ id: 'khm-mys', destination: 'MYS' });
	const all = [khmTha, thaKhm, mmrTha, khmTha2017, khmMys];

	it.each<[string, Figure[], string, string, string[]]>([
		[
			'keeps every figure of the corridor, all measures and years, in the given order',
			all,
			'KHM',
			'THA',
			['khm-tha', 'khm-tha-2017']
		],
		['keeps direction: THA to KHM is another corridor', all, 'THA', 'KHM', ['tha-khm']],
		['needs both ends to match, not only the origin or the destination', all, 'MMR', 'MYS', []],
		['is empty for a corridor with no figures', all, 'LAO', 'THA', []],
		['is empty for no figures', [], 'KHM', 'THA', []]
	])('corridorFigures(figures, origin, destination) %s', (_name, figures, o, d, expected) => {
		expect(ids(corridorFigures(figures, o, d))).toEqual(expected);
	});

	it('corridorFigures(figures, origin, destination) returns the records themselves, not copies', () => {
		expect(corridorFigures(all, 'KHM', 'MYS')[0]).toBe(khmMys);
	});

	it('corridorFigures(figures, origin, destination) finds Cambodia to Thailand in the real data, and nothing for a made-up place', () => {
		const figures = data.figures();
		const found = corridorFigures(figures, 'KHM', 'THA');
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((f) => f.origin === 'KHM' && f.destination === 'THA')).toBe(true);
		expect(corridorFigures(figures, 'ZZZ', 'THA')).toEqual([]);
	});
});

describe('byMeasure(figures)', () => {
	it.each<[string, Figure[], [string, string[]][]]>([
		['is empty for no figures', [], []],
		[
			'leaves out the measures with no figures',
			[fig({ id: 'a', measure: 'departures' })],
			[['departures', ['a']]]
		],
		[
			"puts groups in the schema's order of measures, not the order the figures come in",
			[
				fig({ id: 'w', measure: 'wage', unit: 'USD' }),
				fig({ id: 'r', measure: 'registered_workers' }),
				fig({ id: 's', measure: 'stock' })
			],
			[
				['stock', ['s']],
				['registered_workers', ['r']],
				['wage', ['w']]
			]
		],
		[
			'sorts each group by year, then by id within a year',
			[
				fig({ id: 'b-2019', year: 2019 }),
				fig({ id: 'x-2016', year: 2016 }),
				fig({ id: 'a-2019', year: 2019 }),
				fig({ id: 'c-2017', year: 2017 })
			],
			[['registered_workers', ['x-2016', 'c-2017', 'a-2019', 'b-2019']]]
		]
	])('byMeasure(figures) %s', (_name, figures, expected) => {
		expect(byMeasure(figures).map((g) => [g.measure, ids(g.figures)])).toEqual(expected);
	});

	it('byMeasure(figures) does not reorder the array it was given', () => {
		const figures = [fig({ id: 'b', year: 2019 }), fig({ id: 'a', year: 2016 })];
		byMeasure(figures);
		expect(ids(figures)).toEqual(['b', 'a']);
	});

	it('byMeasure(figures) keeps every figure of the real data exactly once, in measure groups of the schema', () => {
		const figures = data.figures();
		const groups = byMeasure(figures);
		expect(groups.flatMap((g) => ids(g.figures)).sort()).toEqual(ids(figures).sort());
		const order = groups.map((g) => measures.indexOf(g.measure));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(order).not.toContain(-1);
	});
});
