/** Reading the built site (build/) from build-output tests. */
import fs from 'node:fs';
import path from 'node:path';

export const BUILD = path.resolve('build');

export function builtPage(route: string): string {
	const rel = route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`;
	const file = path.join(BUILD, rel);
	if (!fs.existsSync(file)) throw new Error(`No prerendered page for ${route} (looked for ${file}). Run the build first.`);
	return fs.readFileSync(file, 'utf8');
}

/** Text content of an HTML string, tags stripped and whitespace collapsed: what a reader sees without scripts. */
export function visibleText(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}
