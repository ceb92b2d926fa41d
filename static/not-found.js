// The not-found page's own script: the app does not start on that page, which is sent for addresses at
// any depth (src/routes/[[lang=locale]]/404). It offers the page an address was probably meant to be
// (/country/khm -> Cambodia, /corridor/cambodia-thailand -> Cambodia to Thailand) and filters the lists
// of profiles and corridors as the reader types. Plain script, no dependencies; the page works without it.
(() => {
	const fold = (s) => s.normalize('NFKC').toLowerCase().trim();
	let address = location.pathname;
	try {
		address = decodeURIComponent(address);
	} catch {
		// A malformed %-escape: match on the address as it is.
	}
	const segments = address.split('/').map(fold).filter(Boolean);

	// Every place the lists know, by each of its keys (code, names, aliases), and the suggestions by code.
	const codeOf = new Map();
	for (const li of document.querySelectorAll('.pages li[data-keys]')) {
		const link = li.querySelector('a');
		const code = link && /\/country\/([A-Z]{3})$/.exec(link.getAttribute('href') || '');
		if (code) for (const key of li.dataset.keys.split('|')) codeOf.set(key, code[1].toLowerCase());
	}
	const suggestions = new Map(
		[...document.querySelectorAll('[data-suggest]')].map((p) => [p.dataset.suggest, p])
	);
	const wanted = new Set();
	for (const s of segments) {
		if (suggestions.has(s)) wanted.add(s);
		else if (codeOf.has(s)) wanted.add(codeOf.get(s));
		const pair = s.split('-');
		if (pair.length === 2 && codeOf.has(pair[0]) && codeOf.has(pair[1]))
			wanted.add(`${codeOf.get(pair[0])}-${codeOf.get(pair[1])}`);
	}
	for (const key of wanted) if (suggestions.has(key)) suggestions.get(key).hidden = false;

	const input = document.getElementById('find-page');
	if (!input) return;
	input.addEventListener('input', () => {
		const words = fold(input.value).split(/\s+/).filter(Boolean);
		for (const li of document.querySelectorAll('.pages li[data-keys]')) {
			const text = `${li.dataset.keys}|${fold(li.textContent || '')}`;
			li.hidden = !words.every((w) => text.includes(w));
		}
	});
})();
