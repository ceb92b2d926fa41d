/**
 * Loads data/ once, validates it, and indexes it for the routes. Server-only: routes call getDataset().
 * The build stops on the first problem, with a DataError naming the file, the record and the field;
 * `npm run check:data` runs the same validation and lists every problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { localName, lookupsOf, type Lookups } from '$lib/data/namers';
import type { Country } from '$lib/data/schema';
import { baseLocale, isLocale, type Locale } from '$lib/i18n/locales';
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

/** The page's language from its route parameters (no prefix: English). */
export const localeOf = (params: { lang?: string }): Locale =>
	isLocale(params.lang) ? params.lang : baseLocale;

/** The country table with each place named in `locale`. */
export function countriesIn(locale: Locale, d: Dataset = getDataset()): Country[] {
	return d.countries.map((c) => ({ ...c, name: localName(c, locale) }));
}

export function lookups(d: Dataset = getDataset(), locale: Locale = baseLocale): Lookups {
	return lookupsOf(countriesIn(locale, d), d.sources);
}

/** The data release: the latest date in data/CHANGELOG.md (every data change adds a dated line). */
export function releaseDate(dir = dataDir()): string {
	const file = path.join(dir, 'CHANGELOG.md');
	const dates = fs.existsSync(file)
		? (fs.readFileSync(file, 'utf8').match(/^- (\d{4}-\d{2}-\d{2})/gm) ?? [])
		: [];
	return (
		dates
			.map((d) => d.slice(2))
			.sort()
			.at(-1) ?? 'unreleased'
	);
}

/**
 * Where the site is published, for canonical links, Open Graph tags and "cite this page". Set SITE_URL
 * when building for another address; links inside the site stay relative either way.
 */
export const siteUrl = () =>
	(process.env.SITE_URL ?? 'https://corridors.mekongmigration.org').replace(/\/$/, '');

/** The site's root as an absolute path on its host ('/' or, built with BASE_PATH, '/corridors/'). */
export const siteRoot = () => `${(process.env.BASE_PATH ?? '').replace(/\/+$/, '')}/`;
