/**
 * On a slow connection the page says what it cannot do yet: before its scripts have started, the map's
 * controls look not ready (a press would be lost); after the first press on the map, while MapLibre
 * downloads, the map says it is loading.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Holds back the site's scripts (and the boundaries) while `hold` is true, as a slow connection would. */
async function slowScripts(page: Page, state: { hold: boolean }) {
	await page.route(/\/(_app|geo)\//, async (route) => {
		while (state.hold) await new Promise((r) => setTimeout(r, 100));
		await route.fallback();
	});
}

test('before the scripts arrive the controls look not ready, then come alive', async ({ page }) => {
	const state = { hold: true };
	await slowScripts(page, state);
	await page.goto('/?year=2019', { waitUntil: 'commit' });
	const controls = page.locator('.controls').first();
	await expect(controls).toBeVisible();
	expect(Number(await controls.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
	expect(
		await controls
			.locator('button')
			.first()
			.evaluate((b) => getComputedStyle(b).pointerEvents)
	).toBe('none');
	state.hold = false;
	await expect(page.locator('html[data-started]')).toBeAttached();
	expect(Number(await controls.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
});

test('after the first press on the map, it says the interactive map is loading until it is there', async ({
	page
}) => {
	const state = { hold: false };
	await slowScripts(page, state);
	await page.goto('/?year=2019');
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	state.hold = true;
	const box = page.locator('.map-box');
	await box.dispatchEvent('pointerdown');
	await box.dispatchEvent('pointerup');
	await expect(page.getByRole('status').filter({ hasText: 'Loading the interactive map…' })).toBeVisible();
	state.hold = false;
	await expect(box).toHaveAttribute('data-map-mode', 'gl', { timeout: 45_000 });
	await expect(page.getByText('Loading the interactive map…')).toHaveCount(0);
});
