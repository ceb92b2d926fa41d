import { describe, expect, it } from 'vitest';
import { placedFigures } from '$lib/data/corridors';
import type { PresentationStep } from '$lib/data/schema';
import { mapLines } from '$lib/map/mapLines';
import type { Bounds } from '$lib/map/view';
import {
	explicitStep,
	fitCamera,
	frameBounds,
	labelBox,
	stepFromQuery,
	stepForKey,
	stepInSearch,
	stepPlaces,
	stepView,
	type Insets
} from '$lib/present/steps';
import { data } from '../fixtures';

describe('stepFromQuery(value, count)', () => {
	it.each([
		['3', 5, 2],
		['1', 5, 0],
		['5', 5, 4],
		['6', 5, 0],
		['0', 5, 0],
		['-1', 5, 0],
		['2.5', 5, 0],
		['two', 5, 0],
		[null, 5, 0]
	])('?step=%s of %s steps is index %s', (value, count, expected) => {
		expect(stepFromQuery(value, count)).toBe(expected);
	});
});

describe('stepForKey(key, current, count)', () => {
	it.each([
		['ArrowRight', 1, 2],
		['ArrowDown', 1, 2],
		['PageDown', 1, 2],
		[' ', 1, 2],
		['Enter', 1, 2],
		['ArrowLeft', 1, 0],
		['ArrowUp', 1, 0],
		['PageUp', 1, 0],
		['Backspace', 1, 0],
		['Home', 3, 0],
		['End', 0, 4],
		['ArrowRight', 4, 4],
		['ArrowLeft', 0, 0]
	])('%j from step %s goes to %s', (key, current, expected) => {
		expect(stepForKey(key, current, 5)).toBe(expected);
	});
	it('ignores other keys', () => {
		expect(stepForKey('x', 1, 5)).toBeNull();
		expect(stepForKey('f', 1, 5)).toBeNull();
	});
});

describe('frameBounds(step, anchors)', () => {
	const anchors = new Map<string, [number, number]>([
		['KHM', [104.9, 11.6]],
		['THA', [100.5, 13.8]],
		['MMR', [96.2, 16.9]]
	]);
	const step = (frame: PresentationStep['frame'], corridors: string[] = []) =>
		({ frame, highlight: { corridors, countries: [] } }) as unknown as PresentationStep;
	const contains = (b: [[number, number], [number, number]], [x, y]: [number, number]) =>
		x > b[0][0] && x < b[1][0] && y > b[0][1] && y < b[1][1];

	it('frames both ends of a corridor', () => {
		const b = frameBounds(step({ corridor: 'KHM-THA' }), anchors);
		expect(contains(b, anchors.get('KHM')!) && contains(b, anchors.get('THA')!)).toBe(true);
	});
	it('frames a country with the corridors it highlights', () => {
		const b = frameBounds(step({ country: 'THA' }, ['MMR-THA']), anchors);
		expect(contains(b, anchors.get('MMR')!)).toBe(true);
	});
	it('gives a lone country room around it', () => {
		const b = frameBounds(step({ country: 'THA' }), anchors);
		expect(b[1][0] - b[0][0]).toBeGreaterThan(10);
	});
	it('uses explicit bounds as they are', () => {
		expect(
			frameBounds(
				step({
					bounds: [
						[90, -3],
						[146, 44]
					]
				}),
				anchors
			)
		).toEqual([
			[90, -3],
			[146, 44]
		]);
	});
});

describe('explicitStep(value, count) and stepInSearch(search, count)', () => {
	it('names a step only for a whole number within the deck', () => {
		expect(explicitStep('5', 8)).toBe(4);
		expect([null, '', '0', '9', '2.5', 'x'].map((v) => explicitStep(v, 8))).toEqual([
			null,
			null,
			null,
			null,
			null,
			null
		]);
	});
	it('reads ?step= from a query', () => {
		expect(stepInSearch('?step=3', 8)).toBe(2);
		expect(stepInSearch('?other=1', 8)).toBeNull();
		expect(stepInSearch('', 8)).toBeNull();
	});
});

describe('stepPlaces(step)', () => {
	it('names the frame, the highlighted countries and both ends of each highlighted corridor', () => {
		const s = {
			frame: { country: 'THA' },
			highlight: { corridors: ['MMR-THA', 'KHM-THA'], countries: ['LAO'] }
		} as unknown as PresentationStep;
		expect(stepPlaces(s).sort()).toEqual(['KHM', 'LAO', 'MMR', 'THA']);
		const corridor = { frame: { corridor: 'VNM-DEU' }, highlight: { corridors: [], countries: [] } };
		expect(stepPlaces(corridor as unknown as PresentationStep)).toEqual(['VNM', 'DEU']);
	});
});

describe('labelBox(text)', () => {
	it('leaves room for the name at any corner of its dot', () => {
		const b = labelBox({ width: 100, ascent: 15, descent: 4 }, 0);
		expect(b).toEqual({ left: -106, right: 106, top: -25, bottom: 25 });
	});
});

// The real decks and data, as the presenter gets them.
const figures = data.figures();
const countries = data.countries();
const sources = data.sources();
const decks = data.presentations();
const placed = placedFigures(figures, countries);
const anchors = new Map(countries.flatMap((c) => (c.anchor ? [[c.code, c.anchor] as const] : [])));
const base = { placed, countries, sources, anchors };

describe('stepView(step, context)', () => {
	const deck = decks.find((d) => d.id === 'into-thailand')!;
	const beyond = decks.find((d) => d.id === 'beyond-the-mekong')!;

	it('draws the lines mapLines draws for the step’s year and measure', () => {
		const step = deck.steps[5]!;
		const view = stepView(step, { ...base, viewport: null });
		expect(view.lines.corridors.map((c) => c.key)).toEqual(
			mapLines(placed, step, sources).corridors.map((c) => c.key)
		);
	});

	it('highlights the step’s corridors, or none', () => {
		expect([...stepView(deck.steps[3]!, { ...base, viewport: null }).highlighted!].sort()).toEqual([
			'KHM-THA',
			'MMR-THA'
		]);
		expect(stepView(deck.steps[0]!, { ...base, viewport: null }).highlighted).toBeNull();
	});

	it('names the ends of every line, and the step’s places even where no line is drawn', () => {
		const step = beyond.steps.find(
			(s) => s.frame && 'corridor' in s.frame && s.frame.corridor === 'MMR-JPN'
		)!;
		const view = stepView(step, { ...base, viewport: null });
		expect(view.lines.corridors.some((c) => c.key === 'MMR-JPN')).toBe(false);
		expect(view.labelled).toEqual(expect.arrayContaining(['MMR', 'JPN']));
		for (const c of view.lines.corridors)
			expect(view.labelled).toEqual(expect.arrayContaining([c.origin, c.destination]));
	});

	it('frames the step plainly before the slide is measured', () => {
		const step = deck.steps[1]!;
		expect(stepView(step, { ...base, viewport: null }).camera.bounds).toEqual(frameBounds(step, anchors));
	});
});

/**
 * Where a point lands when a map fits `bounds` into the screen with `padding`, as MapLibre's fitBounds
 * does in Web Mercator: the bounds scaled to fit the padded part, centred in it.
 */
function fitted(bounds: Bounds, padding: Insets, screen: { width: number; height: number }) {
	const x = (lng: number) => (lng * Math.PI) / 180;
	const y = (lat: number) => -Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const [[w, s], [e, n]] = bounds;
	const room = [screen.width - padding.left - padding.right, screen.height - padding.top - padding.bottom];
	const scale = Math.min(room[0]! / (x(e) - x(w)), room[1]! / (y(s) - y(n)));
	const centre = [(x(w) + x(e)) / 2, (y(s) + y(n)) / 2];
	return ([lng, lat]: [number, number]) => [
		padding.left + room[0]! / 2 + (x(lng) - centre[0]!) * scale,
		padding.top + room[1]! / 2 + (y(lat) - centre[1]!) * scale
	];
}

describe('stepView camera: every step’s places and their names clear of the slide’s boxes', () => {
	// A 9-character name is 100 px wide; every name 20 px high.
	const label = (code: string): Insets => labelBox({ width: code.length * 30 + 10, ascent: 16, descent: 4 });
	const screens = [
		{ width: 1366, height: 768, clear: { top: 13, right: 13, bottom: 40, left: 660 } },
		{ width: 1920, height: 1080, clear: { top: 18, right: 18, bottom: 40, left: 920 } },
		{ width: 1024, height: 768, clear: { top: 10, right: 10, bottom: 40, left: 500 } }
	];
	for (const screen of screens)
		for (const deck of decks)
			it(`${deck.id} at ${screen.width}×${screen.height}`, () => {
				for (const [i, step] of deck.steps.entries()) {
					const view = stepView(step, { ...base, viewport: { ...screen, label } });
					const project = fitted(view.camera.bounds, view.camera.padding as Insets, screen);
					const { clear } = screen;
					const inside = (x: number, y: number) =>
						x >= clear.left - 0.5 &&
						x <= screen.width - clear.right + 0.5 &&
						y >= clear.top - 0.5 &&
						y <= screen.height - clear.bottom + 0.5;
					for (const code of stepPlaces(step)) {
						const [x, y] = project(anchors.get(code)!);
						const box = label(code);
						expect(inside(x! + box.left, y! + box.top), `step ${i + 1}: ${code}`).toBe(true);
						expect(inside(x! + box.right, y! + box.bottom), `step ${i + 1}: ${code}`).toBe(true);
					}
					// The framed area is shown whole.
					const [[w, s], [e, n]] = frameBounds(step, anchors);
					for (const corner of [
						[w, s],
						[e, n]
					] as [number, number][]) {
						const [x, y] = project(corner);
						expect(inside(x!, y!), `step ${i + 1}: corner ${corner}`).toBe(true);
					}
				}
			});

	it('fits the points alone where their names cannot fit', () => {
		const area: Bounds = [
			[100, 10],
			[110, 20]
		];
		const camera = fitCamera(area, [{ at: [105, 15], box: { left: -5, right: 500, top: -20, bottom: 5 } }], {
			width: 300,
			height: 300,
			clear: { top: 0, right: 0, bottom: 0, left: 0 },
			label
		});
		const project = fitted(camera.bounds, camera.padding as Insets, { width: 300, height: 300 });
		// The area fills the screen's height, as it would with no names at all.
		expect(project([100, 20])[1]).toBeCloseTo(0, 0);
		expect(project([110, 10])[1]).toBeCloseTo(300, 0);
	});
});
