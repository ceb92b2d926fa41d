import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { mapData } from '$lib/server/mapData';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => getDataset().presentations.map((p) => ({ id: p.id }));

export function load({ params }) {
	const presentation = getDataset().presentations.find((p) => p.id === params.id);
	if (!presentation) error(404, `No presentation ${params.id}`);
	return { presentation, ...mapData() };
}
