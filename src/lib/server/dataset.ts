/**
 * Loads data/ once, validates it, and indexes it for the routes. Server-only: routes call getDataset().
 * The build stops on the first problem, with a DataError naming the file, the record and the field;
 * `npm run check:data` runs the same validation and lists every problem.
 */
import path from 'node:path';
import { DataError, validateDataDir, type ValidatedData } from './validate';

export type Dataset = ValidatedData;

let cached: Dataset | undefined;

export function dataDir(): string {
	return path.resolve(process.env.MMC_DATA_DIR ?? 'data');
}

export function loadDataset(dir = dataDir()): Dataset {
	const report = validateDataDir(dir);
	const first = report.problems[0];
	if (first) throw new DataError(first);
	return report.data;
}

export function getDataset(): Dataset {
	cached ??= loadDataset();
	return cached;
}
