/** The home page's start, once the base path is known (main.ts): the header, then the map. */
import { hydrate } from 'svelte';
import { markStarted } from '$lib/behaviours/print';
import { afterParts } from '$lib/hydration/parts';
import { startPage } from '$lib/reading/page';
import HomeMap from './HomeMap.svelte';

await startPage('home');
const box = document.querySelector<HTMLElement>('[data-home-map] > .deferred-part');
const props = document.querySelector('script[data-home-props]')?.textContent;
if (box && props) hydrate(HomeMap, { target: box, props: JSON.parse(props) });
// The page is live once the map's parts have started (each a task of its own).
afterParts(markStarted);
