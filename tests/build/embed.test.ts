import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, pathIn } from '../../src/lib/i18n/locales';
import { localDigits } from '../../src/lib/i18n/numbers';
import { data } from '../fixtures';
import { BUILD, parsePage, textOf } from './helpers';

const embeds = ['/embed/map', '/embed/country/KHM', '/embed/country/THA'];

describe('build output: embeds', () => {
	it.each(embeds)('%s has no site header or footer', (route) => {
		const page = parsePage(route);
		expect(page.querySelector('header.site-header')).toBeNull();
		expect(page.querySelector('footer.site-footer')).toBeNull();
		expect(textOf(page)).toContain('Open full view');
	});

	it.each(embeds)('%s carries noindex and a canonical link to the full page', (route) => {
		const page = parsePage(route);
		const full = route === '/embed/map' ? '/' : route.replace('/embed', '');
		expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
		expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(
			new RegExp(`^https?://[^/]+${full}$`)
		);
	});

	it('the full pages do carry the header and footer, and no noindex', () => {
		const page = parsePage('/country/KHM');
		expect(page.querySelector('header.site-header')).not.toBeNull();
		expect(page.querySelector('meta[name="robots"]')).toBeNull();
	});

	it('ships Pym.js from the site itself for the embed snippet', () => {
		const pym = fs.readFileSync(path.join(BUILD, 'embed', 'pym.v1.min.js'), 'utf8');
		expect(pym).toContain('xPYMx');
	});

	it('has an embed for every country profile', () => {
		const profiles = fs.readdirSync(path.join(BUILD, 'country')).filter((f) => f.endsWith('.html'));
		for (const f of profiles) expect(fs.existsSync(path.join(BUILD, 'embed', 'country', f)), f).toBe(true);
	});
});

describe('build output: the compact country card, /embed/card/<ISO3>', () => {
	const codes = fs
		.readdirSync(path.join(BUILD, 'country'))
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.replace(/\.html$/, ''));
	const figures = new Map(data.figures().map((f) => [f.id, f]));

	it('exists for every country profile, in every language', () => {
		expect(codes.length).toBeGreaterThan(10);
		const missing = locales.flatMap((l) =>
			codes
				.map((c) => pathIn(`/embed/card/${c}`, l))
				.filter((r) => !fs.existsSync(path.join(BUILD, `${r}.html`)))
		);
		expect(missing).toEqual([]);
	});

	for (const locale of locales) {
		it(`${locale}: every figure on every card keeps its citations (source, line and quote)`, () => {
			let shown = 0;
			for (const code of codes) {
				const page = parsePage(pathIn(`/embed/card/${code}`, locale));
				for (const li of page.querySelectorAll('[data-figure]')) {
					const figure = figures.get(li.getAttribute('data-figure')!)!;
					const cited = li.querySelectorAll('.citation');
					expect(cited.length, `${code} ${figure.id}`).toBe(figure.citations.length);
					figure.citations.forEach((c, i) => {
						expect(textOf(cited[i]!.querySelector('summary'))).toContain(localDigits(String(c.line), locale));
						expect(textOf(cited[i]!.querySelector('blockquote'))).toBe(`“${c.quote}”`);
					});
					shown += 1;
				}
			}
			expect(shown).toBeGreaterThan(codes.length / 2);
		});
	}

	it.each(['KHM', 'THA', 'VNM'])(
		'/embed/card/%s shows the first headline figure of each measure of the profile (the same rule)',
		(code) => {
			const profile = parsePage(`/country/${code}`);
			const expected = profile
				.querySelectorAll('.headline-group')
				.map((g) => [g.getAttribute('data-measure'), g.querySelector('li')!.getAttribute('data-figure')]);
			const card = parsePage(`/embed/card/${code}`);
			const shown = card
				.querySelectorAll('[data-figure]')
				.map((li) => [li.getAttribute('data-measure'), li.getAttribute('data-figure')]);
			expect(expected.length).toBeGreaterThan(0);
			expect(shown).toEqual(expected);
		}
	);

	it('/embed/card/KHM has no site chrome, noindex, a canonical link to the profile, and its links open in a new tab', () => {
		const page = parsePage('/embed/card/KHM');
		expect(page.querySelector('header.site-header')).toBeNull();
		expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
		expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/country\/KHM$/);
		expect(textOf(page.querySelector('h1'))).toBe('Cambodia');
		expect(textOf(page)).toContain('Full profile of Cambodia');
		expect(textOf(page)).toMatch(/Corridors from Cambodia to .*Thailand/);
		const links = page.querySelectorAll('a[href]');
		expect(links.length).toBeGreaterThan(1);
		for (const a of links) {
			expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]).toEqual([
				a.getAttribute('href'),
				'_blank',
				'noopener'
			]);
		}
	});

	it('the links inside the map and profile embeds open in a new tab', () => {
		for (const route of embeds) {
			const inContent = parsePage(route).querySelectorAll('.embed-frame a[href]');
			expect(inContent.length, route).toBeGreaterThan(0);
			expect(
				inContent.filter((a) => a.getAttribute('target') !== '_blank').map((a) => a.getAttribute('href')),
				route
			).toEqual([]);
		}
	});

	it('the profile page offers the card as its embed', () => {
		// The dialog is filled in the browser; the prerendered page has its Embed button.
		expect(textOf(parsePage('/country/KHM').querySelector('.share-controls'))).toBe('Embed');
	});
});
