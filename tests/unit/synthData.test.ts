/**
 * The benchmark's synthetic datasets (scripts/synth-data.mjs) must pass the data check the build runs:
 * a set that fails it stops the benchmark's builds instead of measuring them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateDataDir } from '$lib/server/validate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-synth-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('synthetic datasets', () => {
	it.each([
		['--scale', '3'],
		['--flows', '40']
	])(
		'%s %s passes the data check, and grows',
		(flag, n) => {
			const dir = path.join(tmp, `${flag.slice(2)}${n}`);
			execFileSync('node', ['scripts/synth-data.mjs', dir, flag, n]);
			const { problems } = validateDataDir(dir);
			expect(problems.map(formatProblem).slice(0, 3)).toEqual([]);
			const figures = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')).length as number;
			expect(figures(path.join(dir, 'figures.json'))).toBeGreaterThan(figures('data/figures.json'));
		},
		60_000
	);
});
