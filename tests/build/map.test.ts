import { describe, expect, it } from 'vitest';
import { data } from '../fixtures';
import { parsePage, textOf } from './helpers';

const figures = data.figures();

describe('build output: the map page before any script runs', () => {
	const page = parsePage('/');
	const text = textOf(page);

	it('has the controls, with a year that has figures', () => {
		const year = Number(textOf(page.querySelector('output.year')));
		expect(figures.map((f) => f.year)).toContain(year);
		expect(text).toContain('Line width shows');
		expect(text).toContain('Show latest earlier figure');
	});

	it('states the measure and year in the legend, and links to what the measures mean', () => {
		expect(textOf(page.querySelector('.legend'))).toMatch(
			/, \d{4} \(the measure with the most corridors this year\)/
		);
		expect(page.querySelector('.legend a[href$="measures"]')).not.toBeNull();
	});

	it('lists the flows of the default view in a table, each with its source and quote', () => {
		const rows = page.querySelectorAll('tr[data-corridor]');
		expect(rows.length).toBeGreaterThan(0);
		// Each as a citation is everywhere on the site: source and line, the quote, a link to the document.
		for (const row of rows) {
			expect(textOf(row.querySelector('.citation summary')!)).toMatch(/, line \d+$/);
			expect(textOf(row.querySelector('.citation blockquote')!)).toMatch(/^“.+”$/);
			expect(row.querySelector('.citation a.doc')!.getAttribute('href')).toMatch(/sources\/\w+$/);
		}
	});

	it('reserves the map box and loads nothing from another host (the canonical link names the site, and is not loaded)', () => {
		expect(page.querySelector('.map-box')).not.toBeNull();
		const loaded = [
			...page.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
			...page
				.querySelectorAll('link[href]:not([rel="canonical"]):not([rel="alternate"])')
				.map((el) => el.getAttribute('href')!)
		];
		expect(loaded.length).toBeGreaterThan(0);
		expect(loaded.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
	});
});
