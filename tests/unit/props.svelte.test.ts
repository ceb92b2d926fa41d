import { describe, expect, it } from 'vitest';
import { propsOf } from '$lib/hydration/props.svelte';

// Unit tests run Svelte's server build, where effects do not run: that each prop tells its readers of
// its own changes only is seen in the browser (tests/e2e/map.spec.ts: a click on a line does not lay
// the lines out again).

describe("propsOf(read): a deferred part's props", () => {
	it('works nothing out until the part asks: the page adopts the box first, the part starts later', () => {
		let lineWork = 0;
		const workOutLines = () => {
			lineWork += 1;
			return ['KHM-THA'];
		};
		// As the page writes a part's props: one object, every value worked out as it is built.
		const { props } = propsOf(() => ({ year: 2019, lines: workOutLines() }));
		expect(lineWork).toBe(0);
		expect(props.year).toBe(2019);
		expect(props.lines).toEqual(['KHM-THA']);
		expect(lineWork).toBeGreaterThan(0);
		expect(Object.keys(props)).toEqual(['year', 'lines']);
		expect('lines' in props && !('width' in props)).toBe(true);
	});
});
