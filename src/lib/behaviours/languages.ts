/**
 * The language links keep the reader's view: a link takes the page's own query and hash (year, measure,
 * selection, a section) when it is about to be followed, since the map rewrites the URL as the reader
 * moves through it. Plain DOM, for the pages that do not start the app (src/lib/reading/page.ts);
 * LanguageSwitcher.svelte does the same where the app runs. Returns what undoes it.
 */
export function attachLanguageLinks(languages: HTMLElement): () => void {
	const keepView = (event: Event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-locale]');
		if (!link) return;
		const url = new URL(link.href);
		url.search = location.search;
		url.hash = location.hash;
		link.href = url.href;
	};
	// Pressed, focused (a keyboard's Enter follows) or clicked: each comes before the link is followed.
	const events = ['pointerdown', 'focusin', 'click'] as const;
	for (const type of events) languages.addEventListener(type, keepView, true);
	return () => {
		for (const type of events) languages.removeEventListener(type, keepView, true);
	};
}
