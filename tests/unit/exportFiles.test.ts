import { describe, expect, it } from 'vitest';
import { csvField, recordsCsv, toCsv } from '$lib/data/exportFiles';
import type { Country, Source } from '$lib/data/schema';
import { parseCsv } from '../csv';
import { fig } from '../fixtures';

describe('csvField(value)', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		[null, ''],
		[['KHM', 'THA'], 'KHM; THA'],
		[686429, '686429']
	])('csvField(%j) is %s', (v, expected) => {
		expect(csvField(v)).toBe(expected);
	});
});

describe('recordsCsv(kind, records, sources, countries)', () => {
	const sources = [{ id: 'ar2019', title: 'Annual Report 2019' }] as Source[];
	const countries = [
		{ code: 'KHM', name: 'Cambodia' },
		{ code: 'THA', name: 'Thailand' }
	] as Country[];
	const figure = fig({
		id: 'f1',
		origin: 'KHM',
		destination: 'THA',
		value: 686429,
		citations: [{ source: 'ar2019', line: 12, quote: 'Cambodia, "686,429", Thailand' }]
	});

	it('writes country names beside codes and flattens the first citation', () => {
		const [header, row] = parseCsv(recordsCsv('figures', [figure], sources, countries));
		const record = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
		expect(record).toMatchObject({
			origin: 'KHM',
			origin_name: 'Cambodia',
			destination_name: 'Thailand',
			value: '686429',
			source_id: 'ar2019',
			source_title: 'Annual Report 2019',
			line: '12',
			quote: 'Cambodia, "686,429", Thailand'
		});
	});

	it('writes a header only for no records', () => {
		expect(parseCsv(toCsv([], ['id', 'quote']))).toEqual([['id', 'quote']]);
	});
});
