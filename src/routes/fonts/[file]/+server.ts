import { error } from '@sveltejs/kit';
import { fontCss, fontFile, fontFiles, fontScripts } from '$lib/server/fonts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The fonts of the region's scripts and their stylesheets (src/lib/server/fonts.ts), served by the site. */
export const entries: EntryGenerator = () => fontFiles().map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const script = fontScripts.find((s) => params.file === `${s}.css`);
	if (script)
		return new Response(fontCss(script), { headers: { 'content-type': 'text/css; charset=utf-8' } });
	const data = await fontFile(params.file);
	if (!data) error(404, `No font ${params.file}`);
	return new Response(new Uint8Array(data), { headers: { 'content-type': 'font/woff2' } });
};
