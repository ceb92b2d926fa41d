import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
