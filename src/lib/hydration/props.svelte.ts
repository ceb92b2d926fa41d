/**
 * A part's props across roots (DeferredBox): the page passes them as one object, which Svelte rebuilds
 * whenever anything in it changes. Read through that object, every prop of the part would change with
 * any of them (a tap's new selection would redraw every line). Here each prop is a derived value of its
 * own, which tells its readers only when its own value changes, as props passed directly do.
 */
import { untrack } from 'svelte';

export function propsOf<P extends Record<string, unknown>>(read: () => P): { props: P; stop: () => void } {
	// Nothing is read until the part asks: the page's start only adopts the part's box, and the part's
	// values (the map's lines, the legend's widths) are worked out in the part's own task, or before it.
	let values: Record<string, () => unknown> | undefined;
	let stop = () => {};
	const make = () =>
		Object.fromEntries(
			Object.keys(untrack(read)).map((key) => {
				const value = $derived(read()[key]);
				return [key, () => value];
			})
		);
	const known = () => {
		// Made when the part first reads, so inside one of its effects; a derived value belongs to the
		// effect it was made in and stops following the page once that effect runs again. These belong to
		// a root of their own, which lives as long as the box (stop).
		if (!values) stop = $effect.root(() => void (values = make()));
		// Svelte's server build ignores $effect.root (the unit tests run it): make them plainly there.
		return (values ??= make());
	};
	const has = (key: string | symbol): key is string => typeof key === 'string' && Object.hasOwn(known(), key);
	const props = new Proxy({} as P, {
		get: (_, key) => (has(key) ? known()[key]!() : undefined),
		has: (_, key) => has(key),
		ownKeys: () => Object.keys(known()),
		getOwnPropertyDescriptor: (_, key) =>
			has(key) ? { enumerable: true, configurable: true, value: known()[key]!() } : undefined
	});
	return { props, stop: () => stop() };
}
