import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { data, readData } from '../fixtures';
import { parseCsv } from '../csv';
import { BUILD, builtFile, parsePage, textOf } from './helpers';

const kinds = ['figures', 'agreements', 'policies', 'organisations', 'events'] as const;
const read = (file: string) => builtFile(`data/${file}`);
const dataFile = (kind: string) => readData<unknown[]>(`${kind}.json`);

describe('build output: public data export', () => {
	it.each(kinds)('/data/%s.json has every record with citations [{ source, line, quote }]', (kind) => {
		const records = JSON.parse(read(`${kind}.json`)) as {
			citations: { source: string; line: number; quote: string }[];
		}[];
		expect(records).toHaveLength(dataFile(kind).length);
		for (const r of records)
			expect(r.citations[0]).toEqual({
				source: expect.any(String),
				line: expect.any(Number),
				quote: expect.any(String)
			});
	});

	it.each(kinds)('/data/%s.csv has one row per record and the citation columns', (kind) => {
		const csv = read(`${kind}.csv`);
		// A UTF-8 byte-order mark first, so that Excel reads the file as UTF-8.
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const header = csv.slice(1).split('\r\n')[0]!.split(',');
		expect(header).toEqual(expect.arrayContaining(['source_id', 'source_title', 'line', 'quote']));
		// Rows end with CRLF; quoted fields never contain a bare CRLF in this dataset.
		expect(csv.trimEnd().split('\r\n')).toHaveLength(dataFile(kind).length + 1);
	});

	it('/data/figures.json uses the documented field names', () => {
		const [first] = JSON.parse(read('figures.json')) as Record<string, unknown>[];
		for (const field of [
			'origin',
			'destination',
			'year',
			'as_of',
			'value',
			'value_high',
			'qualifier',
			'unit',
			'measure',
			'scope',
			'scope_note',
			'period',
			'since',
			'multiplier'
		])
			expect(first).toHaveProperty(field);
	});

	it('/data/sources.json gives id, title, file, sha256 and date_published of every document in data/sources/', () => {
		const sources = JSON.parse(read('sources.json')) as Record<string, unknown>[];
		expect(sources.map((s) => s.id).sort()).toEqual(
			data
				.sources()
				.map((s) => s.id)
				.sort()
		);
		for (const s of sources)
			expect(Object.keys(s)).toEqual(
				expect.arrayContaining(['id', 'title', 'file', 'sha256', 'date_published'])
			);
	});

	it.each(['sources', 'lines'])('/data/%s.csv starts with a UTF-8 byte-order mark', (kind) => {
		expect([...fs.readFileSync(path.join(BUILD, `data/${kind}.csv`)).subarray(0, 3)]).toEqual([
			0xef, 0xbb, 0xbf
		]);
	});

	it('no cell of a /data/*.csv starts like a formula (=, +, -, @, tab) but a negative number', () => {
		const risky = [...kinds, 'sources', 'lines'].flatMap((kind) =>
			parseCsv(read(`${kind}.csv`))
				.flat()
				.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell))
				.map((cell) => `${kind}: ${cell}`)
		);
		expect(risky).toEqual([]);
	});

	it('/data/organisations.csv has the same columns on every row, with distinct_from flattened', () => {
		const [header] = read('organisations.csv').slice(1).split('\r\n');
		expect(header!.split(',')).toEqual(expect.arrayContaining(['memberships', 'distinct_from']));
		expect(read('organisations.csv')).not.toContain('[object Object]');
	});

	it('the sources page lists each document with its record counts and links to every download', () => {
		const page = parsePage('/sources');
		const figures = dataFile('figures') as { citations: { source: string }[] }[];
		const fromAr2019 = figures.filter((f) => f.citations.some((c) => c.source === 'ar2019')).length;
		expect(textOf(page)).toContain('Mekong Migration Network Annual Report 2019');
		expect(textOf(page.querySelector('tr[id="ar2019"] td.num'))).toBe(String(fromAr2019));
		const links = page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
		for (const kind of [...kinds, 'sources', 'lines']) expect(links).toContain(`./data/${kind}.csv`);
	});
});
