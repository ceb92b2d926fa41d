import { describe, expect, it } from 'vitest';
import { estimateWidth, layoutMapText, overlaps, placeLabels, textExtent } from '$lib/map/labelPlacement';

const view = { width: 320, height: 400 };
const req = (key: string, x: number, y: number, width = 60) => ({
	key,
	at: [x, y] as [number, number],
	width,
	ascent: 12,
	descent: 3
});

describe('placeLabels(requests, view)', () => {
	it('puts a label right of and above its point when there is room', () => {
		const [l] = placeLabels([req('KHM', 100, 100)], view);
		expect([l!.anchor, l!.x, l!.y]).toEqual(['start', 106, 94]);
	});

	it('flips a label that would run off the right edge to the left ("Republic of Kore")', () => {
		const [l] = placeLabels([req('KOR', 300, 100, 120)], view);
		expect(l!.anchor).toBe('end');
		expect(l!.box.x0).toBeGreaterThanOrEqual(0);
		expect(l!.box.x1).toBeLessThanOrEqual(view.width);
	});

	it('moves a label below its point at the top edge', () => {
		const [l] = placeLabels([req('CHN', 100, 5)], view);
		expect(l!.y).toBeGreaterThan(5);
	});

	it('never lets two labels overlap: the second takes another corner, or is left out', () => {
		const placed = placeLabels(
			[
				req('VNM', 100, 100),
				req('HKG', 110, 104),
				req('LAO', 105, 102),
				req('KHM', 102, 101),
				req('MMR', 101, 101)
			],
			view
		);
		for (const a of placed)
			for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box), `${a.key} ${b.key}`).toBe(false);
		expect(placed[0]!.key).toBe('VNM');
		expect(placed.length).toBeLessThan(5);
	});

	it('never lets two names touch side by side ("Lao PDRHong Kong"): the second moves', () => {
		// A's name ends at x = 166; B's would start a pixel after it, on the same line.
		const [a, b] = placeLabels([req('LAO', 100, 100), req('HKG', 161, 100)], view);
		expect(a!.box.x1).toBe(166);
		expect(b!.y).not.toBe(a!.y);
	});

	it('puts a name level with its point where no corner is free (Thailand, by the map’s edge)', () => {
		const taken = [
			{ x0: 26, y0: 80, x1: 90, y1: 92 },
			{ x0: 26, y0: 108, x1: 90, y1: 125 }
		];
		const [l] = placeLabels([req('THA', 20, 100)], view, taken);
		expect([l!.anchor, l!.y]).toEqual(['start', 104.5]);
	});

	it('lets names sit one line above another', () => {
		const [a, b] = placeLabels([req('THA', 100, 100), req('KHM', 100, 115)], view);
		expect([a!.anchor, b!.anchor]).toEqual(['start', 'start']);
		expect(b!.box.y0).toBe(a!.box.y1);
	});

	it('keeps clear of text already on the map', () => {
		const [l] = placeLabels([req('THA', 100, 100)], view, [{ x0: 100, y0: 70, x1: 200, y1: 100 }]);
		expect(l!.anchor === 'end' || l!.y > 100).toBe(true);
	});

	it('places nothing in an empty or tiny view', () => {
		expect(placeLabels([], view)).toEqual([]);
		expect(placeLabels([req('THA', 5, 5)], { width: 10, height: 10 })).toEqual([]);
	});
});

describe('layoutMapText(input)', () => {
	it('hides a year tag that would sit on an exit label ("to Saudi Arabia →")', () => {
		const text = layoutMapText({
			view,
			dots: [],
			first: [],
			exits: [{ key: 'KHM-SAU', at: [20, 200], text: 'to Saudi Arabia →' }],
			tags: [
				{ key: 'KHM-SAU', at: [40, 200], text: '2017' },
				{ key: 'KHM-KOR', at: [200, 300], text: '2017' }
			],
			measure: estimateWidth
		});
		expect(text.exits.get('KHM-SAU')!.anchor).toBe('start');
		expect([...text.tags.keys()]).toEqual(['KHM-KOR']);
	});

	it("keeps text off the countries' dots: an exit label moves a line rather than cross Cambodia's", () => {
		const text = layoutMapText({
			view,
			dots: [{ code: 'KHM', at: [60, 196], name: 'Cambodia' }],
			first: [],
			exits: [{ key: 'KHM-SAU', at: [20, 200], text: 'to Saudi Arabia →' }],
			tags: [],
			measure: estimateWidth
		});
		const exit = text.exits.get('KHM-SAU')!;
		expect(exit.y).not.toBe(200);
		const name = text.labels.get('KHM')!;
		expect(name.box.x0 > 60 || name.box.x1 < 60 || name.box.y0 > 196 || name.box.y1 < 196).toBe(true);
	});

	it('places the selected country before the others', () => {
		const text = layoutMapText({
			view,
			dots: [
				{ code: 'VNM', at: [100, 100], name: 'Viet Nam' },
				{ code: 'HKG', at: [101, 100], name: 'Hong Kong' }
			],
			first: ['HKG', 'VNM'],
			exits: [],
			tags: [],
			measure: estimateWidth
		});
		expect(text.labels.get('HKG')!.anchor).toBe('start');
		expect(text.labels.get('VNM')?.anchor ?? 'none').not.toBe('start');
	});

	it('stacks exit labels that would sit on each other at the edge, and keeps them inside the map', () => {
		const text = layoutMapText({
			view,
			dots: [],
			first: [],
			exits: [
				{ key: 'KHM-KOR', at: [300, 14], text: 'to Republic of Korea →' },
				{ key: 'KHM-HKG', at: [310, 12], text: 'to Hong Kong →' }
			],
			tags: [],
			measure: estimateWidth,
			scale: 1.5
		});
		const [kor, hkg] = [text.exits.get('KHM-KOR')!, text.exits.get('KHM-HKG')!];
		// 12 px x 1.5 text needs 19.5 px above its baseline: moved down a line (17 px x 1.5) from 14 px.
		expect(kor.y).toBe(14 + 17 * 1.5);
		expect(Math.abs(hkg.y - kor.y)).toBeGreaterThanOrEqual(17 * 1.5);
	});

	it('keeps text off the covered parts of the map, leaving out what has no free place', () => {
		const text = layoutMapText({
			view,
			dots: [{ code: 'SAU', at: [40, 200], name: 'Saudi Arabia' }],
			first: [],
			exits: [{ key: 'KHM-SAU', at: [20, 200], text: 'to Saudi Arabia →' }],
			tags: [],
			measure: estimateWidth,
			covered: [{ x0: 0, y0: 100, x1: 200, y1: 300 }]
		});
		expect(text.exits.size).toBe(0);
		expect(text.labels.size).toBe(0);
	});

	it('measures text at the size it is drawn (scale)', () => {
		const widths: number[] = [];
		layoutMapText({
			view,
			dots: [{ code: 'THA', at: [100, 100], name: 'Thailand' }],
			first: [],
			exits: [],
			tags: [],
			measure: (t, px) => (widths.push(px), estimateWidth(t, px)),
			scale: 2
		});
		expect(widths).toEqual([26]);
	});
});

describe('estimateWidth(text, px): the server map’s label widths', () => {
	it('gives a Chinese name a whole em a character, as every Chinese font draws it', () => {
		expect(estimateWidth('柬埔寨', 13)).toBe(39);
		expect(estimateWidth('至沙特阿拉伯 →', 12)).toBeGreaterThanOrEqual(7 * 12);
	});

	it('gives Thai, Khmer, Lao and Burmese three quarters of an em a character', () => {
		expect(estimateWidth('ကမ္ဘောဒီးယား', 13)).toBe(Math.ceil('ကမ္ဘောဒီးယား'.length * 13 * 0.75));
		expect(estimateWidth('กัมพูชา', 13)).toBe(Math.ceil('กัมพูชา'.length * 13 * 0.75));
	});

	it('gives Latin letters their own widths, marks over them none', () => {
		expect(estimateWidth('WWWW', 12)).toBeGreaterThan(estimateWidth('iiii', 12) * 2);
		expect(estimateWidth('Ả Rập Xê-út', 12)).toBe(estimateWidth('A Rap Xe-ut', 12));
	});
});

describe('textExtent(text): how far a label reaches above and below its line', () => {
	const twoNames = (a: string, b: string) =>
		layoutMapText({
			view,
			// Two dots 20 px apart, one above the other, each with room to its right.
			dots: [
				{ code: 'A', at: [100, 100], name: a },
				{ code: 'B', at: [100, 120], name: b }
			],
			first: ['A', 'B'],
			exits: [],
			tags: [],
			measure: estimateWidth
		}).labels;

	it('gives Burmese and Khmer names room for their stacked consonants', () => {
		expect(textExtent('ကမ္ဘောဒီးယား').descent).toBeGreaterThanOrEqual(0.6);
		expect(textExtent('កម្ពុជា').descent).toBeGreaterThanOrEqual(0.6);
		expect(textExtent('ญี่ปุ่น').ascent).toBeGreaterThanOrEqual(1.17);
		expect(textExtent('Ả Rập Xê-út').ascent).toBeGreaterThan(textExtent('Campuchia').ascent);
	});

	it('keeps two Burmese names apart where two English names fit side by side', () => {
		const english = twoNames('Lao PDR', 'Viet Nam');
		expect([english.get('A')!.anchor, english.get('B')!.anchor]).toEqual(['start', 'start']);
		const burmese = twoNames('လာအို', 'ဗီယက်နမ်');
		const [a, b] = [burmese.get('A')!, burmese.get('B')];
		expect(a.box.y1 - a.box.y0).toBeGreaterThanOrEqual((1.15 + 0.65) * 13 - 0.01);
		// The second name takes another corner (or is left out), clear of the first.
		expect(b?.anchor === 'start' && b.y === a.y + 20).toBe(false);
		if (b) expect(overlaps(a.box, b.box)).toBe(false);
	});
});
