/**
 * One rule, every view: for every corridor, year and measure, the map's data (/data/lines.json and the
 * prerendered map), the corridor page and both country profiles show the same figure. And what they
 * show is a figure that may stand for a corridor, checked here from the data files themselves (not
 * through the app's modules): it covers the whole corridor, counts people, prints its number, and has a
 * period that fits its measure.
 */
import { describe, expect, it } from 'vitest';
import { data } from '../fixtures';
import { builtFile, parsePage } from './helpers';

interface Line {
	corridor: string;
	year: number;
	measure: string;
	figure_id: string;
}
const lines = JSON.parse(builtFile('data/lines.json')) as Line[];
const figures = data.figures();
const byId = new Map(figures.map((f) => [f.id, f]));
const countries = data.countries();
const anchored = new Set(countries.filter((c) => c.anchor).map((c) => c.code));
const isGroup = new Set(countries.filter((c) => c.kind === 'group').map((c) => c.code));

const PERIODS: Record<string, string[]> = {
	stock: ['point'],
	registered_workers: ['point'],
	nationality_verification: ['point'],
	departures: ['year'],
	mou_deployments: ['year'],
	returns_deportations: ['year'],
	quota_target: ['year', 'point']
};
const mayStand = (f: (typeof figures)[number]) =>
	f.scope === 'all' &&
	f.unit === 'people' &&
	f.multiplier === null &&
	f.origin !== f.destination &&
	(PERIODS[f.measure] ?? []).includes(f.period);

/** data-standing="KHM-THA|2019|registered_workers" -> data-figure, for one page. */
function standingOn(route: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const el of parsePage(route).querySelectorAll('[data-standing]')) {
		const key = el.getAttribute('data-standing')!;
		const id = el.getAttribute('data-figure')!;
		expect(out.get(key) ?? id, `${route}: two figures for ${key}`).toBe(id);
		out.set(key, id);
	}
	return out;
}

const corridorKeys = [
	...new Set(figures.filter((f) => f.origin !== f.destination).map((f) => `${f.origin}-${f.destination}`))
];
const corridorPages = new Map(corridorKeys.map((k) => [k, standingOn(`/corridor/${k}`)]));
/** Every corridor-year-measure and its figure, as the corridor pages show it. */
const fromCorridorPages = new Map([...corridorPages.values()].flatMap((m) => [...m]));

describe('build output: one figure per corridor, year and measure, in every view', () => {
	it('lines.json lists a line for every corridor page entry between two places on the map, and nothing else', () => {
		const mapped = [...fromCorridorPages].filter(([key]) =>
			key
				.split('|')[0]!
				.split('-')
				.every((c) => anchored.has(c))
		);
		expect(new Map(lines.map((l) => [`${l.corridor}|${l.year}|${l.measure}`, l.figure_id]))).toEqual(
			new Map(mapped)
		);
		expect(lines.length).toBeGreaterThan(10);
	});

	it('every figure shown as standing may stand (whole corridor, people, printed, period fits)', () => {
		for (const [key, id] of fromCorridorPages) {
			const f = byId.get(id)!;
			expect(mayStand(f), `${key}: ${id}`).toBe(true);
			expect(`${f.origin}-${f.destination}|${f.year}|${f.measure}`).toBe(key);
		}
	});

	it('every corridor-year-measure with a figure that may stand has one shown', () => {
		const expected = new Set(
			figures.filter(mayStand).map((f) => `${f.origin}-${f.destination}|${f.year}|${f.measure}`)
		);
		expect(new Set(fromCorridorPages.keys())).toEqual(expected);
	});

	const profileCodes = [...new Set(corridorKeys.flatMap((k) => k.split('-')))].filter((c) => !isGroup.has(c));
	it.each(profileCodes)(
		'/country/%s shows the same figure as the corridor page, for every corridor and measure it shows',
		(code) => {
			for (const [key, id] of standingOn(`/country/${code}`)) {
				expect(fromCorridorPages.get(key), `${code}: ${key}`).toBe(id);
				expect(key.split('|')[0]!.split('-'), key).toContain(code);
			}
		}
	);

	it('the prerendered map (the default view) draws exactly the lines.json rows of its year and measure', () => {
		const home = parsePage('/');
		const rows = home.querySelectorAll('[data-testid="flow-table"] tr[data-corridor]');
		const year = Number(home.querySelector('output.year')!.textContent);
		const measure = home.querySelector('option[selected]')!.getAttribute('value');
		const expected = lines.filter((l) => l.year === year && l.measure === measure);
		expect(rows.map((r) => [r.getAttribute('data-corridor'), r.getAttribute('data-figure')]).sort()).toEqual(
			expected.map((l) => [l.corridor, l.figure_id]).sort()
		);
		expect(rows.length).toBeGreaterThan(0);
	});

	it('Myanmar to Thailand, stock 2017, stands on the 3 million figure everywhere (not the 28,000 domestic workers)', () => {
		const id = fromCorridorPages.get('MMR-THA|2017|stock')!;
		expect(byId.get(id)!.value).toBe(3000000);
		expect(
			lines.find((l) => l.corridor === 'MMR-THA' && l.year === 2017 && l.measure === 'stock')?.figure_id
		).toBe(id);
	});
});
