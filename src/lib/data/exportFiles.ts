/**
 * The public data export: /data/<kind>.json and a CSV beside each. This is a contract that journalists
 * and other sites rely on (documented in the README), so field names come straight from the schema.
 * CSVs flatten the first citation into source_id, source_title, line, quote and put names beside codes.
 */
import type { Citation, Country, Source } from './schema';

export const exportKinds = ['figures', 'agreements', 'policies', 'organisations', 'events', 'sources'] as const;
export type ExportKind = (typeof exportKinds)[number];

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: unknown): string {
	const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}

/** The places that sit beside codes in CSVs: "KHM" -> "Cambodia". Unknown codes stay as they are. */
export function placeNamer(countries: Country[]) {
	const names = new Map(countries.map((c) => [c.code, c.name]));
	return (code: string | null) => (code === null ? null : (names.get(code) ?? code));
}

type Cited = { citations: Citation[] } & Record<string, unknown>;

/** CSV columns per kind, after the record's own fields: place names and the first citation. */
const placeColumns: Record<Exclude<ExportKind, 'sources'>, string[]> = {
	figures: ['origin', 'destination'],
	agreements: ['parties'],
	policies: ['country'],
	organisations: ['country'],
	events: ['country']
};

export function recordsCsv(
	kind: Exclude<ExportKind, 'sources'>,
	records: Cited[],
	sources: Source[],
	countries: Country[]
): string {
	const name = placeNamer(countries);
	const titles = new Map(sources.map((s) => [s.id, s.title]));
	const fields = records[0] ? Object.keys(records[0]).filter((k) => k !== 'citations') : [];
	const rows = records.map((r) => {
		const row: Record<string, unknown> = {};
		for (const f of fields) {
			row[f] = f === 'memberships' ? (r[f] as { report_year: number; role: string }[]).map((m) => `${m.report_year}:${m.role}`) : r[f];
			if (placeColumns[kind].includes(f)) {
				const v = r[f] as string | string[] | null;
				row[`${f}_name`] = Array.isArray(v) ? v.map(name) : name(v);
			}
		}
		const first = r.citations[0]!;
		Object.assign(row, { source_id: first.source, source_title: titles.get(first.source), line: first.line, quote: first.quote, citation_count: r.citations.length });
		return row;
	});
	const columns = fields.flatMap((f) => (placeColumns[kind].includes(f) ? [f, `${f}_name`] : [f]));
	return toCsv(rows, [...columns, 'source_id', 'source_title', 'line', 'quote', 'citation_count']);
}

export function sourcesCsv(sources: Source[]): string {
	return toCsv(sources as unknown as Record<string, unknown>[], ['id', 'title', 'short_title', 'producer', 'date_published', 'kind', 'file', 'sha256', 'url']);
}
