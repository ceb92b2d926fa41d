/**
 * The region's scripts on a machine with no font for them: every non-Latin page draws its text with the
 * site's self-hosted font (not empty boxes), the PNG export carries those fonts into its labels, and the
 * language switcher keeps the reader's view. The browser here sees only DejaVu (Latin), so a passing
 * test cannot lean on fonts that happen to be installed on the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BROWSER_ARGS } from './launch';
import { test, expect } from './fixtures';

const messages = (locale: string): Record<string, string> =>
	JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));

test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH,
		args: BROWSER_ARGS,
		env: { ...process.env, FONTCONFIG_FILE: path.resolve('tests/e2e/fontconfig/latin-only.conf') }
	}
});

/** Each script's page, and the web font its text must be drawn in. */
const scripts = [
	{ locale: 'th', family: 'Noto Sans Thai' },
	{ locale: 'km', family: 'Noto Sans Khmer' },
	{ locale: 'lo', family: 'Noto Sans Lao' },
	{ locale: 'my', family: 'Noto Sans Myanmar' },
	{ locale: 'zh-hans', family: 'Noto Sans SC' }
];

/** The fonts Chromium actually drew a node's text with (DevTools protocol), and how many glyphs each. */
async function fontsUsedFor(page: Page, selector: string) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return fonts;
}

for (const { locale, family } of scripts) {
	test(`${locale}: the country page's heading and text are drawn in ${family}, not empty boxes`, async ({
		page
	}) => {
		await page.goto(`/${locale}/country/THA`);
		await page.evaluate(() => document.fonts.ready);
		const heading = (await page.locator('main h1').first().textContent())!.trim();
		expect(heading).not.toMatch(/^[\x20-\x7e]*$/); // the heading is in the page's own script
		expect(await page.evaluate(([f, t]) => document.fonts.check(`16px "${f}"`, t), [family, heading])).toBe(
			true
		);
		const used = await fontsUsedFor(page, 'main h1');
		// A subset keeps its source's name table: Noto Sans SC's reads "Noto Sans SC Thin".
		const own = used.find((f) => f.familyName.startsWith(family));
		expect(own, `fonts used for the heading: ${JSON.stringify(used)}`).toBeTruthy();
		expect(own!.isCustomFont).toBe(true);
		// Every non-space glyph of the heading came from the web font: nothing fell back to a box.
		const others = used.filter((f) => f !== own).reduce((n, f) => n + f.glyphCount, 0);
		expect(own!.glyphCount).toBeGreaterThan(others);
	});
}

test('km: the exported PNG draws the map labels with the Khmer font it carries', async ({ page, guard }) => {
	// Once the page has drawn its labels, the font files are refused: an export that relies on fetching
	// nothing (fonts inlined into the image) still draws Khmer; one that does not falls back to boxes.
	let refuseFonts = false;
	await page.route('**/fonts/**', (route) => (refuseFonts ? route.abort() : route.fallback()));
	await page.goto('/km/?year=2019');
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await page.evaluate(() => document.fonts.ready);
	const km = messages('km');
	await page.getByText(km.download_heading!).click();

	/** The PNG's map area (between the title band and the legend) as grey levels. */
	async function exportMapArea() {
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 30_000 }),
			page.getByRole('button', { name: km.download_slide! }).click()
		]);
		const png = fs.readFileSync((await download.path())!).toString('base64');
		return page.evaluate(async (png) => {
			const img = new Image();
			img.src = `data:image/png;base64,${png}`;
			await img.decode();
			const c = document.createElement('canvas');
			[c.width, c.height] = [img.width, img.height];
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const { data } = ctx.getImageData(0, 130, c.width, 770);
			const grey: number[] = [];
			for (let i = 0; i < data.length; i += 4) grey.push(data[i]! + data[i + 1]! + data[i + 2]!);
			return grey;
		}, png);
	}

	const withFonts = await exportMapArea();
	refuseFonts = true;
	const withoutFonts = await exportMapArea();
	// The refused font files are logged by the browser: they are this test's doing. Stop refusing and let
	// the loads in flight settle first, so that none is logged after the list is cleaned.
	refuseFonts = false;
	await page.evaluate(() => document.fonts.ready);
	await page.waitForLoadState('networkidle');
	guard.problems.splice(
		0,
		guard.problems.length,
		...guard.problems.filter((p) => !p.includes('net::ERR_FAILED'))
	);
	const differing = withFonts.filter((g, i) => Math.abs(g - withoutFonts[i]!) > 60).length;
	// The labels' pixels differ between Khmer glyphs and boxes; with no fonts carried both are boxes.
	expect(differing).toBeGreaterThan(500);
});

test('the language switcher keeps the page and the view the reader has reached', async ({ page }) => {
	await page.goto('/?year=2016&corridor=KHM-THA');
	await expect(page.locator('html[data-started]')).toBeAttached();
	// The reader moves on after the page has started: one year on.
	await page.getByRole('button', { name: 'Next year' }).click();
	await expect(page.locator('output.year')).not.toHaveText('2016');
	const year = (await page.locator('output.year').textContent())!;
	const view = new URL(page.url()).search;
	await page.getByLabel('Language').click();
	await page.locator('a[data-locale=km]').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'km');
	expect(new URL(page.url()).pathname).toMatch(/\/km\/?$/);
	expect(new URL(page.url()).search).toBe(view);
	await expect(page.locator('output.year')).toHaveText(year);
	await expect(page.locator('.flow.selected[data-corridor="KHM-THA"]').first()).toBeAttached();
});
