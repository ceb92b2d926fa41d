/**
 * Validation of the whole data folder: schemas, cross-references (countries, sources, ids) and every
 * citation against the seed text. Used by `npm run check:data`, by the build (through dataset.ts), and by
 * the unit tests. Each problem names the file, the record, the field, what is wrong and how to fix it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
	countrySchema,
	presentationSchema,
	recordKinds,
	sourceSchema,
	type Citation,
	type Country,
	type Presentation,
	type RecordKind,
	type Source
} from '$lib/data/schema';

export interface Problem {
	file: string;
	record: string | null;
	field: string | null;
	message: string;
	fix: string;
}

export function formatProblem(p: Problem): string {
	const where = [p.file, p.record && `record "${p.record}"`, p.field && `field "${p.field}"`]
		.filter(Boolean)
		.join(' › ');
	return `${where}: ${p.message}\n    fix: ${p.fix}`;
}

export class DataError extends Error {
	constructor(readonly problem: Problem) {
		super(formatProblem(problem));
		this.name = 'DataError';
	}
}

/** Whitespace-normalised text, so a quote matches however the PDF-to-text step broke its lines. */
export const normaliseSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How many lines after `line` a quote may run on into. */
export const QUOTE_WINDOW = 3;

export interface SeedText {
	lines: string[];
	sha256: string;
}

/**
 * Where the source documents are: MMC_SEEDS_DIR, else ../shared/seeds beside the repository.
 * Returns null when the folder is absent; quote checks then say they were skipped, never silently pass.
 */
export function seedsDir(): string | null {
	const dir = path.resolve(process.env.MMC_SEEDS_DIR ?? path.join('..', 'shared', 'seeds'));
	return fs.existsSync(dir) ? dir : null;
}

export function readSeed(dir: string, file: string): SeedText | null {
	const full = path.join(dir, file);
	if (!fs.existsSync(full)) return null;
	const text = fs.readFileSync(full);
	return {
		lines: text.toString('utf8').split('\n'),
		sha256: crypto.createHash('sha256').update(text).digest('hex')
	};
}

/** Why a citation does not hold against its seed text, or null when it does. */
export function citationProblem(citation: Citation, seed: SeedText): { message: string; fix: string } | null {
	const total = seed.lines.length;
	if (citation.line > total) {
		return {
			message: `line ${citation.line} is past the end of the document (it has ${total} lines)`,
			fix: `find the quote with grep -n in the seed file and use its line number (1-${total})`
		};
	}
	const window = normaliseSpace(
		seed.lines.slice(citation.line - 1, citation.line - 1 + QUOTE_WINDOW).join(' ')
	);
	if (!window.includes(normaliseSpace(citation.quote))) {
		return {
			message: `quote not found at line ${citation.line} (or the ${QUOTE_WINDOW - 1} lines after it): "${citation.quote.slice(0, 80)}"`,
			fix: 'copy the quote verbatim from the document and point "line" at the line where it starts'
		};
	}
	return null;
}

/** The value at a zod issue's path in the raw input, to tell a missing field from a wrong one. */
function valueAt(raw: unknown, keys: PropertyKey[]): unknown {
	return keys.reduce<unknown>(
		(v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
		raw
	);
}

function zodProblems(file: string, record: string | null, error: z.ZodError, raw: unknown): Problem[] {
	return error.issues.map((issue) => {
		const field = issue.path.map(String).join('.') || null;
		let message = issue.message;
		let fix = 'correct the value to match the data model in data/README.md';
		if (field && issue.code !== 'unrecognized_keys' && valueAt(raw, issue.path) === undefined) {
			message = `is missing (${issue.message})`;
			fix = `add "${field}" to the record`;
		} else if (issue.code === 'invalid_type') {
			message = `has the wrong type (${issue.message})`;
			fix = `give "${field}" a value of the expected type`;
		} else if (issue.code === 'unrecognized_keys') {
			fix = `remove the key(s) or add them to the schema in src/lib/data/schema.ts`;
		} else if (issue.code === 'invalid_value') {
			fix = `use one of the listed values (data/README.md explains each)`;
		}
		return { file, record, field, message, fix };
	});
}

export interface ValidationReport {
	problems: Problem[];
	notes: string[];
	summary: string;
	counts: Record<RecordKind | 'sources' | 'countries', number>;
}

function readJsonFile(dir: string, rel: string, problems: Problem[]): unknown {
	const full = path.join(dir, rel);
	if (!fs.existsSync(full)) {
		problems.push({
			file: `data/${rel}`,
			record: null,
			field: null,
			message: 'file is missing',
			fix: `create data/${rel} (an empty array [] is valid)`
		});
		return undefined;
	}
	try {
		return JSON.parse(fs.readFileSync(full, 'utf8'));
	} catch (e) {
		problems.push({
			file: `data/${rel}`,
			record: null,
			field: null,
			message: `is not valid JSON: ${(e as Error).message}`,
			fix: 'fix the JSON syntax (a trailing comma, a missing quote)'
		});
		return undefined;
	}
}

const recordName = (raw: unknown, index: number) =>
	typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
		? (raw as { id: string }).id
		: `#${index + 1}`;

/** Fields of each kind that hold a place code, checked against data/countries.json. */
const placeFields: Record<RecordKind, string[]> = {
	figures: ['origin', 'destination'],
	agreements: ['parties'],
	policies: ['country'],
	organisations: ['country'],
	events: ['country']
};

export interface ValidatedData {
	sources: Source[];
	countries: Country[];
	records: { [K in RecordKind]: z.infer<(typeof recordKinds)[K]>[] };
	presentations: Presentation[];
}

/**
 * Presentations in data/presentations/: schema, and that every figure, country and corridor a step
 * names exists. Problems name the file and the step (1-based, as a presenter counts).
 */
export function validatePresentations(
	dir: string,
	data: Omit<ValidatedData, 'presentations'>,
	problems: Problem[]
): Presentation[] {
	const folder = path.join(dir, 'presentations');
	if (!fs.existsSync(folder)) return [];
	const figureIds = new Set(data.records.figures.map((f) => f.id));
	const places = new Set(data.countries.filter((c) => c.anchor).map((c) => c.code));
	const corridors = new Set(data.records.figures.map((f) => `${f.origin}-${f.destination}`));
	const out: Presentation[] = [];
	for (const f of fs
		.readdirSync(folder)
		.filter((n) => n.endsWith('.json'))
		.sort()) {
		const file = `data/presentations/${f}`;
		const raw = readJsonFile(dir, `presentations/${f}`, problems);
		if (raw === undefined) continue;
		const parsed = presentationSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const [first, step, ...rest] = issue.path;
				const inStep = first === 'steps' && typeof step === 'number';
				const sub = new z.ZodError([{ ...issue, path: inStep ? rest : issue.path }]);
				const stepRaw = inStep ? ((raw as { steps: unknown[] }).steps[step] ?? {}) : raw;
				problems.push(...zodProblems(file, inStep ? `step ${step + 1}` : recordName(raw, 0), sub, stepRaw));
			}
			continue;
		}
		const pres = parsed.data;
		const before = problems.length;
		if (`${pres.id}.json` !== f)
			problems.push({
				file,
				record: pres.id,
				field: 'id',
				message: `does not match the file name ${f}`,
				fix: `rename the file to ${pres.id}.json or change the id`
			});
		pres.steps.forEach((step, i) => {
			const at = (field: string, message: string, fix: string) =>
				problems.push({ file, record: `step ${i + 1}`, field, message, fix });
			if (step.figure !== null && !figureIds.has(step.figure))
				at('figure', `unknown figure "${step.figure}"`, 'use the id of a record in data/figures.json');
			if ('country' in step.frame && !places.has(step.frame.country))
				at(
					'frame.country',
					`unknown country "${step.frame.country}"`,
					'use a code from data/countries.json that has an anchor point'
				);
			if ('corridor' in step.frame && !corridors.has(step.frame.corridor))
				at(
					'frame.corridor',
					`unknown corridor "${step.frame.corridor}"`,
					'name a corridor that has figures (ORIGIN-DESTINATION, as in data/figures.json)'
				);
			step.highlight.corridors.forEach((c, j) => {
				if (!corridors.has(c))
					at(
						`highlight.corridors.${j}`,
						`unknown corridor "${c}"`,
						'name a corridor that has figures (ORIGIN-DESTINATION, as in data/figures.json)'
					);
			});
			step.highlight.countries.forEach((c, j) => {
				if (!places.has(c))
					at(
						`highlight.countries.${j}`,
						`unknown country "${c}"`,
						'use a code from data/countries.json that has an anchor point'
					);
			});
		});
		if (problems.length === before) out.push(pres);
	}
	return out;
}

/**
 * Validates a data folder. Returns every problem found (check:data prints them all); `data` is only
 * complete when there are none.
 */
export function validateDataDir(
	dir: string,
	seeds: string | null = seedsDir()
): ValidationReport & { data: ValidatedData } {
	const problems: Problem[] = [];
	const notes: string[] = [];

	// Sources
	const sources: Source[] = [];
	const sourceDir = path.join(dir, 'sources');
	const sourceFiles = fs.existsSync(sourceDir)
		? fs
				.readdirSync(sourceDir)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	if (!sourceFiles.length)
		problems.push({
			file: 'data/sources/',
			record: null,
			field: null,
			message: 'no source files',
			fix: 'add one JSON file per source document (see data/README.md)'
		});
	const seedTexts = new Map<string, SeedText | null>();
	for (const f of sourceFiles) {
		const rel = `sources/${f}`;
		const raw = readJsonFile(dir, rel, problems);
		if (raw === undefined) continue;
		const parsed = sourceSchema.safeParse(raw);
		if (!parsed.success) {
			problems.push(...zodProblems(`data/${rel}`, recordName(raw, 0), parsed.error, raw));
			continue;
		}
		const source = parsed.data;
		if (`${source.id}.json` !== f)
			problems.push({
				file: `data/${rel}`,
				record: source.id,
				field: 'id',
				message: `does not match the file name ${f}`,
				fix: `rename the file to ${source.id}.json or change the id`
			});
		sources.push(source);
		if (seeds) {
			const seed = readSeed(seeds, source.file);
			seedTexts.set(source.id, seed);
			if (!seed)
				problems.push({
					file: `data/${rel}`,
					record: source.id,
					field: 'file',
					message: `${source.file} is not in the seeds folder ${seeds}`,
					fix: 'correct the file name'
				});
			else if (seed.sha256 !== source.sha256)
				problems.push({
					file: `data/${rel}`,
					record: source.id,
					field: 'sha256',
					message: `does not match the document (sha256 of ${source.file} is ${seed.sha256})`,
					fix: 'sources are immutable: if the document really changed, add it as a new source; otherwise correct the checksum'
				});
		}
	}
	const sourceIds = new Set(sources.map((s) => s.id));
	if (!seeds)
		notes.push(
			'NOTE: seeds folder not found (../shared/seeds or MMC_SEEDS_DIR): quotes and checksums were NOT checked against the documents.'
		);

	// Countries
	const countries: Country[] = [];
	const rawCountries = readJsonFile(dir, 'countries.json', problems);
	if (Array.isArray(rawCountries)) {
		const seen = new Set<string>();
		rawCountries.forEach((raw, i) => {
			const parsed = countrySchema.safeParse(raw);
			if (!parsed.success)
				return problems.push(...zodProblems('data/countries.json', recordName(raw, i), parsed.error, raw));
			if (seen.has(parsed.data.code))
				problems.push({
					file: 'data/countries.json',
					record: parsed.data.code,
					field: 'code',
					message: 'duplicate country code',
					fix: 'keep one entry per code and merge their aliases'
				});
			seen.add(parsed.data.code);
			countries.push(parsed.data);
		});
	} else if (rawCountries !== undefined) {
		problems.push({
			file: 'data/countries.json',
			record: null,
			field: null,
			message: 'must be a JSON array',
			fix: 'wrap the entries in [ ]'
		});
	}
	const codes = new Set(countries.map((c) => c.code));

	// Records
	const ids = new Map<string, string>();
	const records = {} as ValidatedData['records'];
	const counts = { sources: sources.length, countries: countries.length } as ValidationReport['counts'];
	for (const kind of Object.keys(recordKinds) as RecordKind[]) {
		const file = `data/${kind}.json`;
		const raw = readJsonFile(dir, `${kind}.json`, problems);
		const valid: unknown[] = [];
		if (raw !== undefined && !Array.isArray(raw))
			problems.push({
				file,
				record: null,
				field: null,
				message: 'must be a JSON array of records',
				fix: 'wrap the records in [ ]'
			});
		for (const [i, item] of (Array.isArray(raw) ? raw : []).entries()) {
			const name = recordName(item, i);
			const parsed = recordKinds[kind].safeParse(item);
			if (!parsed.success) {
				problems.push(...zodProblems(file, name, parsed.error, item));
				continue;
			}
			const rec = parsed.data as Record<string, unknown> & { id: string; citations: Citation[] };
			const before = problems.length;
			if (ids.has(rec.id))
				problems.push({
					file,
					record: rec.id,
					field: 'id',
					message: `duplicate id (also in ${ids.get(rec.id)})`,
					fix: 'give each record its own id'
				});
			ids.set(rec.id, file);
			for (const field of placeFields[kind]) {
				const value = rec[field];
				const list = Array.isArray(value) ? value : value === null ? [] : [value];
				list.forEach((code, j) => {
					if (!codes.has(code as string))
						problems.push({
							file,
							record: rec.id,
							field: Array.isArray(value) ? `${field}.${j}` : field,
							message: `unknown country code "${code}"`,
							fix: 'use an ISO 3166 alpha-3 code or a group code listed in data/countries.json (add it there if it is missing)'
						});
				});
			}
			if (kind === 'figures') {
				const f = rec as unknown as { value: number; value_high: number | null; qualifier: string };
				if (f.value_high !== null && f.value_high < f.value)
					problems.push({
						file,
						record: rec.id,
						field: 'value_high',
						message: `is ${f.value_high}, below value ${f.value}`,
						fix: 'value is the low end of a range and value_high the high end: swap them'
					});
				if ((f.qualifier === 'range') !== (f.value_high !== null))
					problems.push({
						file,
						record: rec.id,
						field: 'qualifier',
						message:
							f.qualifier === 'range'
								? 'is "range" but value_high is null'
								: `is "${f.qualifier}" but value_high is set`,
						fix: 'a printed range has qualifier "range" and both value and value_high; anything else has value_high null'
					});
			}
			rec.citations.forEach((c, j) => {
				if (!sourceIds.has(c.source))
					return problems.push({
						file,
						record: rec.id,
						field: `citations.${j}.source`,
						message: `cites unknown source "${c.source}"`,
						fix: `use one of: ${[...sourceIds].join(', ')}`
					});
				const seed = seedTexts.get(c.source);
				if (!seed) return;
				const issue = citationProblem(c, seed);
				if (issue)
					problems.push({
						file,
						record: rec.id,
						field: `citations.${j}.${issue.message.startsWith('line') ? 'line' : 'quote'}`,
						...issue
					});
			});
			if (problems.length === before) valid.push(rec);
		}
		(records as Record<string, unknown[]>)[kind] = valid;
		counts[kind] = valid.length;
	}

	const presentations = validatePresentations(dir, { sources, countries, records }, problems);
	const summary = `${counts.sources} sources, ${counts.countries} places, ${(Object.keys(recordKinds) as RecordKind[]).map((k) => `${counts[k]} ${k}`).join(', ')}, ${presentations.length} presentations`;
	return { problems, notes, summary, counts, data: { sources, countries, records, presentations } };
}
