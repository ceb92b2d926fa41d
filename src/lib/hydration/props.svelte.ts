/**
 * A part's props across roots (DeferredBox): the page passes them as one object, which Svelte rebuilds
 * whenever anything in it changes. Read through that object, every prop of the part would change with
 * any of them (a tap's new selection would redraw every line). Here each prop is a derived value of its
 * own, which tells its readers only when its own value changes, as props passed directly do.
 */
import { untrack } from 'svelte';

export function propsOf<P extends Record<string, unknown>>(read: () => P): P {
	const keys = Object.keys(untrack(read));
	const values: Record<string, () => unknown> = Object.fromEntries(
		keys.map((key) => {
			const value = $derived(read()[key]);
			return [key, () => value];
		})
	);
	const known = (key: string | symbol): key is string =>
		typeof key === 'string' && Object.hasOwn(values, key);
	return new Proxy({} as P, {
		get: (_, key) => (known(key) ? values[key]!() : undefined),
		has: (_, key) => known(key),
		ownKeys: () => keys,
		getOwnPropertyDescriptor: (_, key) =>
			known(key) ? { enumerable: true, configurable: true, value: values[key]!() } : undefined
	});
}
