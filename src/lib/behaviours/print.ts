/**
 * Quotes kept in print: browsers without ::details-content print closed <details> without their
 * contents, so every closed one is opened for printing and closed again after. Returns what undoes it.
 */
export function keepQuotesInPrint(): () => void {
	let opened: HTMLDetailsElement[] = [];
	const before = () => {
		opened = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
		opened.forEach((d) => (d.open = true));
	};
	const after = () => opened.forEach((d) => (d.open = false));
	addEventListener('beforeprint', before);
	addEventListener('afterprint', after);
	return () => {
		removeEventListener('beforeprint', before);
		removeEventListener('afterprint', after);
	};
}

/** Scripts have started: tests (and anyone curious) can tell a live page from the prerendered one. */
export function markStarted(): void {
	document.documentElement.dataset.started = '';
}
