import { json } from '@sveltejs/kit';
import { prerenderedMap } from '$lib/server/mapData';

export const prerender = true;

/**
 * The build-time map's country shapes as markup, by drawing ({ wide, narrow }). A home page's HTML
 * carries them and its data only a marker; a home page the app reaches by a navigation of its own has no
 * HTML to adopt, and fetches them from here (PrerenderedMap).
 */
export function GET() {
	const { wide, narrow } = prerenderedMap();
	return json({ wide: wide.shapes, narrow: narrow.shapes });
}
