import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD, builtPage } from './helpers';

const embeds = ['/embed/map', '/embed/country/KHM', '/embed/country/THA'];

describe('build output: embeds', () => {
	it.each(embeds)('%s has no site header or footer', (route) => {
		const html = builtPage(route);
		expect(html).not.toMatch(/<header class="site-header/);
		expect(html).not.toMatch(/<footer class="site-footer/);
		expect(html).toContain('Open full view');
	});

	it.each(embeds)('%s carries noindex and a canonical link to the full page', (route) => {
		const html = builtPage(route);
		const full = route === '/embed/map' ? '/' : route.replace('/embed', '');
		expect(html).toContain('<meta name="robots" content="noindex"');
		expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${full.replace(/\//g, '\\/')}"`));
	});

	it('the full pages do carry the header and footer, and no noindex', () => {
		const html = builtPage('/country/KHM');
		expect(html).toMatch(/<header class="site-header/);
		expect(html).not.toContain('noindex');
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
