import { buildBoundaries } from '$lib/server/boundaries';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	const body = JSON.stringify(buildBoundaries(getDataset().countries));
	return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
