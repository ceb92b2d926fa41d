import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, seedsDir, validateDataDir } from '$lib/server/validate';

// The real dataset against the real documents: every quote at its line, every checksum.
const seeds = seedsDir();
const report = validateDataDir(path.resolve('data'), seeds);

describe('the dataset in data/', () => {
	it('has no problems (schema, codes, ids, citations)', () => {
		expect(report.problems.map(formatProblem)).toEqual([]);
	});

	it.skipIf(seeds === null)(
		'quotes every record verbatim at its line, with matching checksums (seeds found)',
		() => {
			expect(report.notes).toEqual([]);
			expect(report.counts.figures).toBeGreaterThan(100);
		}
	);

	// When ../shared/seeds is absent this is the test that shows up in the output, so a green run cannot
	// be mistaken for a checked one.
	it.skipIf(seeds !== null)(
		'SEEDS FOLDER ABSENT: quotes and checksums were not checked against the documents',
		() => {
			expect(report.notes.join(' ')).toMatch(/NOT checked/);
		}
	);
});
