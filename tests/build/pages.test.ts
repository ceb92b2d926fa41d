import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD, builtPage, visibleText } from './helpers';

// Expectations come from the data files, computed here, not through the app's modules.
const read = <T>(f: string) => JSON.parse(fs.readFileSync(path.join('data', f), 'utf8')) as T;
type Cite = { source: string; line: number; quote: string };
const countries = read<{ code: string; name: string; kind: string }[]>('countries.json');
const figures = read<{ id: string; origin: string; destination: string; citations: Cite[] }[]>('figures.json');
const policies = read<{ id: string; country: string; citations: Cite[] }[]>('policies.json');
const agreements = read<{ id: string; parties: string[]; citations: Cite[] }[]>('agreements.json');
const organisations = read<{ id: string; country: string; memberships: unknown[]; citations: Cite[] }[]>('organisations.json');
const events = read<{ id: string; country: string | null }[]>('events.json');
const sources = fs.readdirSync('data/sources').map((f) => read<{ id: string; title: string }>(`sources/${f}`));
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
const corridorKeys = [...new Set(figures.filter((f) => f.origin !== f.destination).map((f) => `${f.origin}-${f.destination}`))];

/** The <li> items of one list on a profile, by its data-kind, with their ids. */
function items(html: string, kind: string): string[] {
	// Svelte's hydration markers (<!--[-->, <!--]-->) may stand between the list and its section's end.
	const list = new RegExp(`data-kind="${kind}"[^>]*>([\\s\\S]*?)</(?:ol|ul)>(?:\\s|<!--[^>]*-->)*</section>`).exec(html)?.[1] ?? '';
	return list.match(/<li[^>]*data-record="[^"]+"[\s\S]*?(?=<li[^>]*data-record=|$)/g) ?? [];
}
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('build output: country profiles', () => {
	it('every country and territory named in the data has a profile page', () => {
		expect(profileCodes.length).toBeGreaterThan(10);
		for (const code of profileCodes) expect(fs.existsSync(path.join(BUILD, 'country', `${code}.html`)), code).toBe(true);
	});

	it.each(profileCodes)('/country/%s shows as many policies, agreements and member organisations as the data has', (code) => {
		const html = builtPage(`/country/${code}`);
		expect(items(html, 'policies')).toHaveLength(policies.filter((p) => p.country === code).length);
		expect(items(html, 'agreements')).toHaveLength(agreements.filter((a) => a.parties.includes(code)).length);
		expect(items(html, 'members')).toHaveLength(organisations.filter((o) => o.country === code && o.memberships.length).length);
	});

	it.each(['KHM', 'THA', 'MMR'])('/country/%s: every listed item carries its source title and quote, in the HTML', (code) => {
		const html = builtPage(`/country/${code}`);
		const all = ['policies', 'agreements', 'members', 'organisations', 'events'].flatMap((k) => items(html, k));
		expect(all.length).toBeGreaterThan(5);
		const records = [...policies, ...agreements, ...organisations] as { id: string; citations: Cite[] }[];
		for (const item of all) {
			const id = /data-record="([^"]+)"/.exec(item)![1]!;
			const text = normalise(visibleText(item));
			const record = records.find((r) => r.id === id);
			expect(text, id).toMatch(/line \d+/);
			if (record) {
				const c = record.citations[0]!;
				expect(text, id).toContain(normalise(sourceTitle[c.source]!));
				expect(text, id).toContain(normalise(c.quote));
			}
		}
	});

	it('has a specific title, description, canonical URL and Open Graph tags, and a cite line', () => {
		const html = builtPage('/country/KHM');
		expect(html).toMatch(/<title>Cambodia: migration corridors, policies and agreements · Mekong Migration Corridors<\/title>/);
		expect(html).toMatch(/<meta name="description" content="Cambodia in the Mekong Migration Corridors: [^"]+"/);
		expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/country\/KHM"/);
		expect(html).toMatch(/<meta property="og:url" content="https?:\/\/[^"]+\/country\/KHM"/);
		expect(visibleText(html)).toMatch(/Cite this page: .*\/country\/KHM \(data release of \d{4}-\d{2}-\d{2}\)/);
	});
});

describe('build output: corridor and source pages', () => {
	it('every corridor with figures has a page listing all of its figures with their quotes', () => {
		for (const key of corridorKeys) {
			const html = builtPage(`/corridor/${key}`);
			const own = figures.filter((f) => `${f.origin}-${f.destination}` === key);
			for (const f of own) {
				expect(html, `${key} ${f.id}`).toContain(`id="${f.id}"`);
				expect(normalise(visibleText(html))).toContain(normalise(f.citations[0]!.quote));
			}
		}
	});

	it('a corridor page has a server-rendered chart and links to both country profiles', () => {
		const html = builtPage('/corridor/KHM-THA');
		expect(html).toMatch(/<svg class="corridor-chart[^"]*"[^>]*role="img"/);
		expect(html).toContain('href="../country/KHM"');
		expect(html).toContain('href="../country/THA"');
	});

	it.each(sources.map((s) => s.id))('/sources/%s lists every record that cites it', (id) => {
		const html = builtPage(`/sources/${id}`);
		const cites = (r: { citations: Cite[] }) => r.citations.some((c) => c.source === id);
		const all = [...figures, ...policies, ...agreements, ...organisations].filter(cites) as { id: string }[];
		for (const r of all) expect(html, r.id).toContain(`id="${r.id}"`);
	});
});
