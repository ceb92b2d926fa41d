/**
 * The corridor map's view, with one owner: year, measure, "earlier" figures, the selected corridor or
 * country, the map area once moved, and whether the controls show. It reads the URL once the page has
 * started and writes it back on every change (in place, so the back button is not flooded), keeping
 * what a host page's Pym.js added to an embed's URL. The rules for what a URL means live in urlState.ts;
 * the default view in data/corridors.ts (defaultView).
 */
import type { Measure } from '$lib/data/schema';
import { mapStateParams, parseMapState, withPymParams, type MapState, type StateOptions } from './urlState';
import type { Bounds } from './view';

export class MapViewState {
	year = $state(0);
	measure = $state<Measure>('stock');
	earlier = $state(false);
	corridor = $state<string | null>(null);
	country = $state<string | null>(null);
	/** The map's area when the user has moved it (null: the default view). */
	view = $state<Bounds | null>(null);
	controls = $state(true);

	readonly #options: StateOptions;
	/** The router takes shallow URL changes only once the page has started. */
	#started = $state(false);

	/** Starts at the default view, so the prerendered page already shows it; the URL is read on start. */
	constructor(options: StateOptions) {
		this.#options = options;
		this.year = options.defaultYear;
		this.measure = options.defaultMeasureFor(options.defaultYear);
	}

	get options() {
		return this.#options;
	}

	get state(): MapState {
		const { year, measure, earlier, corridor, country, view, controls } = this;
		return { year, measure, earlier, corridor, country, view, controls };
	}

	/** The view's own query: what a shared link carries, defaults left out. */
	get query(): URLSearchParams {
		return mapStateParams(this.state, this.#options);
	}
	/** The full view at the site root: "/?year=2019&corridor=KHM-THA". */
	get viewPath(): string {
		const q = this.query;
		q.delete('controls');
		return q.size ? `/?${q}` : '/';
	}
	/**
	 * The full view with its year and measure written out, so the link shows the same figures after a
	 * new data release moves the default: "/?year=2019&measure=registered_workers&corridor=KHM-THA".
	 */
	get pinnedViewPath(): string {
		const q = mapStateParams(this.state, this.#options, true);
		q.delete('controls');
		return `/?${q}`;
	}
	/** The same view as an embed, pinned likewise: "/embed/map?year=2019&measure=registered_workers". */
	get embedPath(): string {
		return this.pinnedViewPath.replace(/^\/\?/, '/embed/map?');
	}

	/** Reads the URL (once the page has started); anything invalid falls back to the default. */
	start(search: string) {
		Object.assign(this, parseMapState(search, this.#options));
		this.#started = true;
	}

	/**
	 * Writes the view into the URL in place, with `replace` (the router's replaceState where SvelteKit's
	 * client runs, the history's where it does not); to be called from an effect, so it follows every change.
	 */
	syncUrl(replace: (url: string) => void) {
		if (!this.#started) return;
		const query = withPymParams(this.query, location.search).toString();
		const url = location.pathname + (query ? `?${query}` : '') + location.hash;
		if (url !== location.pathname + location.search + location.hash) replace(url);
	}

	setYear(year: number) {
		this.year = year;
		if (!this.#options.measuresIn(year).includes(this.measure))
			this.measure = this.#options.defaultMeasureFor(year);
	}

	selectCorridor(key: string | null) {
		this.corridor = key;
		this.country = null;
	}

	selectCountry(code: string | null) {
		this.country = code;
		this.corridor = null;
	}

	/** Escape: the selection goes; true when there was one. */
	clearSelection(): boolean {
		const had = this.corridor !== null || this.country !== null;
		this.selectCorridor(null);
		return had;
	}
}
