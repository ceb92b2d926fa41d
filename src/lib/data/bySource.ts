/** What each source document contributed: the records that cite it, by kind. */
import type { Citation, RecordKind } from './schema';

export const kindOrder: RecordKind[] = ['figures', 'agreements', 'policies', 'organisations', 'events'];

type Records = { [K in RecordKind]: { id: string; citations: Citation[] }[] };

/** Records of each kind with at least one citation to `sourceId`. */
export function recordsFromSource<R extends Records>(
	records: R,
	sourceId: string
): { [K in RecordKind]: R[K] } {
	const out = {} as { [K in RecordKind]: R[K] };
	for (const kind of kindOrder) {
		out[kind] = records[kind].filter((r) => r.citations.some((c) => c.source === sourceId)) as R[typeof kind];
	}
	return out;
}

/** How many records of each kind cite each source: { ar2016: { figures: 34, ... }, ... }. */
export function countsBySource(
	records: Records,
	sourceIds: string[]
): Record<string, Record<RecordKind, number>> {
	return Object.fromEntries(
		sourceIds.map((id) => {
			const from = recordsFromSource(records, id);
			return [
				id,
				Object.fromEntries(kindOrder.map((k) => [k, from[k].length])) as Record<RecordKind, number>
			];
		})
	);
}
