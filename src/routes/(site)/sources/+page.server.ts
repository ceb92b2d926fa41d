import { countsBySource } from '$lib/data/bySource';
import { getDataset } from '$lib/server/dataset';

export function load() {
	const { sources, records } = getDataset();
	return {
		sources,
		counts: countsBySource(
			records,
			sources.map((s) => s.id)
		)
	};
}
