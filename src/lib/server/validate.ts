/**
 * Validation of the whole data folder. Used by `npm run check:data`, by the build (a Vite plugin runs it
 * before anything is built, and dataset.ts before loading), and by the unit tests. Every problem names
 * the file, the record, the field, what is wrong and how to fix it.
 *
 * What a single record must satisfy lives in the zod schemas (src/lib/data/schema.ts). This module adds
 * what needs more than one record or file: the seed texts (quotes and checksums), place codes, unique
 * ids, likely duplicates, and presentations that name figures and corridors. Each part is its own
 * function; a record that fails its own schema is not checked again by what depends on it (no cascade).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { likelyDuplicates, type Comparable } from '../data/duplicates';
import { canStand, rankFigures, standingKey } from '../data/figureRule';
import {
	countrySchema,
	placeFields,
	presentationSchema,
	recordKinds,
	sourceSchema,
	type Citation,
	type Country,
	type Figure,
	type Presentation,
	type RecordKind,
	type Source
} from '../data/schema';
import { parseStrictJson } from './strictJson';

export interface Problem {
	file: string;
	record: string | null;
	field: string | null;
	message: string;
	fix: string;
}

export const problem = (
	file: string,
	record: string | null,
	field: string | null,
	message: string,
	fix: string
): Problem => ({ file, record, field, message, fix });

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

/** How many lines from `line` a quote may run over (the line itself and the two after it). */
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

/**
 * The repository's own documents folder: MMC_DOCUMENTS_DIR, else documents/. Documents added after the
 * first five (the editor writes them here) are read from it first, then from the seeds folder.
 * Returns null when the folder is absent.
 */
export function documentsDir(): string | null {
	const dir = path.resolve(process.env.MMC_DOCUMENTS_DIR ?? 'documents');
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

/** Why a citation does not hold against its seed text (and which field is wrong), or null when it does. */
export function citationProblem(
	citation: Citation,
	seed: SeedText
): { field: 'line' | 'quote'; message: string; fix: string } | null {
	const total = seed.lines.length;
	if (citation.line > total)
		return {
			field: 'line',
			message: `line ${citation.line} is past the end of the document (it has ${total} lines)`,
			fix: `find the quote with grep -n in the seed file and use its line number (1-${total})`
		};
	const window = normaliseSpace(
		seed.lines.slice(citation.line - 1, citation.line - 1 + QUOTE_WINDOW).join(' ')
	);
	if (!window.includes(normaliseSpace(citation.quote)))
		return {
			field: 'quote',
			message: `quote not found at line ${citation.line} (or the ${QUOTE_WINDOW - 1} lines after it): "${citation.quote.slice(0, 80)}"`,
			fix: 'copy the quote verbatim from the document and point "line" at the line where it starts'
		};
	return null;
}

/** The value at a zod issue's path in the raw input, to tell a missing field from a wrong one. */
function valueAt(raw: unknown, keys: PropertyKey[]): unknown {
	return keys.reduce<unknown>(
		(v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
		raw
	);
}

/** Problems from a failed schema parse; the field is the issue's path, the fix the rule's own where it has one. */
function zodProblems(file: string, record: string | null, error: z.ZodError, raw: unknown): Problem[] {
	return error.issues.map((issue) => {
		const field = issue.path.map(String).join('.') || null;
		const at = (message: string, fix: string) => problem(file, record, field, message, fix);
		const own = issue.code === 'custom' ? (issue.params as { fix?: string } | undefined)?.fix : undefined;
		if (own) return at(issue.message, own);
		if (field && issue.code !== 'unrecognized_keys' && valueAt(raw, issue.path) === undefined)
			return at(`is missing (${issue.message})`, `add "${field}" to the record`);
		if (issue.code === 'invalid_type')
			return at(`has the wrong type (${issue.message})`, `give "${field}" a value of the expected type`);
		if (issue.code === 'unrecognized_keys')
			return at(issue.message, 'remove the key(s) or add them to the schema in src/lib/data/schema.ts');
		if (issue.code === 'invalid_value')
			return at(issue.message, 'use one of the listed values (data/README.md explains each)');
		return at(issue.message, 'correct the value to match the data model in data/README.md');
	});
}

/** A record's name in messages: its id, a country's code, else its position ("#3", 1-based). */
const recordName = (raw: unknown, index: number) => {
	const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { id?: unknown; code?: unknown };
	return typeof r.id === 'string' ? r.id : typeof r.code === 'string' ? r.code : `#${index + 1}`;
};

/** Reads one JSON file of the data folder strictly (no BOM, no repeated key); undefined after a problem. */
function readJsonFile(dir: string, rel: string, problems: Problem[]): unknown {
	const file = `data/${rel}`;
	const full = path.join(dir, rel);
	if (!fs.existsSync(full)) {
		problems.push(
			problem(file, null, null, 'file is missing', `create ${file} (an empty array [] is valid)`)
		);
		return undefined;
	}
	const parsed = parseStrictJson(fs.readFileSync(full, 'utf8'));
	if (parsed.ok) return parsed.value;
	if (parsed.problem === 'bom')
		problems.push(
			problem(
				file,
				null,
				null,
				parsed.message,
				'save the file as UTF-8 without a BOM (most editors: "UTF-8", not "UTF-8 with BOM")'
			)
		);
	else if (parsed.problem === 'syntax')
		problems.push(
			problem(file, null, null, parsed.message, 'fix the JSON syntax (a trailing comma, a missing quote)')
		);
	else {
		// Name the record the repeated key is in: its id when the file parses.
		const loose = JSON.parse(fs.readFileSync(full, 'utf8')) as unknown;
		const [first] = parsed.path;
		const record = Array.isArray(loose) && typeof first === 'number' ? recordName(loose[first], first) : null;
		const field = (Array.isArray(loose) ? parsed.path.slice(1) : parsed.path).join('.');
		problems.push(
			problem(
				file,
				record,
				field || null,
				parsed.message,
				'keep one of the two values and delete the other (JSON keeps only the last, silently)'
			)
		);
	}
	return undefined;
}

/** The JSON files of a folder, sorted; [] when the folder is absent. */
const jsonFiles = (folder: string) =>
	fs.existsSync(folder)
		? fs
				.readdirSync(folder)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];

export interface ValidatedData {
	sources: Source[];
	countries: Country[];
	records: { [K in RecordKind]: z.infer<(typeof recordKinds)[K]>[] };
	presentations: Presentation[];
}

/**
 * Sources in data/sources/: schema, file name, and the document's checksum when its text is there: in the
 * documents folder first, then in the seeds folder.
 */
export function validateSources(
	dir: string,
	seeds: string | null,
	problems: Problem[],
	documents: string | null = null
) {
	const sources: Source[] = [];
	const seedTexts = new Map<string, SeedText>();
	const files = jsonFiles(path.join(dir, 'sources'));
	if (!files.length)
		problems.push(
			problem(
				'data/sources/',
				null,
				null,
				'no source files',
				'add one JSON file per source document (see data/README.md)'
			)
		);
	for (const f of files) {
		const file = `data/sources/${f}`;
		const raw = readJsonFile(dir, `sources/${f}`, problems);
		if (raw === undefined) continue;
		const parsed = sourceSchema.safeParse(raw);
		if (!parsed.success) {
			problems.push(...zodProblems(file, recordName(raw, 0), parsed.error, raw));
			continue;
		}
		const source = parsed.data;
		const at = (field: string, message: string, fix: string) =>
			problems.push(problem(file, source.id, field, message, fix));
		if (`${source.id}.json` !== f)
			at('id', `does not match the file name ${f}`, `rename the file to ${source.id}.json or change the id`);
		sources.push(source);
		const seed =
			(documents ? readSeed(documents, source.file) : null) ?? (seeds ? readSeed(seeds, source.file) : null);
		if (!seed) {
			if (seeds)
				at(
					'file',
					`${source.file} is not in the seeds folder ${seeds}${documents ? ` nor in the documents folder ${documents}` : ''}`,
					'correct the file name'
				);
			continue;
		}
		if (seed.sha256 !== source.sha256)
			at(
				'sha256',
				`does not match the document (sha256 of ${source.file} is ${seed.sha256})`,
				'sources are immutable: if the document really changed, add it as a new source; otherwise correct the checksum'
			);
		else seedTexts.set(source.id, seed);
	}
	return { sources, seedTexts };
}

/** data/countries.json: an array of places, each code once. */
export function validateCountries(dir: string, problems: Problem[]): Country[] {
	const file = 'data/countries.json';
	const raw = readJsonFile(dir, 'countries.json', problems);
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		problems.push(problem(file, null, null, 'must be a JSON array', 'wrap the entries in [ ]'));
		return [];
	}
	const countries: Country[] = [];
	for (const [i, item] of raw.entries()) {
		const parsed = countrySchema.safeParse(item);
		if (!parsed.success) {
			problems.push(...zodProblems(file, recordName(item, i), parsed.error, item));
			continue;
		}
		if (countries.some((c) => c.code === parsed.data.code))
			problems.push(
				problem(
					file,
					parsed.data.code,
					'code',
					'duplicate country code',
					'keep one entry per code and merge their aliases'
				)
			);
		else countries.push(parsed.data);
	}
	return countries;
}

interface RecordContext {
	codes: Set<string>;
	sourceIds: Set<string>;
	seedTexts: Map<string, SeedText>;
	/** Every id seen in a record file, valid or not: presentations then say "unknown" only of real unknowns. */
	seenIds: Map<string, string>;
	/** Every corridor a figure names, valid or not, for the same reason. */
	seenCorridors: Set<string>;
}

type AnyRecord = Record<string, unknown> & { id: string; citations: Citation[] };

/** What one valid record must satisfy against the other files: place codes, unique id, its citations. */
function crossCheck(file: string, kind: RecordKind, rec: AnyRecord, ctx: RecordContext, problems: Problem[]) {
	const at = (field: string, message: string, fix: string) =>
		problems.push(problem(file, rec.id, field, message, fix));
	if (ctx.seenIds.has(rec.id))
		at('id', `duplicate id (also in ${ctx.seenIds.get(rec.id)})`, 'give each record its own id');
	for (const field of placeFields[kind]) {
		const value = rec[field] as string | string[] | null;
		const list = Array.isArray(value) ? value : value === null ? [] : [value];
		list.forEach((code, j) => {
			if (!ctx.codes.has(code))
				at(
					Array.isArray(value) ? `${field}.${j}` : field,
					`unknown country code "${code}"`,
					'use an ISO 3166 alpha-3 code or a group code listed in data/countries.json (add it there if it is missing)'
				);
		});
	}
	rec.citations.forEach((c, j) => {
		if (!ctx.sourceIds.has(c.source))
			return at(
				`citations.${j}.source`,
				`cites unknown source "${c.source}"`,
				`use one of: ${[...ctx.sourceIds].join(', ')}`
			);
		const seed = ctx.seedTexts.get(c.source);
		const issue = seed && citationProblem(c, seed);
		if (issue) at(`citations.${j}.${issue.field}`, issue.message, issue.fix);
	});
}

/** The record files: each record's schema, then its cross-checks; only records with no problem are kept. */
export function validateRecords(
	dir: string,
	ctx: RecordContext,
	problems: Problem[]
): ValidatedData['records'] {
	const records = {} as Record<RecordKind, unknown[]>;
	for (const kind of Object.keys(recordKinds) as RecordKind[]) {
		const file = `data/${kind}.json`;
		const raw = readJsonFile(dir, `${kind}.json`, problems);
		records[kind] = [];
		if (raw !== undefined && !Array.isArray(raw))
			problems.push(problem(file, null, null, 'must be a JSON array of records', 'wrap the records in [ ]'));
		for (const [i, item] of (Array.isArray(raw) ? raw : []).entries()) {
			const name = recordName(item, i);
			const parsed = recordKinds[kind].safeParse(item);
			const before = problems.length;
			if (!parsed.success) problems.push(...zodProblems(file, name, parsed.error, item));
			else crossCheck(file, kind, parsed.data as AnyRecord, ctx, problems);
			if (!ctx.seenIds.has(name)) ctx.seenIds.set(name, file);
			const ends = item as { origin?: unknown; destination?: unknown };
			if (kind === 'figures' && typeof ends.origin === 'string' && typeof ends.destination === 'string')
				ctx.seenCorridors.add(`${ends.origin}-${ends.destination}`);
			if (parsed.success && problems.length === before) records[kind].push(parsed.data);
		}
	}
	const valid = records as ValidatedData['records'];
	checkDuplicates(valid, problems);
	return valid;
}

/** How each kind is compared for likely duplicates: its name, acronym, and what must also be equal. */
function comparables(records: ValidatedData['records']): [RecordKind, Comparable[]][] {
	return [
		['organisations', records.organisations.map((o) => ({ ...o, context: o.country }))],
		['policies', records.policies.map((p) => ({ ...p, name: p.title, context: p.country }))],
		[
			'agreements',
			records.agreements.map((a) => ({ ...a, name: a.title, context: [...a.parties].sort().join(' ') }))
		]
	];
}

/** One record per thing: likely duplicates, and distinct_from entries that name no record. */
function checkDuplicates(records: ValidatedData['records'], problems: Problem[]) {
	for (const [kind, list] of comparables(records)) {
		const file = `data/${kind}.json`;
		const ids = new Set(list.map((r) => r.id));
		const names = new Map(list.map((r) => [r.id, r.name]));
		for (const r of list)
			(r.distinct_from ?? []).forEach((d, j) => {
				if (!ids.has(d.id))
					problems.push(
						problem(
							file,
							r.id,
							`distinct_from.${j}.id`,
							`names "${d.id}", which is not a record of ${file}`,
							'name an existing record, or remove the entry'
						)
					);
			});
		for (const pair of likelyDuplicates(list))
			problems.push(
				problem(
					file,
					pair.b,
					pair.why === 'same acronym' ? 'acronym' : kind === 'organisations' ? 'name' : 'title',
					`looks like a duplicate of "${pair.a}" (${pair.why}: "${names.get(pair.b)}" / "${names.get(pair.a)}")`,
					`if they are one thing, merge them into one record with every citation; if not, add "distinct_from": [{ "id": "${pair.a}", "why": "..." }]`
				)
			);
	}
}

/**
 * Presentations in data/presentations/: schema, and that every figure, country and corridor a step names
 * exists; a step's big figure must be the one that stands for its corridor in the step's year and measure,
 * so the number on the card and the lines on the map come from the same rule. Problems name the file and
 * the step (1-based, as a presenter counts).
 */
export function validatePresentations(
	dir: string,
	data: Omit<ValidatedData, 'presentations'>,
	seen: Pick<RecordContext, 'seenIds' | 'seenCorridors'>,
	problems: Problem[]
): Presentation[] {
	const figures = new Map(data.records.figures.map((f) => [f.id, f]));
	const places = new Set(data.countries.filter((c) => c.anchor).map((c) => c.code));
	const corridors = seen.seenCorridors;
	const byStandingKey = new Map<string, Figure[]>();
	for (const f of data.records.figures)
		byStandingKey.set(standingKey(f), [...(byStandingKey.get(standingKey(f)) ?? []), f]);
	const out: Presentation[] = [];
	for (const f of jsonFiles(path.join(dir, 'presentations'))) {
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
			problems.push(
				problem(
					file,
					pres.id,
					'id',
					`does not match the file name ${f}`,
					`rename the file to ${pres.id}.json or change the id`
				)
			);
		pres.steps.forEach((step, i) => {
			const at = (field: string, message: string, fix: string) =>
				problems.push(problem(file, `step ${i + 1}`, field, message, fix));
			const unknownCountry = (field: string, code: string) =>
				at(
					field,
					`unknown country "${code}"`,
					'use a code from data/countries.json that has an anchor point'
				);
			const unknownCorridor = (field: string, key: string) =>
				at(
					field,
					`unknown corridor "${key}"`,
					'name a corridor that has figures (ORIGIN-DESTINATION, as in data/figures.json)'
				);
			if ('country' in step.frame && !places.has(step.frame.country))
				unknownCountry('frame.country', step.frame.country);
			if ('corridor' in step.frame && !corridors.has(step.frame.corridor))
				unknownCorridor('frame.corridor', step.frame.corridor);
			step.highlight.corridors.forEach(
				(c, j) => corridors.has(c) || unknownCorridor(`highlight.corridors.${j}`, c)
			);
			step.highlight.countries.forEach(
				(c, j) => places.has(c) || unknownCountry(`highlight.countries.${j}`, c)
			);
			if (step.figure === null) return;
			const figure = figures.get(step.figure);
			// A figure that exists but failed its own checks is reported there, once.
			if (!figure) {
				if (!seen.seenIds.has(step.figure))
					at('figure', `unknown figure "${step.figure}"`, 'use the id of a record in data/figures.json');
				return;
			}
			checkStepFigure(step, figure, byStandingKey.get(standingKey(figure)) ?? [], data.sources, at);
		});
		if (problems.length === before) out.push(pres);
	}
	return out;
}

/** The big number of a step is the standing figure of its corridor, in the step's year and measure. */
function checkStepFigure(
	step: Presentation['steps'][number],
	figure: Figure,
	group: Figure[],
	sources: Source[],
	at: (field: string, message: string, fix: string) => void
) {
	const fix =
		"choose the figure that stands for the corridor in the step's year and measure (the one the map draws), or change the step's year and measure to the figure's";
	if (figure.year !== step.year || figure.measure !== step.measure)
		return at(
			'figure',
			`"${figure.id}" is ${figure.measure} ${figure.year}, but the step shows ${step.measure} ${step.year}`,
			fix
		);
	if (!canStand(figure))
		return at(
			'figure',
			`"${figure.id}" cannot stand for its corridor (${figure.scope === 'subset' ? `a subset: ${figure.scope_note}` : `period "${figure.period}"`})`,
			fix
		);
	const standing = rankFigures(group, sources)[0]!;
	if (standing.id !== figure.id)
		at(
			'figure',
			`"${figure.id}" is not the figure the map draws for ${standingKey(figure)}: that is "${standing.id}"`,
			fix
		);
}

export interface ValidationReport {
	problems: Problem[];
	notes: string[];
	summary: string;
	counts: Record<RecordKind | 'sources' | 'countries', number>;
}

/**
 * Validates a data folder. Returns every problem found (check:data prints them all); `data` is only
 * complete when there are none.
 */
export function validateDataDir(
	dir: string,
	seeds: string | null = seedsDir(),
	documents: string | null = documentsDir()
): ValidationReport & { data: ValidatedData } {
	const problems: Problem[] = [];
	const notes: string[] = [];
	const { sources, seedTexts } = validateSources(dir, seeds, problems, documents);
	if (!seeds)
		notes.push(
			'NOTE: seeds folder not found (../shared/seeds or MMC_SEEDS_DIR): quotes and checksums were NOT checked against the documents.'
		);
	const countries = validateCountries(dir, problems);
	const context: RecordContext = {
		codes: new Set(countries.map((c) => c.code)),
		sourceIds: new Set(sources.map((s) => s.id)),
		seedTexts,
		seenIds: new Map(),
		seenCorridors: new Set()
	};
	const records = validateRecords(dir, context, problems);
	const presentations = validatePresentations(dir, { sources, countries, records }, context, problems);
	const kinds = Object.keys(recordKinds) as RecordKind[];
	const counts = {
		sources: sources.length,
		countries: countries.length,
		...Object.fromEntries(kinds.map((k) => [k, records[k].length]))
	} as ValidationReport['counts'];
	const summary = `${counts.sources} sources, ${counts.countries} places, ${kinds.map((k) => `${counts[k]} ${k}`).join(', ')}, ${presentations.length} presentations`;
	return { problems, notes, summary, counts, data: { sources, countries, records, presentations } };
}
