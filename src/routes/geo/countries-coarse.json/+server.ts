import { buildBoundaries } from '$lib/server/boundaries';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	const body = JSON.stringify(buildBoundaries(getDataset().countries, 'coarse'));
	return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
