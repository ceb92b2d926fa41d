import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { linesForYear, years } from './data';
import { openMap } from './mapHelpers';
import { parseCsv } from '../csv';

const year = [...years].sort((a, b) => linesForYear(b) - linesForYear(a))[0]!;

/**
 * The CSV and JSON come from the corridors the SVG map draws, so those tests leave MapLibre unstarted
 * (WebGL under SwiftShader is the slow part of a run); the PNG test starts it, for the base map's pixels.
 */
async function openMapForExport(page: Page, { gl = false } = {}) {
	await openMap(page, `?year=${year}`, { gl });
	await expect(page.locator('.flow').first()).toBeAttached();
	await page.getByText('Download this view').click();
}

/** MapLibre never started: the downloads were made from the SVG map alone. */
const expectNoWebGl = (page: Page) => expect(page.locator('.maplibregl-map')).toHaveCount(0);

test('the CSV of the view parses and has one row per line drawn, each with its quote', async ({ page }) => {
	await openMapForExport(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Figures (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(new RegExp(`^mekong-corridors-${year}-[a-z_]+\\.csv$`));
	const [header, ...rows] = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
	const drawn = await page
		.locator('.flow')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-corridor')).sort());
	expect(rows).toHaveLength(drawn.length);
	const col = (name: string) => header!.indexOf(name);
	expect(rows.map((r) => r[col('corridor')]).sort()).toEqual(drawn);
	for (const r of rows) expect(r[col('quote')]!.length).toBeGreaterThan(5);
	await expectNoWebGl(page);
});

test('the JSON of the view carries every citation', async ({ page }) => {
	await openMapForExport(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Figures (JSON)' }).click()
	]);
	const json = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
	expect(json.view.year).toBe(year);
	expect(json.lines).toHaveLength(await page.locator('.flow').count());
	for (const line of json.lines)
		expect(line.citations[0]).toMatchObject({ source: expect.any(String), line: expect.any(Number) });
	await expectNoWebGl(page);
});

test('the slide-size PNG is 1920x1080 and not blank: it has the flow colours and the legend', async ({
	page
}) => {
	await openMapForExport(page, { gl: true });
	const colours = await page
		.locator('.flow .line')
		.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('stroke')!))]);
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: /slide size/ }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/-1920x1080\.png$/);
	const png = fs.readFileSync((await download.path())!).toString('base64');
	// Decode in the browser and count pixels near each flow colour and near the legend's grey.
	const counts = await page.evaluate(
		async ({ png, colours }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${png}`;
			await img.decode();
			const c = document.createElement('canvas');
			[c.width, c.height] = [img.width, img.height];
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const data = ctx.getImageData(0, 0, c.width, c.height).data;
			const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			const near = (target: number[]) => {
				let n = 0;
				for (let i = 0; i < data.length; i += 4) {
					if (
						Math.abs(data[i]! - target[0]!) +
							Math.abs(data[i + 1]! - target[1]!) +
							Math.abs(data[i + 2]! - target[2]!) <
						30
					)
						n++;
				}
				return n;
			};
			// The legend sits in a column right of the map: count its grey only in the right of the image.
			const legendBand = ctx.getImageData(
				Math.round(c.width * 0.7),
				0,
				Math.round(c.width * 0.3),
				c.height
			).data;
			let grey = 0;
			for (let i = 0; i < legendBand.length; i += 4)
				if (
					Math.abs(legendBand[i]! - 85) +
						Math.abs(legendBand[i + 1]! - 85) +
						Math.abs(legendBand[i + 2]! - 85) <
					20
				)
					grey++;
			return { size: [img.width, img.height], flows: colours.map((h) => near(rgb(h))), legendGrey: grey };
		},
		{ png, colours }
	);
	expect(counts.size).toEqual([1920, 1080]);
	for (const n of counts.flows) expect(n).toBeGreaterThan(50);
	expect(counts.legendGrey).toBeGreaterThan(200);
});

/** Pixels of the PNG within 30 of each colour (sum of channel differences), decoded in the browser. */
function pixelsNear(page: Page, png: string, colours: string[]) {
	return page.evaluate(
		async ({ png, colours }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${png}`;
			await img.decode();
			const c = document.createElement('canvas');
			[c.width, c.height] = [img.width, img.height];
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const data = ctx.getImageData(0, 0, c.width, c.height).data;
			return colours.map((hex) => {
				const t = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
				let n = 0;
				for (let i = 0; i < data.length; i += 4)
					if (
						Math.abs(data[i]! - t[0]!) + Math.abs(data[i + 1]! - t[1]!) + Math.abs(data[i + 2]! - t[2]!) <
						30
					)
						n++;
				return n;
			});
		},
		{ png, colours }
	);
}

test('a PNG of a selected corridor picks it out: its line in full colour, the others dimmed', async ({
	page
}) => {
	await openMap(page, '?year=2019&measure=registered_workers&corridor=KHM-THA');
	await expect(page.locator('.flow[data-corridor=MMR-THA]')).toBeAttached();
	await page.getByText('Download this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: /slide size/ }).click()
	]);
	const png = fs.readFileSync((await download.path())!).toString('base64');
	// Cambodia's orange (the selected line and its arrowhead) and Myanmar's green at full strength.
	const [khm, mmr] = await pixelsNear(page, png, ['#D55E00', '#009E73']);
	expect(khm).toBeGreaterThan(500);
	// Myanmar's line is there, but dimmed: only its legend swatch (24 x 24) keeps the full colour.
	expect(mmr).toBeLessThan(700);
});

test('Share shows the link to this view and copies it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/?year=${year}`);
	await expect(page.locator('html[data-started]')).toBeAttached();
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const link = page.getByLabel('Link to this view');
	await expect(link).toBeVisible();
	expect(await link.inputValue()).toMatch(/^http:\/\/localhost:\d+\/(\?.*)?$/);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.locator('dialog[open]').getByText('Copied to the clipboard.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
	await page.keyboard.press('Escape');
	await expect(link).toBeHidden();
});

test('Embed offers a responsive and a fixed-height snippet with a live preview', async ({ page }) => {
	await page.goto(`/?year=${year}&corridor=KHM-THA`);
	await expect(page.locator('html[data-started]')).toBeAttached();
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const responsive = await page.getByLabel('Responsive (sizes itself)').inputValue();
	expect(responsive).toMatch(/data-pym-src="http:\/\/localhost:\d+\/embed\/map\?[^"]*corridor=KHM-THA/);
	expect(responsive).toMatch(/<script src="http:\/\/localhost:\d+\/embed\/pym\.v1\.min\.js"><\/script>/);
	expect(await page.getByLabel('Fixed height (no script)').inputValue()).toMatch(
		/<iframe src="[^"]+\/embed\/map\?[^"]+" title="[^"]+" width="100%" height="760"/
	);
	await expect(page.frameLocator('dialog iframe').locator('.corridor-panel')).toBeVisible({
		timeout: 45_000
	});
});
