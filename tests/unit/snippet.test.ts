import { describe, expect, it } from 'vitest';
import { embedSnippets, embedSrc, escapeHtml } from '$lib/embed/snippet';

const input = {
	src: 'https://example.org/corridors/embed/map?year=2019&measure=registered_workers&corridor=KHM-THA',
	fullUrl: 'https://example.org/corridors/?year=2019&measure=registered_workers&corridor=KHM-THA',
	pymScript: 'https://example.org/corridors/embed/pym.v1.min.js',
	title: 'Cambodia to Thailand, 2019: registered workers',
	height: 760,
	maxHeight: null
};

describe('embedSnippets(input)', () => {
	const { responsive, fixed } = embedSnippets(input);

	it('embedSnippets(input) pins the year and measure and titles the iframe with the view', () => {
		for (const s of [responsive, fixed]) {
			expect(s).toContain('year=2019&amp;measure=registered_workers&amp;corridor=KHM-THA');
			expect(s).toContain('title="Cambodia to Thailand, 2019: registered workers"');
		}
		expect(fixed).not.toMatch(/Mekong Migration Corridors/);
	});

	it('embedSnippets(input) gives a page that runs no script an iframe and a link to the full view', () => {
		expect(responsive).toMatch(/^<div data-pym-src="[^"]+" data-pym-title="[^"]+"><noscript><iframe /);
		expect(responsive).toContain(
			`<a href="${escapeHtml(input.fullUrl)}" target="_blank" rel="noopener">${input.title}</a></div>`
		);
		expect(responsive).toMatch(
			/<script src="https:\/\/example.org\/corridors\/embed\/pym.v1.min.js"><\/script>$/
		);
		expect(fixed).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="760"/);
	});

	it('embedSnippets(input) with a height cap puts it in the URL and caps the fixed iframe', () => {
		const capped = embedSnippets({ ...input, maxHeight: 500, hideControls: true });
		expect(capped.fixed).toContain('controls=0&amp;maxheight=500"');
		expect(capped.fixed).toContain('height="500"');
		expect(capped.responsive).toContain('maxheight=500');
	});

	it('embedSnippets(input) escapes quotes and markup in the title', () => {
		const { fixed: f } = embedSnippets({ ...input, title: 'A "quoted" <b>title</b> & more' });
		expect(f).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
	});
});

describe('embedSrc(src, options)', () => {
	it.each([
		[{ maxHeight: null }, input.src],
		[{ maxHeight: null, hideControls: true }, `${input.src}&controls=0`],
		[{ maxHeight: 640 }, `${input.src}&maxheight=640`]
	])('embedSrc(src, %j)', (o, expected) => {
		expect(embedSrc(input.src, o)).toBe(expected);
	});
});
