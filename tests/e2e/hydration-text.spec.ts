/**
 * What the prerendered page says is what the hydrated page says, word for word and digit for digit, in the
 * languages whose formatting Debian's Chromium lacks (Khmer, Lao, Burmese): numbers, dates and lists are
 * formatted by the site's own patterns, never by the browser's Intl, which would fall back to English.
 */
import { test, expect } from './fixtures';

const pages = [
	'/km/country/KHM',
	'/my/country/MMR',
	'/lo/corridor/LAO-THA',
	'/my/corridor/MMR-THA',
	'/km/sources/ar2019',
	'/zh-hans/country/THA',
	'/th/measures'
];

const textOf = (html: string) => html.replace(/\s+/g, ' ').trim();

for (const path of pages) {
	test(`${path}: the text is the same before and after the scripts start`, async ({ page, browser }) => {
		const still = await browser.newContext({ javaScriptEnabled: false });
		const prerendered = await still.newPage();
		await prerendered.goto(path);
		const before = textOf(await prerendered.locator('main').innerText());
		await still.close();

		await page.goto(path);
		await expect(page.locator('html[data-started]')).toBeAttached();
		const after = textOf(await page.locator('main').innerText());
		expect(before.length).toBeGreaterThan(200);
		expect(after).toBe(before);
	});
}
