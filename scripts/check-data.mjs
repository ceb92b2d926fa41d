#!/usr/bin/env node
/**
 * npm run check:data — validates everything in data/ with the same code the build uses, and prints each
 * problem with its file, record, field, what is wrong and how to fix it. Exits 1 when anything is wrong.
 * MMC_DATA_DIR points it at another data folder (the benchmark's synthetic datasets).
 */
import path from 'node:path';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const { module } = await runnerImport(path.join(root, 'src/lib/server/validate.ts'), {
	configFile: false,
	logLevel: 'silent',
	resolve: { alias: { $lib: path.join(root, 'src/lib') } }
});

const started = performance.now();
const report = module.validateDataDir(process.env.MMC_DATA_DIR ?? path.join(root, 'data'));
for (const line of report.notes) console.log(line);
for (const problem of report.problems) console.error(module.formatProblem(problem));
const ms = Math.round(performance.now() - started);
if (report.problems.length) {
	console.error(`\ncheck:data: ${report.problems.length} problem(s) in ${ms} ms.`);
	process.exit(1);
}
console.log(`check:data: ${report.summary} — all valid (${ms} ms).`);
