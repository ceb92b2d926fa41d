/**
 * axe (WCAG 2.2 AA) on every kind of page, as readers reach them: the map with a corridor selected and
 * its tooltip open, a corridor page, a source page, a presentation and its speaker view, both embeds,
 * and a page in each of the site's languages (the not-found page: not-found.spec.ts).
 */
import { violations } from './axe';
import { test, expect } from './fixtures';
import { locales } from '../../src/lib/i18n/locales';

const pages: [string, string][] = [
	['a corridor page', '/corridor/KHM-THA'],
	['a source page', '/sources/ar2019'],
	['the presentations list', '/present'],
	['a presentation', '/present/into-thailand?step=2'],
	['a speaker view', '/present/into-thailand/notes?step=2'],
	['the map embed', '/embed/map?year=2019&corridor=KHM-THA'],
	['the country embed', '/embed/country/KHM'],
	['the measures page', '/measures']
];

for (const [what, path] of pages) {
	test(`${what} passes axe: ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('html[data-started]')).toBeAttached();
		expect(await violations(page)).toEqual([]);
	});
}

test('the map with a corridor selected and its tooltip open passes axe', async ({ page }) => {
	await page.goto('/?year=2019&corridor=KHM-THA');
	await expect(page.locator('html[data-started]')).toBeAttached();
	// The live line (the build's drawing of it, a picture, stays a moment longer and takes no focus).
	await page.locator('.map-box > svg.flow-layer .flow[data-corridor="KHM-THA"]').focus();
	await expect(page.locator('#flow-tooltip')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

for (const locale of locales.filter((l) => l !== 'en')) {
	test(`the map and a profile in ${locale} pass axe`, async ({ page }) => {
		for (const path of [`/${locale}/?year=2019&corridor=KHM-THA`, `/${locale}/country/MMR`]) {
			await page.goto(path);
			await expect(page.locator('html[data-started]')).toBeAttached();
			expect(await violations(page), path).toEqual([]);
		}
	});
}
