import { describe, expect, it } from 'vitest';
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
