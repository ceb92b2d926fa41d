import { describe, expect, it } from 'vitest';
import {
	controlPoint,
	exitPoint,
	flowShape,
	legendValues,
	MIN_WIDTH,
	MAX_WIDTH,
	widthScale
} from '$lib/map/geometry';

describe('controlPoint(p0, p1)', () => {
	it('bows A to B and B to A to opposite sides, so the two lines do not overlap', () => {
		const ab = controlPoint([0, 0], [100, 0]);
		const ba = controlPoint([100, 0], [0, 0]);
		expect(ab[0]).toBeCloseTo(50);
		expect(ba[0]).toBeCloseTo(50);
		expect(Math.sign(ab[1])).toBe(-Math.sign(ba[1]));
		expect(Math.abs(ab[1])).toBeGreaterThan(10);
	});
	it('handles a zero-length line without NaN', () => {
		expect(controlPoint([5, 5], [5, 5])).toEqual([5, 5]);
		expect(flowShape([5, 5], [5, 5], 4).line).not.toMatch(/NaN/);
	});
});

describe('flowShape(p0, p1, width)', () => {
	it('ends the line at the arrowhead base and puts the arrow tip on the destination', () => {
		const shape = flowShape([0, 0], [200, 0], 10);
		expect(shape.head.startsWith('M200,0')).toBe(true);
		const end = shape.line.split(' ').pop()!.split(',').map(Number);
		expect(end[0]).toBeLessThan(200);
	});
});

describe('widthScale(maxValue)', () => {
	it('gives the largest value the maximum width and keeps small values visible', () => {
		const width = widthScale(1_000_000);
		expect(width(1_000_000)).toBeCloseTo(MAX_WIDTH);
		expect(width(1)).toBe(MIN_WIDTH);
		expect(width(0)).toBe(MIN_WIDTH);
	});
	it('is area-true: four times the value is twice the width', () => {
		const width = widthScale(1_000_000);
		expect(width(800_000) / width(200_000)).toBeCloseTo(2);
	});
	it('copes with an empty view (max 0)', () => {
		expect(widthScale(0)(0)).toBe(MIN_WIDTH);
	});
});

describe('legendValues(maxValue)', () => {
	it('gives two or three round values no larger than the maximum', () => {
		const values = legendValues(1_820_928);
		expect(values.length).toBeGreaterThanOrEqual(2);
		expect(values.length).toBeLessThanOrEqual(3);
		for (const v of values) expect(v).toBeLessThanOrEqual(1_820_928);
		expect(values).toEqual([...values].sort((a, b) => a - b));
	});
	it('is empty for no data', () => {
		expect(legendValues(0)).toEqual([]);
	});
});

describe('exitPoint(p0, p1, viewport)', () => {
	const view = { width: 400, height: 300 };
	it('is inside the view, near the edge the line leaves through', () => {
		const p = exitPoint([200, 150], [1000, 150], view, 12)!;
		expect(p[0]).toBeGreaterThan(340);
		expect(p[0]).toBeLessThanOrEqual(400 - 12);
	});
	it('is null when the line never enters the view', () => {
		expect(exitPoint([-500, -500], [-900, -100], view)).toBeNull();
	});
});
