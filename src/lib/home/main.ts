/**
 * The home page's script. The page is prerendered whole and does not start SvelteKit's client (csr =
 * false, see its +page.server.ts): this brings to life the map with its side panel (HomeMap, hydrated as
 * a root of its own; its parts then start one a task, Deferred) and the header, as on the reading pages.
 *
 * Built as its own entry, _app/home.js (vite.config.ts). The map's modules read the site's base path
 * ('#site-paths') from where SvelteKit's start script would have set it: it is set here first, from the
 * page's script tag, and the header's and the map's modules are loaded after it (a static import would
 * run before this line).
 */
declare let __SVELTEKIT_PAYLOAD__: { base?: string } | undefined;

const script = document.querySelector<HTMLScriptElement>('script[data-home]');
const root = new URL(script?.dataset.root ?? '/', document.baseURI);
const base = root.pathname.replace(/\/$/, '');
if (import.meta.env.DEV) {
	// The dev server's modules read it from this global (Kit's define there; not applied to this file).
	(globalThis as { __sveltekit_dev?: { base?: string } }).__sveltekit_dev ??= { base };
} else {
	// The build's define makes the name its start script's global, which $app/paths then reads.
	// eslint-disable-next-line no-useless-assignment -- not a local: a build-time name
	__SVELTEKIT_PAYLOAD__ ??= { base };
}

const { startHome } = await import('./start');
// Imported here, in this entry, the map's modules are not preloaded by script (vite.config.ts).
await startHome(() => import('./HomeMap.svelte'));

export {};
