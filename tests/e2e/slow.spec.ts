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

/**
 * The start mark is set in the last task of the page's start, on a 4x-slowed phone already a long one:
 * it may restyle the controls it wakes, not the page. Counted by the browser's own trace of the style
 * update (its element count), with the site's scripts held back so that the mark is set here, on the
 * whole page as the server wrote it.
 */
for (const path of ['/', '/km', '/embed/map']) {
	test(`marking ${path} started restyles the controls, not the whole page`, async ({ page, context }) => {
		const state = { hold: true };
		await slowScripts(page, state);
		await page.goto(path, { waitUntil: 'commit' });
		await expect(page.locator('.controls').first()).toBeAttached();
		// The whole page parsed ('interactive' comes before the held module scripts would run): on a busy
		// machine the trace could otherwise count the first style of the page's last part.
		await page.waitForFunction(() => document.readyState !== 'loading');
		await expect(page.locator('html[data-started]')).toHaveCount(0);
		const total = await page.evaluate(() => document.querySelectorAll('*').length);
		const cdp = await context.newCDPSession(page);
		const events: { name: string; args?: { elementCount?: number } }[] = [];
		cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
		await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
		await page.evaluate(() => {
			void document.body.offsetHeight;
			document.documentElement.dataset.started = '';
			void document.body.offsetHeight;
		});
		const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.end');
		await done;
		const restyled = events
			.filter((e) => e.name === 'UpdateLayoutTree')
			.reduce((sum, e) => sum + (e.args?.elementCount ?? 0), 0);
		state.hold = false;
		expect(total).toBeGreaterThan(200);
		expect(restyled, `${restyled} of ${total} elements restyled`).toBeLessThan(total / 5);
	});
}

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
