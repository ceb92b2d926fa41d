import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { data } from '../fixtures';
import { BUILD, builtPage, parsePage, textOf } from './helpers';

// Expectations come from the data files, computed here, not through the app's modules.
const countries = data.countries();
const figures = data.figures();
const policies = data.policies();
const agreements = data.agreements();
const organisations = data.organisations();
const events = data.events();
const sources = data.sources();
const sourceTitle = Object.fromEntries(sources.map((s) => [s.id, s.title]));

const groups = new Set(countries.filter((c) => c.kind === 'group').map((c) => c.code));
const named = new Set<string>([
	...figures.flatMap((f) => [f.origin, f.destination]),
	...agreements.flatMap((a) => a.parties),
	...policies.map((p) => p.country),
	...organisations.map((o) => o.country),
	...events.flatMap((e) => (e.country ? [e.country] : []))
]);
const profileCodes = [...named].filter((c) => !groups.has(c)).sort();
const corridorKeys = [
	...new Set(figures.filter((f) => f.origin !== f.destination).map((f) => `${f.origin}-${f.destination}`))
];
const isMember = (o: (typeof organisations)[number]) => o.memberships.some((m) => m.role !== 'supporter');

/** The items of one list on a profile, by its data-kind. */
const items = (route: string, kind: string) =>
	parsePage(route).querySelectorAll(`[data-kind="${kind}"] > li[data-record]`);

describe('build output: country profiles', () => {
	it('every country and territory named in the data has a profile page', () => {
		expect(profileCodes.length).toBeGreaterThan(10);
		for (const code of profileCodes)
			expect(fs.existsSync(path.join(BUILD, 'country', `${code}.html`)), code).toBe(true);
	});

	it.each(profileCodes)(
		'/country/%s shows as many policies, agreements and member organisations as the data has',
		(code) => {
			const route = `/country/${code}`;
			expect(items(route, 'policies')).toHaveLength(policies.filter((p) => p.country === code).length);
			expect(items(route, 'agreements')).toHaveLength(
				agreements.filter((a) => a.parties.includes(code)).length
			);
			expect(items(route, 'members')).toHaveLength(
				organisations.filter((o) => o.country === code && isMember(o)).length
			);
		}
	);

	it.each(profileCodes)(
		'/country/%s never lists one organisation as both "joined" and "no longer listed" under two spellings',
		(code) => {
			const changes = items(`/country/${code}`, 'members').map((li) => textOf(li.querySelector('.change')));
			const names = items(`/country/${code}`, 'members').map((li) =>
				textOf(li.querySelector('.title'))
					.toLowerCase()
					.replace(/[^a-z]/g, '')
			);
			expect(new Set(names).size, code).toBe(names.length);
			expect(changes.every((c) => ['', 'joined', 'no longer listed'].includes(c))).toBe(true);
		}
	);

	it('lists the network’s supporters apart from its members', () => {
		const supporters = items('/country/JPN', 'supporters').map((li) => li.getAttribute('data-record'));
		expect(supporters).toContain('org-toyota-foundation');
		expect(items('/country/JPN', 'members').map((li) => li.getAttribute('data-record'))).not.toContain(
			'org-toyota-foundation'
		);
	});

	it.each(['KHM', 'THA', 'MMR'])(
		'/country/%s: every listed item carries its source title and quote, in the HTML',
		(code) => {
			const all = ['policies', 'agreements', 'members', 'organisations', 'events'].flatMap((k) =>
				items(`/country/${code}`, k)
			);
			expect(all.length).toBeGreaterThan(5);
			const records = [...policies, ...agreements, ...organisations];
			for (const item of all) {
				const id = item.getAttribute('data-record')!;
				const text = textOf(item);
				const record = records.find((r) => r.id === id);
				expect(text, id).toMatch(/line \d+/);
				if (record) {
					const c = record.citations[0]!;
					expect(text, id).toContain(sourceTitle[c.source]!.replace(/\s+/g, ' '));
					expect(text, id).toContain(c.quote.replace(/\s+/g, ' ').trim());
				}
			}
		}
	);

	it('has a specific title, description, canonical URL and Open Graph tags, and a cite line', () => {
		const html = builtPage('/country/KHM');
		const page = parsePage('/country/KHM');
		expect(textOf(page.querySelector('title'))).toBe(
			'Cambodia: migration corridors, policies and agreements · Mekong Migration Corridors'
		);
		expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toMatch(
			/^Cambodia in the Mekong Migration Corridors: /
		);
		expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(
			/^https?:\/\/[^"]+\/country\/KHM$/
		);
		expect(page.querySelector('meta[property="og:url"]')!.getAttribute('content')).toMatch(/\/country\/KHM$/);
		expect(textOf(parsePage('/country/KHM'))).toMatch(
			/Cite this page: .*\/country\/KHM \(data release of \d{4}-\d{2}-\d{2}\)/
		);
		expect(html).toContain('<html');
	});
});

describe('build output: corridor and source pages', () => {
	it.each(corridorKeys)(
		'/corridor/%s lists all of its figures with their quotes and what each covers',
		(key) => {
			const page = parsePage(`/corridor/${key}`);
			for (const f of figures.filter((x) => `${x.origin}-${x.destination}` === key)) {
				const row = page.querySelector(`tr[id="${f.id}"]`);
				expect(row, `${key} ${f.id}`).not.toBeNull();
				expect(textOf(row)).toContain(f.citations[0]!.quote.replace(/\s+/g, ' ').trim());
				if (f.scope === 'subset') expect(textOf(row), f.id).toContain(f.scope_note!);
			}
		}
	);

	it('a corridor page has a server-rendered chart, links to both country profiles and to the measures page', () => {
		const page = parsePage('/corridor/KHM-THA');
		expect(page.querySelector('svg.corridor-chart[role="img"]')).not.toBeNull();
		const links = page.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining(['../country/KHM', '../country/THA', '../measures']));
	});

	it('a chart bar reads a bound as a bound, as the table does', () => {
		const page = parsePage('/corridor/VNM-KHM');
		expect(textOf(page.querySelector('svg.corridor-chart'))).toContain('more than 180,000');
	});

	it.each(sources.map((s) => s.id))('/sources/%s lists every record that cites it', (id) => {
		const page = parsePage(`/sources/${id}`);
		const cites = (r: { citations: { source: string }[] }) => r.citations.some((c) => c.source === id);
		for (const r of [...figures, ...policies, ...agreements, ...organisations].filter(cites))
			expect(page.querySelector(`[id="${r.id}"]`), r.id).not.toBeNull();
	});

	it('the measures page defines every measure, scope and period', () => {
		const text = textOf(parsePage('/measures'));
		for (const words of [
			'Registered or permitted workers',
			'Part of the corridor',
			'Running total',
			'Why measures are never added together'
		])
			expect(text).toContain(words);
	});
});
