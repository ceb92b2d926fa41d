import { describe, expect, it } from 'vitest';
import type { PresentationStep } from '$lib/data/schema';
import { frameBounds, stepForKey, stepFromQuery } from '$lib/present/steps';

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
