import { describe, expect, it } from 'vitest';
import { parsePage, textOf } from './helpers';

describe('build output: home page', () => {
	const page = parsePage('/');
	it('is prerendered with the site title in <title> and <h1>', () => {
		expect(textOf(page.querySelector('title'))).toBe('Mekong Migration Corridors');
		expect(textOf(page.querySelector('h1'))).toBe('Mekong Migration Corridors');
	});

	it('links to the sources page from the footer', () => {
		expect(page.querySelector('footer a[href$="sources"]')).not.toBeNull();
	});
});
