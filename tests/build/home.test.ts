import { describe, expect, it } from 'vitest';
import { builtPage, visibleText } from './helpers';

describe('build output: home page', () => {
	it('is prerendered with the site title in <title> and <h1>', () => {
		const html = builtPage('/');
		expect(html).toMatch(/<title>Mekong Migration Corridors<\/title>/);
		expect(visibleText(html)).toContain('Mekong Migration Corridors');
		expect(html).toMatch(/<h1[^>]*>Mekong Migration Corridors<\/h1>/);
	});

	it('links to the sources page from the footer', () => {
		const html = builtPage('/');
		expect(html).toMatch(/<footer[\s\S]*href="[^"]*sources"[\s\S]*<\/footer>/);
	});
});
