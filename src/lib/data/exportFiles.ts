/**
 * The public data export: /data/<kind>.json and a CSV beside each. This is a contract that journalists
 * and other sites rely on (documented in the README), so field names come straight from the schema.
 * CSVs flatten the first citation into source_id, source_title, line, quote and put names beside codes.
 */
import { placedFigures } from './corridors';
import { rankFigures, standingKey, standingTable } from './figureRule';
import { placeFields } from './enums';
import type { Citation, Country, Figure, Source } from './schema';

export const exportKinds = [
	'figures',
	'agreements',
	'policies',
	'organisations',
	'events',
	'sources',
	'lines'
] as const;
export type ExportKind = (typeof exportKinds)[number];

/**
 * Written first in every CSV: a UTF-8 byte-order mark, without which Excel reads the file in the system's
 * code page and shows Thai, Khmer, Burmese and curly quotes as mojibake. Other readers skip it.
 */
export const CSV_BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @) or that some readers strip (tab, carriage
 * return) at the start of a cell (OWASP "CSV injection"). Such text gets a leading apostrophe, which
 * spreadsheets show as text and do not evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), or when it is text that
 * starts like a formula, which is written as `"'=..."`. Numbers are never escaped: a negative value such
 * as -5 is a number to a spreadsheet, not a formula, and a prefix would turn it into text. Numeric
 * columns (value, value_high, year, line) hold numbers, so they stay numbers; only strings are escaped.
 */
export function csvField(value: unknown): string {
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	const text =
		value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
	if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The one CSV writer (the full dataset under /data/ and the map view's download): BOM, header, CRLF rows. */
export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
	return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** The places that sit beside codes in CSVs: "KHM" -> "Cambodia". Unknown codes stay as they are. */
export function placeNamer(countries: Country[]) {
	const names = new Map(countries.map((c) => [c.code, c.name]));
	return (code: string | null) => (code === null ? null : (names.get(code) ?? code));
}

type Cited = { citations: Citation[] } & Record<string, unknown>;

/** Lists of objects flattened for one CSV cell: memberships as "2016:member", distinct_from as "id (why)". */
function cellValue(field: string, value: unknown): unknown {
	if (field === 'memberships')
		return (value as { report_year: number; role: string }[]).map((m) => `${m.report_year}:${m.role}`);
	if (field === 'distinct_from')
		return ((value ?? []) as { id: string; why: string }[]).map((d) => `${d.id} (${d.why})`);
	return value;
}

export function recordsCsv(
	kind: Exclude<ExportKind, 'sources' | 'lines'>,
	records: Cited[],
	sources: Source[],
	countries: Country[]
): string {
	const name = placeNamer(countries);
	const titles = new Map(sources.map((s) => [s.id, s.title]));
	// Every field any record has (optional ones such as distinct_from included), in the order first seen.
	const fields = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'citations');
	const rows = records.map((r) => {
		const row: Record<string, unknown> = {};
		for (const f of fields) {
			row[f] = cellValue(f, r[f]);
			if (placeFields[kind].includes(f)) {
				const v = r[f] as string | string[] | null;
				row[`${f}_name`] = Array.isArray(v) ? v.map(name) : name(v);
			}
		}
		const first = r.citations[0]!;
		Object.assign(row, {
			source_id: first.source,
			source_title: titles.get(first.source),
			line: first.line,
			quote: first.quote,
			citation_count: r.citations.length
		});
		return row;
	});
	const columns = fields.flatMap((f) => (placeFields[kind].includes(f) ? [f, `${f}_name`] : [f]));
	return toCsv(rows, [...columns, 'source_id', 'source_title', 'line', 'quote', 'citation_count']);
}

export function sourcesCsv(sources: Source[]): string {
	return toCsv(sources as unknown as Record<string, unknown>[], [
		'id',
		'title',
		'short_title',
		'producer',
		'date_published',
		'kind',
		'file',
		'sha256',
		'url'
	]);
}

export const LINE_COLUMNS = [
	'corridor',
	'origin',
	'destination',
	'year',
	'measure',
	'figure_id',
	'value',
	'value_high',
	'qualifier',
	'as_of',
	'other_figures'
] as const;

/**
 * What the map draws, for every year and measure: one row per line, with the figure that stands for the
 * corridor (figureRule.ts) and the ids of the other figures of that corridor-year-measure. The map, the
 * profiles and the corridor pages show the same figures; the build test holds them to this file.
 */
export function lineRows(
	figures: Figure[],
	countries: Pick<Country, 'code' | 'anchor'>[],
	sources: Source[]
) {
	const placed = placedFigures(figures, countries);
	return [...standingTable(placed, sources).values()].map((f) => {
		const group = rankFigures(
			placed.filter((g) => standingKey(g) === standingKey(f)),
			sources
		);
		return {
			corridor: `${f.origin}-${f.destination}`,
			origin: f.origin,
			destination: f.destination,
			year: f.year,
			measure: f.measure,
			figure_id: f.id,
			value: f.value,
			value_high: f.value_high,
			qualifier: f.qualifier,
			as_of: f.as_of,
			other_figures: group.filter((g) => g.id !== f.id).map((g) => g.id)
		};
	});
}
