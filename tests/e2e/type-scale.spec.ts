/**
 * The type scale (app.css): text comes in the body's size and a few others, in two weights (the map's
 * labels have their own). Each size, weight and style of a face that a page sets text in is a font the
 * browser looks up and prepares as it first lays the page out, before a phone can show or run anything
 * else: the home page used 20 of them (0.82, 0.85, 0.88, 0.9, 0.92rem...), a profile 18, a corridor page 19.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The distinct fonts (size, weight, style) and families of the text a reader can see or reach on the page. */
async function textFonts(page: Page): Promise<{ fonts: string[]; families: string[] }> {
	return page.evaluate(() => {
		const fonts = new Set<string>();
		const families = new Set<string>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!node.textContent?.trim() || !element || element.closest('script, style, template')) continue;
			// Text in a closed dialog or menu is not laid out until it opens.
			if (!element.getClientRects().length) continue;
			const style = getComputedStyle(element);
			fonts.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
			families.add(style.fontFamily);
		}
		return { fonts: [...fonts].sort(), families: [...families] };
	});
}

for (const [path, most] of [
	['/', 10],
	['/country/THA', 10],
	['/corridor/KHM-THA', 13]
] as const) {
	test(`${path} sets its text in at most ${most} sizes and weights of one face`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('html[data-started]')).toBeAttached();
		const { fonts, families } = await textFonts(page);
		expect(fonts.length, fonts.join('\n')).toBeLessThanOrEqual(most);
		expect(families).toHaveLength(1);
	});
}
