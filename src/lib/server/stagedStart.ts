/**
 * The pages that start the app (the map, its embed, the presentations) start it in steps, a task each,
 * instead of in one. SvelteKit's own start script imports its runtime and the app, then, in the same
 * task, evaluates every module of the page and hydrates it: on a mid-range phone that was the page's
 * longest task (100 to 400 ms), during which no tap could be answered. Here the page's HTML is rewritten
 * as it is prerendered (hooks.server.ts):
 *
 * - Kit's `<link rel="modulepreload">` tags move from the head to the end of the body, beside the start
 *   script, so that the page's own HTML comes first on a slow connection. (In Lighthouse's simulated
 *   phone, scripts requested before the first paint count against it; measured in the closing note.)
 * - The start script imports Kit's runtime, the app and each of the page's layouts and page in a task of
 *   its own, then starts the app as Kit would, with the same arguments.
 * - The page's Content-Security-Policy gets the new script's hash in place of the old one.
 *
 * A page whose start script is not in the shape Kit writes today stops the build: a SvelteKit upgrade
 * that changed it must be looked at, not silently shipped without the steps (tests/unit/stagedStart).
 */
import { createHash } from 'node:crypto';

const PRELOAD = /[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g;
const SCRIPT = /<script>([^<]*?kit\.start\(app, element, \{[\s\S]*?)<\/script>/;
const IMPORTS =
	/Promise\.all\(\[\s*import\(("[^"]+")\),\s*import\(("[^"]+")\)\s*\]\)\.then\(\(\[kit, app\]\) => \{/;
const NODE_IDS = /node_ids: (\[[\d, ]*\])/;

/**
 * The steps, run in the page's own script. A step is a macrotask (setTimeout), so that the browser can
 * paint and answer input between two of them; each import finds its modules already downloading.
 */
const STEPS = `const nextTask = () => new Promise((go) => setTimeout(go));
					const startInSteps = async (runtime, app, nodeIds, start) => {
						const kit = await import(runtime);
						await nextTask();
						const modules = await import(app);
						for (const id of nodeIds) {
							await nextTask();
							await modules.nodes[id]();
						}
						await nextTask();
						start(kit, modules);
					};`;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export class StagedStartError extends Error {
	constructor(what: string) {
		super(
			`${what}: SvelteKit's start script is not in the shape src/lib/server/stagedStart.ts rewrites. ` +
				'Compare it with the script Kit writes now (node_modules/@sveltejs/kit/src/runtime/server/page/render.js) and update the patterns.'
		);
		this.name = 'StagedStartError';
	}
}

/** The page with its app started in steps; a page that starts no app (a reading page) comes back as it was. */
export function stageStart(html: string): string {
	const script = SCRIPT.exec(html);
	const code = script?.[1];
	if (!script || !code) {
		// Every start script Kit writes finds its element this way, whatever its bundle strategy.
		if (html.includes('document.currentScript.parentElement'))
			throw new StagedStartError('no start script found');
		return html;
	}
	const ids = NODE_IDS.exec(code)?.[1];
	if (!ids || !IMPORTS.test(code)) throw new StagedStartError('no imports or node ids in the start script');
	const staged = code.replace(
		IMPORTS,
		(_, runtime: string, app: string) =>
			`${STEPS}\n\n\t\t\t\t\tstartInSteps(${runtime}, ${app}, ${ids}, (kit, app) => {`
	);
	const oldHash = `'${sha256(code)}'`;
	if (!html.includes(oldHash))
		throw new StagedStartError("the start script's hash is not in the page's policy");

	const preloads = (html.match(PRELOAD) ?? []).map((link) => link.trim());
	// Every directive that lists the script's hash (script-src, and script-src-elem should it be added).
	const page = html.replace(PRELOAD, '').replaceAll(oldHash, `'${sha256(staged)}'`);
	const at = page.indexOf(script[0]);
	return `${page.slice(0, at)}${preloads.join('\n\t\t')}\n\t\t<script>${staged}</script>${page.slice(at + script[0].length)}`;
}
