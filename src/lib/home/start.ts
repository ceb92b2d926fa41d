/** The home page's start, once the base path is known (main.ts): the header, then the map. */
import { hydrate } from 'svelte';
import { markStarted } from '$lib/behaviours/print';
import { afterParts } from '$lib/hydration/parts';
import { nextTask } from '$lib/map/frames';
import { startPage } from '$lib/reading/page';

type HomeMapModule = typeof import('./HomeMap.svelte');

/**
 * `loadMap` imports the map (HomeMap and the modules it needs, most of the page's script). It comes as
 * an import of its own, asked for as the header starts: the browser runs each import's new modules in
 * one task, and the header's and the map's together were the longest task of a phone's first load.
 */
export async function startHome(loadMap: () => Promise<HomeMapModule>): Promise<void> {
	const map = loadMap();
	await startPage('home');
	const { default: HomeMap } = await map;
	// Its modules ran in the task that brought the last of them; the map starts in the next.
	await nextTask();
	const box = document.querySelector<HTMLElement>('[data-home-map] > .deferred-part');
	const props = document.querySelector('script[data-home-props]')?.textContent;
	if (box && props) hydrate(HomeMap, { target: box, props: JSON.parse(props) });
	// The page is live once the map's parts have started (each a task of its own).
	afterParts(markStarted);
}
