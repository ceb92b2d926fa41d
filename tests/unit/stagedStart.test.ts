import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StagedStartError, stageStart } from '../../src/lib/server/stagedStart';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Kit's start script as SvelteKit 2 writes it into a prerendered page (render.js), with a page's values. */
const kitScript = `
				{
					__sveltekit_abc = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.X.js"),
						import("./_app/immutable/entry/app.Y.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2, 7],
							data: [{type:"data",data:{siteRoot:"/"},uses:{}},null,null],
							form: null,
							error: null
						});
					});
				}
			`;

const page = (script = kitScript, policyHash = sha256(script)) => `<!doctype html>
<html lang="en">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' ${policyHash}; style-src 'self'">
		<link href="./_app/immutable/entry/start.X.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/A.js" rel="modulepreload">
		<title>Map</title>
	</head>
	<body>
		<div class="display-contents"><main>The map</main>
			<script>${script}</script>
		</div>
	</body>
</html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/**
 * Runs a page's start script as a browser would, with import() and the timers faked: which module is
 * imported in which task, and what kit.start is called with.
 */
async function run(script: string) {
	const steps: string[] = [];
	let task = 0;
	const pending: (() => void)[] = [];
	const setTimeout = (fn: () => void) => void pending.push(fn);
	const modules: Record<string, unknown> = {
		'./_app/immutable/entry/start.X.js': {
			start: (...args: unknown[]) => steps.push(`task ${task}: kit.start ${JSON.stringify(args.slice(1))}`)
		},
		'./_app/immutable/entry/app.Y.js': {
			nodes: [0, 1, 2, 3, 4, 5, 6, 7].map((id) => () => steps.push(`task ${task}: node ${id}`))
		}
	};
	const load = (url: string) => {
		steps.push(`task ${task}: import ${url}`);
		return Promise.resolve(modules[url]);
	};
	const document = { currentScript: { parentElement: 'the script’s parent' } };
	// __sveltekit_abc is a parameter, so that the script's assignment to it stays inside this run.
	new Function(
		'load',
		'setTimeout',
		'document',
		'location',
		'__sveltekit_abc',
		script.replaceAll('import(', 'load(')
	)(load, setTimeout, document, 'https://example.org/', undefined);
	// Each queued timer is a task of its own; microtasks run to the end between two.
	for (;;) {
		await new Promise((go) => globalThis.setTimeout(go));
		const next = pending.shift();
		if (!next) break;
		task++;
		next();
	}
	return steps;
}

describe('stageStart: the app starts in steps, a task each', () => {
	it("imports Kit's runtime, the app and each layout and page in tasks of their own, then starts Kit as Kit would", async () => {
		const steps = await run(scriptOf(stageStart(page())));
		expect(steps).toEqual([
			'task 0: import ./_app/immutable/entry/start.X.js',
			'task 1: import ./_app/immutable/entry/app.Y.js',
			'task 2: node 0',
			'task 3: node 2',
			'task 4: node 7',
			`task 5: kit.start ${JSON.stringify([
				'the script’s parent',
				{
					node_ids: [0, 2, 7],
					data: [{ type: 'data', data: { siteRoot: '/' }, uses: {} }, null, null],
					form: null,
					error: null
				}
			])}`
		]);
		// Kit's own script does it all in the first task.
		expect((await run(kitScript)).every((step) => step.startsWith('task 0'))).toBe(true);
	});

	it("puts the new script's hash in the page's policy in place of the old one, in every directive", () => {
		const html = stageStart(page());
		const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
		expect(policy).toContain(sha256(scriptOf(html)));
		expect(policy).not.toContain(sha256(kitScript));
		const twice = page().replace("style-src 'self'", `script-src-elem 'self' ${sha256(kitScript)}`);
		const both = /content="([^"]*)"/.exec(stageStart(twice))?.[1] ?? '';
		expect(both.split(sha256(scriptOf(stageStart(twice)))).length).toBe(3);
	});

	it('moves the module preloads from the head to the end of the body, before the start script', () => {
		const html = stageStart(page());
		const head = html.slice(0, html.indexOf('<body>'));
		expect(head).not.toContain('modulepreload');
		const body = html.slice(html.indexOf('<main>'));
		expect(body.indexOf('rel="modulepreload"')).toBeGreaterThan(0);
		expect(body.match(/rel="modulepreload"/g)).toHaveLength(2);
		expect(body.lastIndexOf('modulepreload')).toBeLessThan(body.indexOf('<script>'));
	});

	it('leaves a page that starts no app as it was', () => {
		const reading =
			'<html><head></head><body><main>A profile</main><script src="./_app/reading.js" type="module"></script></body></html>';
		expect(stageStart(reading)).toBe(reading);
	});

	it('stops the build when Kit writes its start script in another shape, or the policy lacks its hash', () => {
		const otherShape = kitScript.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => stageStart(page(otherShape))).toThrow(StagedStartError);
		expect(() => stageStart(page(kitScript, "'sha256-other'"))).toThrow(/hash is not in the page's policy/);
		// bundleStrategy 'single' writes app.start( instead of kit.start(.
		const single = kitScript.replace('kit.start(app, element', 'app.start(element');
		expect(() => stageStart(page(single))).toThrow(/no start script found/);
	});
});
