import { error, json } from '@sveltejs/kit';
import {
	exportKinds,
	LINE_COLUMNS,
	lineRows,
	recordsCsv,
	sourcesCsv,
	toCsv,
	type ExportKind
} from '$lib/data/exportFiles';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	exportKinds.flatMap((kind) => [{ file: `${kind}.json` }, { file: `${kind}.csv` }]);

export const GET: RequestHandler = ({ params }) => {
	const match = /^([a-z]+)\.(json|csv)$/.exec(params.file);
	const kind = match?.[1] as ExportKind | undefined;
	if (!match || !kind || !exportKinds.includes(kind)) error(404, `No data file ${params.file}`);
	const { sources, countries, records } = getDataset();
	const rows =
		kind === 'sources'
			? sources
			: kind === 'lines'
				? lineRows(records.figures, countries, sources)
				: records[kind];
	if (match[2] === 'json') return json(rows);
	const csv =
		kind === 'sources'
			? sourcesCsv(sources)
			: kind === 'lines'
				? toCsv(rows as Record<string, unknown>[], [...LINE_COLUMNS])
				: recordsCsv(kind, rows as never, sources, countries);
	return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
