/**
 * The not-found page as a reader meets it: a mistyped or lower-cased address gets status 404, the site's
 * header, the page it was probably meant to be, and a way to find any profile or corridor, in the
 * language of the address.
 */
import { test, expect } from './fixtures';
import { violations } from './axe';

// The browser logs the 404 of the page itself as a console error: that is what these tests ask for.
test.afterEach(({ guard }) => {
	const others = guard.problems.filter((p) => !p.includes('status of 404'));
	guard.problems.splice(0, guard.problems.length, ...others);
});

test('/country/khm is not a page, and the 404 page offers Cambodia', async ({ page }) => {
	const response = await page.goto('/country/khm');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
	const offer = page.getByRole('link', { name: 'Did you mean Cambodia?' });
	await expect(offer).toBeVisible();
	await expect(page.getByRole('link', { name: /^Did you mean/ })).toHaveCount(1);
	await offer.click();
	await expect(page).toHaveURL(/\/country\/KHM$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Cambodia');
});

test('a corridor named in words, in Khmer, is offered in Khmer', async ({ page }) => {
	const response = await page.goto('/km/corridor/cambodia-thailand');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'km');
	const offer = page.locator('.suggestion:not([hidden]) a');
	await expect(offer).toHaveCount(1);
	await expect(offer).toHaveAttribute('href', /corridor\/KHM-THA$/);
	await offer.click();
	await expect(page).toHaveURL(/\/km\/corridor\/KHM-THA$/);
});

test('finding a page: typing filters the profiles and corridors, and the styles load at any depth', async ({
	page
}) => {
	await page.goto('/some/deep/missing/address');
	// The page's stylesheet came from the site's root, not from /some/deep/missing/.
	expect(await page.locator('.site-header').evaluate((h) => getComputedStyle(h).backgroundColor)).not.toBe(
		'rgba(0, 0, 0, 0)'
	);
	const before = await page.locator('.pages li:visible').count();
	await page.getByLabel('Find a page').fill('viet');
	const shown = page.locator('.pages li:visible');
	await expect(shown.first()).toBeVisible();
	const after = await shown.count();
	expect(after).toBeLessThan(before);
	for (const text of await shown.allTextContents()) expect(text).toMatch(/Viet Nam/);
});

test('the not-found page passes axe', async ({ page }) => {
	await page.goto('/country/khm');
	expect(await violations(page)).toEqual([]);
});
