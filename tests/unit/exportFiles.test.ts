import { describe, expect, it } from 'vitest';
import { csvField, recordsCsv, sourcesCsv, toCsv } from '$lib/data/exportFiles';
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
		[686429, '686429'],
		['ចំនួនពលករ “ចុះបញ្ជី”', 'ចំនួនពលករ “ចុះបញ្ជី”'],
		// Text a spreadsheet would run as a formula gets a leading apostrophe, inside quotes.
		['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
		['+66 2 123', '"\'+66 2 123"'],
		['-1+1', '"\'-1+1"'],
		['@SUM(A1)', '"\'@SUM(A1)"'],
		['\tcmd', '"\'\tcmd"'],
		['\r=1', '"\'\r=1"'],
		[['=1', 'b'], '"\'=1; b"'],
		// Only at the start, and never a number: -5 stays a number to a spreadsheet.
		['a=1', 'a=1'],
		['2019-09', '2019-09'],
		[-5, '-5'],
		[0, '0'],
		[undefined, '']
	])('csvField(%j) is %s', (v, expected) => {
		expect(csvField(v)).toBe(expected);
	});
});

describe('toCsv(rows, columns)', () => {
	it('toCsv(rows, columns) starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
		const csv = toCsv([{ id: 'a', quote: 'ไทย' }], ['id', 'quote']);
		expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv).toBe('\uFEFFid,quote\r\na,ไทย\r\n');
	});

	it('toCsv(rows, columns) reads back with an apostrophe before formula-like text only', () => {
		const rows = [{ id: '=cmd|calc', value: -12, note: '-neg' }];
		expect(parseCsv(toCsv(rows, ['id', 'value', 'note']))).toEqual([
			['id', 'value', 'note'],
			["'=cmd|calc", '-12', "'-neg"]
		]);
	});

	it('sourcesCsv(sources) carries the mark too (one writer for every CSV)', () => {
		expect(sourcesCsv([]).startsWith('\uFEFFid,title')).toBe(true);
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
