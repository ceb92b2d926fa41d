/**
 * The first gesture acts: a drag pans and a wheel turn zooms, wherever it starts (on the sea, a line or a
 * label), before MapLibre has started and after. On a phone, one finger scrolls the page and two fingers
 * move the map.
 */
import { test, expect } from './fixtures';
import { openMap } from './mapHelpers';

const box = async (locator: import('@playwright/test').Locator) => (await locator.boundingBox())!;
/** How far apart two country dots are on screen: grows by the zoom factor, whatever the line widths. */
async function spread(page: import('@playwright/test').Page) {
	const [a, b] = [
		await box(page.locator('[data-country="THA"] circle')),
		await box(page.locator('[data-country="VNM"] circle'))
	];
	return Math.hypot(a.x - b.x, a.y - b.y);
}

test('the first drag on the map pans it, even when it starts on a line, and does not select the line', async ({
	page
}) => {
	await openMap(page, '?year=2017&measure=stock');
	const line = page.locator('.flow[data-corridor="MMR-THA"] .line');
	const before = await box(line);
	const start = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	for (let i = 1; i <= 8; i++) await page.mouse.move(start.x + i * 15, start.y + i * 5);
	await page.mouse.up();
	const after = await box(line);
	expect(after.x - before.x).toBeCloseTo(120, -1);
	expect(after.y - before.y).toBeCloseTo(40, -1);
	await expect(page).not.toHaveURL(/corridor=/);
	// The moved view is in the URL once the hand stops.
	await expect(page).toHaveURL(/view=/);
});

test('the first wheel turn zooms the map, also over a label', async ({ page }) => {
	await openMap(page, '?year=2017&measure=stock');
	const before = await spread(page);
	const label = await box(page.locator('.country-label[data-country="THA"]'));
	await page.mouse.move(label.x + label.width / 2, label.y + label.height / 2);
	await page.mouse.wheel(0, -400);
	await expect.poll(() => spread(page)).toBeGreaterThan(before * 1.5);
});

test('the keyboard moves and zooms the map before MapLibre starts', async ({ page }) => {
	await openMap(page, '?year=2017&measure=stock');
	const line = page.locator('.flow[data-corridor="MMR-THA"] .line');
	const before = await box(line);
	await page.locator('.map-box').focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await box(line)).x).toBeLessThan(before.x - 20);
	const moved = await spread(page);
	await page.keyboard.press('+');
	await expect.poll(() => spread(page)).toBeGreaterThan(moved * 1.4);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 760 }, hasTouch: true, isMobile: true });

	test('one finger on the map scrolls the page; two fingers move the map', async ({ page }) => {
		await openMap(page, '?year=2017&measure=stock');
		const map = await box(page.locator('.map-box'));
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
		const [cx, cy] = [map.x + map.width / 2, map.y + map.height / 2];

		const swipe = async (from: [number, number][], by: [number, number]) => {
			await touch('touchStart', from);
			for (let i = 1; i <= 8; i++) {
				await touch(
					'touchMove',
					from.map(([x, y]) => [x + (by[0] * i) / 8, y + (by[1] * i) / 8] as [number, number])
				);
				await page.waitForTimeout(16);
			}
			await touch('touchEnd', []);
		};

		// One finger on the map: the page scrolls, the map stays where it was on the page.
		const line = page.locator('.flow[data-corridor="MMR-THA"] .line');
		const lineBefore = await box(line);
		await swipe([[cx, cy - 150]], [0, -200]);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
		// Let the fling come to rest before measuring.
		let scrolled = -1;
		await expect
			.poll(async () => {
				const [a, b] = [scrolled, await page.evaluate(() => scrollY)];
				scrolled = b;
				return a === b;
			})
			.toBe(true);
		const lineScrolled = await box(line);
		expect(lineScrolled.x).toBeCloseTo(lineBefore.x, 0);

		// Two fingers on the map (where it is on screen now): the map moves, the page does not.
		const now = await box(page.locator('.map-box'));
		const y = Math.max(now.y, 0) + 120;
		await swipe(
			[
				[cx - 40, y],
				[cx + 40, y]
			],
			[60, 0]
		);
		await expect.poll(async () => (await box(line)).x).toBeGreaterThan(lineScrolled.x + 40);
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	});
});
