/**
 * A path of the site with its base path in front, in the browser ('#site-paths', see ./server.ts).
 * SvelteKit's resolve does this, but its module imports SvelteKit's whole client (the router, which
 * reads sessionStorage as it loads): on the home page, which does not start that client, it was about
 * 40 ms of a 4x-slowed phone's start. The base is where SvelteKit's start script puts it, or the home
 * page's own script (home/main.ts); SvelteKit's client reads it from there too (its
 * app/paths/internal/client.js).
 */
import type { Pathname } from '$app/types';

declare const __SVELTEKIT_PAYLOAD__: { base?: string } | undefined;
declare const __SVELTEKIT_PATHS_BASE__: string;

export const sitePath = (path: Pathname): string =>
	(__SVELTEKIT_PAYLOAD__?.base ?? __SVELTEKIT_PATHS_BASE__) + path;
