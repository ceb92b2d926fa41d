/**
 * A bad record stops the build with the problem alone (file › record › field, what is wrong, the fix),
 * not inside a worker's stack trace, and not once per page that would have used the record.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('vite build with a bad record', () => {
	it('stops before building, prints file › record › field with its fix, once, and exits 1', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-bad-data-'));
		fs.cpSync('data', path.join(dir, 'data'), { recursive: true });
		const file = path.join(dir, 'data', 'figures.json');
		const figures = JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string; value: number }[];
		figures[0]!.value = -3;
		fs.writeFileSync(file, JSON.stringify(figures));
		const run = spawnSync('npx', ['vite', 'build'], {
			encoding: 'utf8',
			env: { ...process.env, MMC_DATA_DIR: path.join(dir, 'data'), BUILD_DIR: path.join(dir, 'out') },
			timeout: 120_000
		});
		const out = `${run.stdout}\n${run.stderr}`;
		expect(run.status).toBe(1);
		const line = `data/figures.json › record "${figures[0]!.id}" › field "value": must not be negative`;
		expect(out).toContain(line);
		expect(out.split(line)).toHaveLength(2);
		expect(out).toMatch(/fix: /);
		expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		expect(fs.existsSync(path.join(dir, 'out', 'index.html'))).toBe(false);
		fs.rmSync(dir, { recursive: true, force: true });
	}, 120_000);
});
