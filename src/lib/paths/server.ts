/**
 * A path of the site with its base path in front: "/geo/countries.json" is "./geo/countries.json" on the
 * home page as the server writes it (relative to the page, so the site works at any base path). On the
 * server, SvelteKit's own resolve; in the browser, ./client.ts. Imported as '#site-paths' (package.json
 * "imports"), which picks the file for where the module runs.
 */
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';

export const sitePath = (path: Pathname): string => resolve(path);
