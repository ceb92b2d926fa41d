/**
 * The map's names never sit on or against each other or on a country's dot (issue #15: "Labels do not
 * collide"), in every language and in its own font, from a phone's width to a wide screen's: both the map
 * the build draws (what a page shows until its scripts run, and for good without them), which can only
 * estimate how wide a name is, and the live map, which measures. The build's estimate once drew "Lao PDR" against
 * "Hong Kong" and Chinese and Burmese names over each other.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const languages = fs
	.readdirSync('messages')
	.filter((f) => /^[a-z-]+\.json$/.test(f) && f !== 'review-state.json')
	.map((f) => f.replace('.json', ''));

const sizes = [
	[320, 640],
	[390, 844],
	[1280, 800]
] as const;

/** The ink of every name drawn on the map, in page pixels. */
function drawnNames(page: Page) {
	return page
		.locator('.map-box svg.flow-layer text')
		.filter({ visible: true })
		.evaluateAll((els) => {
			// As canvas measures the glyphs in the text's own font: SVG's box for text is the font's whole
			// line, far taller than its letters in a Burmese font.
			const ctx = document.createElement('canvas').getContext('2d')!;
			return els.map((el) => {
				const text = el as SVGTextElement;
				const style = getComputedStyle(text);
				ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				ctx.textAlign = text.getAttribute('text-anchor') === 'end' ? 'right' : 'left';
				const ink = ctx.measureText(text.textContent!);
				const m = text.getScreenCTM()!;
				const [x, y] = [text.x.baseVal[0]!.value, text.y.baseVal[0]!.value];
				return {
					text: text.textContent!.trim(),
					x0: (x - ink.actualBoundingBoxLeft) * m.a + m.e,
					x1: (x + ink.actualBoundingBoxRight) * m.a + m.e,
					y0: (y - ink.actualBoundingBoxAscent) * m.d + m.f,
					y1: (y + ink.actualBoundingBoxDescent) * m.d + m.f
				};
			});
		});
}

/** The centres of the countries' dots, in page pixels. */
const dotCentres = (page: Page) =>
	page
		.locator('.map-box svg.flow-layer circle')
		.filter({ visible: true })
		.evaluateAll((els) =>
			els.map((el) => {
				const b = el.getBoundingClientRect();
				return { x: b.x + b.width / 2 + scrollX, y: b.y + b.height / 2 + scrollY };
			})
		);

async function expectNamesApart(page: Page, width: number) {
	const names = await drawnNames(page);
	const dots = await dotCentres(page);
	expect(dots.length, `${width} px: dots drawn`).toBeGreaterThan(5);
	for (const name of names)
		for (const dot of dots)
			expect
				.soft(
					dot.x > name.x0 && dot.x < name.x1 && dot.y > name.y0 && dot.y < name.y1,
					`${width} px: "${name.text}" is drawn over a country's dot`
				)
				.toBe(false);
	expect(names.length, `${width} px: names drawn`).toBeGreaterThan(5);
	// Two names that touch read as one ("Lao PDRHong Kong"): at least a pixel between them.
	const clear = 1;
	for (const [i, a] of names.entries())
		for (const b of names.slice(i + 1))
			expect
				.soft(
					a.x0 < b.x1 + clear && b.x0 < a.x1 + clear && a.y0 < b.y1 + clear && b.y0 < a.y1 + clear,
					`${width} px: "${a.text}" and "${b.text}" touch or overlap`
				)
				.toBe(false);
}

const home = (locale: string) => (locale === 'en' ? '/' : `/${locale}/`);

const maps = [
	['the map the build draws (no JavaScript)', false],
	['the live map', true]
] as const;

for (const [map, scripts] of maps)
	test.describe(map, () => {
		test.use({ javaScriptEnabled: scripts });
		for (const locale of languages)
			test(`${locale}: names neither overlap, touch nor cover a dot, at 320, 390 and 1280 px`, async ({
				page
			}) => {
				for (const [width, height] of sizes) {
					await page.setViewportSize({ width, height });
					await page.goto(home(locale));
					if (scripts) {
						await expect(page.locator('html[data-started]')).toBeAttached();
						// The live layer has drawn its own lines and names in place of the build's.
						await expect(page.locator('[data-testid=prerendered-map]')).toHaveCount(0);
					}
					await page.evaluate(() => document.fonts.ready);
					await expectNamesApart(page, width);
				}
			});
	});
