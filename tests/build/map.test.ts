import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, visibleText } from './helpers';

const figures = JSON.parse(fs.readFileSync('data/figures.json', 'utf8')) as { year: number }[];

describe('build output: the map page before any script runs', () => {
	const html = builtPage('/');
	const text = visibleText(html);

	it('has the controls, with a year that has figures', () => {
		const year = Number(/<output[^>]*class="year[^"]*"[^>]*>(\d{4})<\/output>/.exec(html)?.[1]);
		expect(figures.map((f) => f.year)).toContain(year);
		expect(text).toContain('Line width shows');
		expect(text).toContain('Show latest earlier figure');
	});

	it('states the measure and year in the legend', () => {
		expect(text).toMatch(/\(stock\), \d{4} \(the measure with the most corridors this year\)|, \d{4} \(the measure with the most corridors this year\)/);
	});

	it('lists the flows of the default view in a table, each with its source and quote', () => {
		const rows = html.match(/<tr data-corridor="[A-Z]{3}-[A-Z]{3}"[\s\S]*?<\/tr>/g) ?? [];
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) expect(visibleText(row)).toMatch(/line \d+: “.+”/);
	});

	it('reserves the map box and ships no URL to another host', () => {
		expect(html).toContain('class="map-box');
		expect(html.match(/(?:src|href)="https?:\/\/[^"]+"/g) ?? []).toEqual([]);
	});
});
