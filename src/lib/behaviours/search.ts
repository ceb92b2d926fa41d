/**
 * The header's search box as behaviour on its prerendered markup (SearchBox.svelte): a combobox over a
 * small prerendered index, loaded on first focus. Arrows move through the results, Enter opens one,
 * Escape closes the list (and then clears the box). Plain DOM, so the same code serves the app's pages
 * and the reading pages, which start no app (src/lib/reading/main.ts).
 */
import { copy } from '$lib/copy';
import { search, type SearchEntry } from '$lib/data/search';
import { getLocale } from '$lib/i18n/current';

export interface SearchDeps {
	/** Where the index (search.json) is. */
	indexUrl: string;
	/** An entry's link, base path and language applied (entries hold root paths: "/country/KHM#org-x"). */
	hrefOf: (entry: SearchEntry) => string;
	/** Follows a link: the app's router where the app runs, the browser elsewhere. */
	navigate: (href: string) => void;
}

/** An entry's label in the page's language where it has one (country names). */
const labelOf = (e: SearchEntry) => e.labels?.[getLocale()] ?? e.label;

function span(className: string, text: string): HTMLSpanElement {
	const s = document.createElement('span');
	s.className = className;
	s.textContent = text;
	return s;
}

/** Makes the search box inside `root` work; returns what undoes it. */
export function attachSearch(root: HTMLElement, deps: SearchDeps): () => void {
	const input = root.querySelector('input') as HTMLInputElement;
	const list = root.querySelector('[role=listbox]') as HTMLElement;
	const live = root.querySelector('[aria-live]') as HTMLElement;
	let index: SearchEntry[] | null = null;
	let results: SearchEntry[] = [];
	let open = false;
	let active = -1;
	let closing: ReturnType<typeof setTimeout> | undefined;

	function render() {
		const query = input.value;
		const shown = open && query.length > 0;
		results = index ? search(index, query) : [];
		if (active >= results.length) active = -1;
		list.hidden = !shown;
		input.setAttribute('aria-expanded', String(shown));
		if (shown && active >= 0) input.setAttribute('aria-activedescendant', `search-result-${active}`);
		else input.removeAttribute('aria-activedescendant');
		list.replaceChildren(...(results.length ? results.map(option) : [none()]));
		live.textContent = open && query ? copy.search.results(results.length) : '';
	}

	function option(r: SearchEntry, i: number): HTMLLIElement {
		const li = document.createElement('li');
		li.id = `search-result-${i}`;
		li.setAttribute('role', 'option');
		li.setAttribute('aria-selected', String(i === active));
		li.classList.toggle('active', i === active);
		li.append(
			span('kind', copy.search.kinds[r.kind]),
			span('label', `${labelOf(r)}${r.acronym ? ` (${r.acronym})` : ''}`),
			span('detail', r.detail)
		);
		// mousedown, not click: the input's blur would close the list before a click lands.
		li.addEventListener('mousedown', (e) => {
			e.preventDefault();
			choose(r);
		});
		return li;
	}

	function none(): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'none';
		li.setAttribute('role', 'option');
		li.setAttribute('aria-selected', 'false');
		li.setAttribute('aria-disabled', 'true');
		li.textContent = copy.search.noResults;
		return li;
	}

	async function load() {
		if (index) return;
		try {
			const res = await fetch(deps.indexUrl);
			if (res.ok) index = await res.json();
		} catch {
			// Offline or interrupted: the index stays unloaded and the next keystroke tries again.
		}
		render();
	}

	function choose(e: SearchEntry | undefined) {
		if (!e) return;
		open = false;
		input.value = '';
		render();
		deps.navigate(deps.hrefOf(e));
	}

	const listeners: [string, (e: Event) => void][] = [
		['focus', () => load()],
		[
			'input',
			() => {
				open = true;
				active = -1;
				render();
				load();
			}
		],
		[
			'blur',
			() => {
				closing = setTimeout(() => {
					open = false;
					render();
				}, 150);
			}
		],
		[
			'keydown',
			(event) => {
				const e = event as KeyboardEvent;
				if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
					e.preventDefault();
					open = true;
					const n = results.length;
					if (n) active = (active + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
					render();
				} else if (e.key === 'Enter') {
					e.preventDefault();
					choose(results[active] ?? results[0]);
				} else if (e.key === 'Escape') {
					// Escape inside the search is ours: don't also close the map's panel.
					e.stopPropagation();
					if (open && input.value) open = false;
					else input.value = '';
					render();
				}
			}
		]
	];
	for (const [type, fn] of listeners) input.addEventListener(type, fn);

	// Someone who typed before the page had finished starting keeps what they typed, with results.
	if (input.value && document.activeElement === input) {
		open = true;
		render();
		load();
	}
	return () => {
		clearTimeout(closing);
		for (const [type, fn] of listeners) input.removeEventListener(type, fn);
	};
}
