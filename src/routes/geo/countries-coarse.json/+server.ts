import { json } from '@sveltejs/kit';
import { buildBoundaries } from '$lib/server/boundaries';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	return json(buildBoundaries(getDataset().countries, 'coarse'));
}
