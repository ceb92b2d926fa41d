/**
 * Reading pages (profiles, corridors, sources, measures) start no app: they are shown as prerendered and
 * one small script works the header's search and the Share and Embed dialogs. These tests would fail on
 * a build that hydrates them (the app's entry would load) and on one whose reading script is missing
 * (search and Embed would do nothing).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { countryName } from './data';

/** The paths of the scripts the page requests from now on, as they come. */
function scriptsLoadedBy(page: Page): string[] {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	return scripts;
}

const READING_PAGES = [
	'/country/THA',
	'/corridor/KHM-THA',
	'/sources',
	'/sources/ar2019',
	'/measures',
	'/km/country/KHM',
	'/my/corridor/MMR-THA'
];

for (const path of READING_PAGES) {
	test(`${path} loads the reading script, not the app`, async ({ page }) => {
		const scripts = scriptsLoadedBy(page);
		await page.goto(path);
		await expect(page.locator('html[data-started]')).toBeAttached();
		await expect(page.locator('main h1')).not.toBeEmpty();
		expect(scripts).toContain('/_app/reading.js');
		expect(scripts.filter((s) => s.includes('/_app/immutable/entry/'))).toEqual([]);
	});
}

test('the header search on a reading page finds a country and opens it', async ({ page }) => {
	await page.goto('/corridor/KHM-THA');
	await expect(page.locator('html[data-started]')).toBeAttached();
	const box = page.locator('#site-search');
	await box.fill('Lao');
	await expect(page.getByRole('option').first()).toContainText(countryName('LAO'));
	await expect(page.locator('.search [aria-live]')).toHaveText(/\d+ results?/);
	await box.press('Enter');
	await expect(page).toHaveURL(/\/country\/LAO$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(countryName('LAO'));
});

test('Embed on a Khmer profile gives the Khmer card, pinned, with a height cap', async ({ page }) => {
	await page.goto('/km/country/KHM');
	await expect(page.locator('html[data-started]')).toBeAttached();
	await page.locator('button[data-action=embed]').click();
	const dialog = page.locator('dialog.embed');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('#embed-responsive')).toHaveValue(/\/km\/embed\/card\/KHM"/);
	await expect(dialog.locator('iframe.preview')).toHaveAttribute('src', /\/km\/embed\/card\/KHM$/);
	await dialog.locator('#embed-max-height').fill('420');
	await expect(dialog.locator('#embed-fixed')).toHaveValue(/maxheight=420.*height="420"/);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the search on the map page opens a profile as a reading page, whose Embed works', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html[data-started]')).toBeAttached();
	const box = page.locator('#site-search');
	await box.fill(countryName('THA'));
	await expect(page.getByRole('option').first()).toContainText(countryName('THA'));
	const scripts = scriptsLoadedBy(page);
	await box.press('Enter');
	await expect(page).toHaveURL(/\/country\/THA$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(countryName('THA'));
	await expect(page.locator('html[data-started]')).toBeAttached();
	expect(scripts).toContain('/_app/reading.js');
	await page.locator('button[data-action=embed]').click();
	await expect(page.locator('#embed-fixed')).toHaveValue(/\/embed\/card\/THA"/);
});

/**
 * The home page starts no app either: its own script hydrates the map and its panel alone. Would fail on
 * a build that starts Kit there (its entry would load) or whose home script is missing (nothing starts).
 */
for (const path of ['/', '/km']) {
	test(`${path} loads the home script, not the app, and its map answers`, async ({ page }) => {
		const scripts = scriptsLoadedBy(page);
		await page.goto(`${path}?year=2019`);
		await expect(page.locator('html[data-started]')).toBeAttached();
		expect(scripts).toContain('/_app/home.js');
		expect(scripts.filter((s) => s.includes('/_app/immutable/entry/'))).toEqual([]);
		// The view in the address was read, and a choice is written back into it.
		await expect(page.locator('output.year')).toHaveText('2019');
		const line = page.locator('.map-box > svg.flow-layer .flow').first();
		const corridor = await line.getAttribute('data-corridor');
		await line.click();
		await expect(page).toHaveURL(new RegExp(`year=2019.*corridor=${corridor}`));
		await expect(page.locator('aside[aria-live]').getByRole('heading').first()).toBeVisible();
	});
}
