import { describe, expect, it } from 'vitest';
import { overlaps } from '$lib/map/labelPlacement';
import { placeValueLabels, type ValueLabelRequest } from '$lib/map/valueLabels';

const area = { x0: 0, y0: 0, x1: 400, y1: 300 };
const label = (key: string, along: [number, number][], width = 80): ValueLabelRequest => ({
	key,
	width,
	height: 20,
	along,
	lineWidth: 10
});

describe('placeValueLabels(requests, area, taken)', () => {
	it('placeValueLabels puts a lone label on the middle of its line', () => {
		expect(placeValueLabels([label('a', [[200, 150]])], area)).toEqual([
			{ key: 'a', x: 200, y: 150, box: { x0: 160, y0: 140, x1: 240, y1: 160 }, crowded: false }
		]);
	});

	it('placeValueLabels moves a label off other text: above its line, then further along', () => {
		// A country name over the middle of the line: the value goes above it, clearing half the line's
		// width, half the text's height and a gap.
		const name = { x0: 190, y0: 145, x1: 230, y1: 158 };
		const [a] = placeValueLabels([label('a', [[200, 150]])], area, [name]);
		expect([a!.x, a!.y, a!.crowded]).toEqual([200, 150 - 5 - 10 - 4, false]);
		// Two labels with the same middle: the second takes its next point along the line.
		const two = placeValueLabels(
			[
				label('a', [[200, 150]]),
				label('b', [
					[200, 150],
					[300, 150]
				])
			],
			area
		);
		expect(two.map((p) => [p.key, p.x, p.y, p.crowded])).toEqual([
			['a', 200, 150, false],
			['b', 300, 150, false]
		]);
		// Text over the whole middle: crowded, on the middle, never dropped.
		const all = { x0: 0, y0: 0, x1: 400, y1: 300 };
		expect(placeValueLabels([label('a', [[200, 150]])], area, [all])[0]).toMatchObject({
			x: 200,
			y: 150,
			crowded: true
		});
	});

	it('placeValueLabels keeps every label, inside the area, even with no free spot', () => {
		const placed = placeValueLabels([label('a', [[395, 5]]), label('b', [[395, 5]])], area);
		expect(placed.map((p) => p.key)).toEqual(['a', 'b']);
		for (const p of placed) {
			expect(p.box.x1).toBeLessThanOrEqual(400);
			expect(p.box.y0).toBeGreaterThanOrEqual(0);
		}
	});

	it('placeValueLabels skips a line with no points (not drawn) and gives nothing for nothing', () => {
		expect(placeValueLabels([label('a', [])], area)).toEqual([]);
		expect(placeValueLabels([], area)).toEqual([]);
	});
});

describe('placeValueLabels with two short lines close together', () => {
	// Two short lines 10 px apart (their points along the curve a few pixels from each other), with the
	// name of the place they lead to just below them: the spots on, above and below the second line are
	// all taken by the first line's value or by the name.
	const short = (y: number): [number, number][] => [200, 196, 204, 192, 208].map((x) => [x, y]);
	const lines = [
		{ ...label('big', short(150)), lineWidth: 4 },
		{ ...label('small', short(160)), lineWidth: 4 }
	];
	const name = { x0: 150, y0: 168, x1: 250, y1: 200 };

	it('placeValueLabels nudges the second value clear of the first and of the name, near its line', () => {
		const placed = placeValueLabels(lines, area, [name]);
		expect(placed.map((p) => p.key)).toEqual(['big', 'small']);
		const [big, small] = placed;
		expect(big).toMatchObject({ x: 200, y: 150, crowded: false });
		expect(small!.crowded).toBe(false);
		expect(overlaps(big!.box, small!.box), 'the two values overlap').toBe(false);
		for (const p of placed) expect(overlaps(p.box, name), `${p.key} covers the name`).toBe(false);
		// Near its own line: within three label heights of it.
		expect(Math.hypot(small!.x - 200, small!.y - 160)).toBeLessThanOrEqual(3 * 20);
	});

	it('placeValueLabels puts a value over a name rather than over another value when nothing else is free', () => {
		// Names all around, leaving only the line's own middle: the first value takes it; the second
		// has no spot clear of the names, and lies over one, still clear of the first value.
		const names = [
			{ x0: 0, y0: 0, x1: 400, y1: 139 },
			{ x0: 0, y0: 161, x1: 400, y1: 300 },
			{ x0: 0, y0: 139, x1: 159, y1: 161 },
			{ x0: 241, y0: 139, x1: 400, y1: 161 }
		];
		const [big, small] = placeValueLabels(lines, area, names);
		expect(big).toMatchObject({ x: 200, y: 150, crowded: false });
		expect(small!.crowded).toBe(true);
		expect(overlaps(big!.box, small!.box), 'the two values overlap').toBe(false);
	});
});
