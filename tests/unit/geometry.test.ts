import { describe, expect, it } from 'vitest';
import {
	controlPoint,
	exitPoint,
	flowShape,
	legendValues,
	roundBelow,
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

describe('roundBelow(value)', () => {
	it.each([
		[686_429, 500_000],
		[650_000, 500_000],
		[3_000_000, 2_000_000],
		[1_820_928, 1_000_000],
		[200_000, 200_000],
		[99, 50],
		[1, 1],
		[0.5, 0],
		[0, 0],
		[-5, 0],
		[Number.NaN, 0],
		[Number.POSITIVE_INFINITY, 0]
	])('roundBelow(%s) is %s', (value, expected) => {
		expect(roundBelow(value)).toBe(expected);
	});
});

describe('legendValues(viewMax, smallest)', () => {
	it.each([
		[686_429, [20_000, 100_000, 500_000]],
		[650_000, [20_000, 100_000, 500_000]],
		[3_000_000, [100_000, 500_000, 2_000_000]],
		[1_820_928, [50_000, 200_000, 1_000_000]],
		[12, [2, 10]],
		[1, [1]]
	])('legendValues(%s) gives round values no larger than the largest line: %j', (max, expected) => {
		const values = legendValues(max);
		expect(values).toEqual(expected);
		for (const v of values) expect(v).toBeLessThanOrEqual(max);
	});
	it('legendValues(max, smallest) leaves out values below the smallest that differs in width, keeping the top one', () => {
		expect(legendValues(686_429, 50_000)).toEqual([100_000, 500_000]);
		expect(legendValues(686_429, 600_000)).toEqual([500_000]);
	});
	it('legendValues() is empty for no data', () => {
		expect(legendValues(0)).toEqual([]);
		expect(legendValues(Number.NaN)).toEqual([]);
		expect(legendValues(-1)).toEqual([]);
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
