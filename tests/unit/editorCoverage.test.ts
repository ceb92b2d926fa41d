import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed, seedsDir } from '$lib/server/validate';
import {
	citedSpans,
	coverage,
	locateQuote,
	numbersInLine,
	uncitedNumbers
} from '../../editor/server/coverage';

const lines = [
	'Towards the end of 2016, there were 487,000 documented',
	'Cambodian migrant workers in Thailand, and',
	'about 3.5 million in all. Phone: 66-(0)53-283259.',
	'',
	'12'
];

describe('locateQuote: where a quote is, as the validator finds it', () => {
	it('finds a quote over a line break, whatever the spaces', () => {
		expect(locateQuote(lines, 1, '487,000 documented  Cambodian migrant workers')).toEqual([
			{ line: 1, start: 36, end: 54 },
			{ line: 2, start: 0, end: 25 }
		]);
	});

	it('finds nothing outside the quote’s window or in the wrong place', () => {
		expect(locateQuote(lines, 2, 'Towards the end')).toBeNull();
		expect(locateQuote(lines, 1, 'not in the text')).toBeNull();
	});
});

describe('citedSpans', () => {
	it('splits overlapping quotes so each span lists every record that covers it', () => {
		const { spans, unplaced } = citedSpans(lines, [
			{ kind: 'figures', id: 'f1', index: 0, line: 1, quote: 'there were 487,000 documented' },
			{ kind: 'organisations', id: 'o1', index: 1, line: 1, quote: '487,000' },
			{ kind: 'figures', id: 'f2', index: 0, line: 9, quote: 'nowhere' }
		]);
		expect(spans.map((s) => [s.start, s.end, s.refs.map((r) => r.id)])).toEqual([
			[25, 36, ['f1']],
			[36, 43, ['f1', 'o1']],
			[43, 54, ['f1']]
		]);
		expect(unplaced.map((c) => c.id)).toEqual(['f2']);
	});
});

describe('numbers that no record cites yet', () => {
	it('finds counts, decimals with their scale, percentages, and numbers in other scripts', () => {
		expect(
			numbersInLine('about 3.5 million in all, 45% of them women; 1,234 and ១,២៣៤ more').map((n) => n.text)
		).toEqual(['3.5 million', '45%', '1,234', '១,២៣៤']);
	});

	it('leaves out years, days of a month, footnotes, single digits, page numbers, codes and phone numbers', () => {
		expect(
			numbersInLine(
				'In 2019, on 24 May and June 3, see note<sup>12</sup>; 3 workers; C189; P.O. Box 50200; (0)53-283259; 9:30; 2018-19'
			)
		).toEqual([]);
		expect(numbersInLine('  12  ')).toEqual([]);
		expect(numbersInLine('- 34')).toEqual([]);
	});

	it('lists only the numbers outside every cited passage', () => {
		const { spans } = citedSpans(lines, [
			{ kind: 'figures', id: 'f1', index: 0, line: 1, quote: 'there were 487,000' }
		]);
		expect(uncitedNumbers(lines, spans).map((n) => [n.line, n.text])).toEqual([[3, '3.5 million']]);
	});
});

const seeds = seedsDir();
describe.skipIf(!seeds)('coverage of the real documents', () => {
	it('places every citation of data/ in its document', () => {
		const sources = fs
			.readdirSync('data/sources')
			.map(
				(f) =>
					JSON.parse(fs.readFileSync(path.join('data/sources', f), 'utf8')) as { id: string; file: string }
			);
		for (const source of sources) {
			const doc = readSeed(seeds!, source.file) ?? readSeed('documents', source.file);
			if (!doc) continue;
			const citations = (['figures', 'agreements', 'policies', 'organisations', 'events'] as const).flatMap(
				(kind) =>
					(
						JSON.parse(fs.readFileSync(`data/${kind}.json`, 'utf8')) as {
							id: string;
							citations: { source: string; line: number; quote: string }[];
						}[]
					).flatMap((r) =>
						r.citations
							.map((c, index) => ({ kind, id: r.id, index, ...c }))
							.filter((c) => c.source === source.id)
					)
			);
			const result = coverage(doc.lines, citations);
			expect(result.unplaced, source.id).toEqual([]);
			expect(result.spans.length, source.id).toBeGreaterThan(0);
		}
	});
});
