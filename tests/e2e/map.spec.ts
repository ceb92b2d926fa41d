import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { countryName, drawable, figures, linesForYear, years } from './data';
import { openMap, startWebGl } from './mapHelpers';

// Two years with different numbers of corridors, taken from the data rather than written down.
const [yearA, yearB] = [...years].sort((a, b) => linesForYear(b) - linesForYear(a) || b - a).slice(0, 2) as [
	number,
	number
];

/** Holds back the SVG map's country shapes (a request of their own) until the returned function is called. */
async function holdBackShapes(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/geo/countries-coarse.json', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test.describe('the corridor map', () => {
	test(`draws one line per corridor of the default measure, for ${yearA} and ${yearB}`, async ({ page }) => {
		await openMap(page, `?year=${yearA}`);
		// The SVG map draws the lines from the first paint; MapLibre, once started, draws the same.
		await expect(page.locator('.map-box')).toHaveAttribute('data-map-mode', 'svg-first');
		await expect(page.locator('.flow')).toHaveCount(linesForYear(yearA));
		await startWebGl(page);
		await expect(page.locator('.flow')).toHaveCount(linesForYear(yearA));
		await openMap(page, `?year=${yearB}`);
		await expect(page.locator('.flow')).toHaveCount(linesForYear(yearB));
	});

	test('while its country shapes load, the map keeps those drawn at build time under its lines', async ({
		page
	}) => {
		// The SVG map's shapes come in a request of their own once the page has started: hold it back.
		const release = await holdBackShapes(page);
		await page.goto('/');
		await expect(page.locator('html[data-started]')).toBeAttached();
		const land = page.locator('.map-box path.country').filter({ visible: true });
		// The live lines are drawn (the ones written at build time are left out once scripts run)...
		await expect(page.locator('.map-box > svg.flow-layer .flow').first()).toBeVisible();
		// ...over land, not over an empty sea.
		expect(await land.count()).toBeGreaterThan(10);
		release();
		await expect(page.locator('.fallback-map[data-map-state=ready]')).toBeAttached();
		await expect(page.locator('[data-testid=prerendered-map]')).toHaveCount(0);
		expect(await land.count()).toBeGreaterThan(10);
	});

	test("reached by the app's own navigation, from a presentation, the map shows the land drawn at build time while its own loads", async ({
		page
	}) => {
		const release = await holdBackShapes(page);
		await page.goto('/present');
		await expect(page.locator('html[data-started]')).toBeAttached();
		const before = page.url();
		await page.locator('.site-header nav a').first().click();
		await expect(page.locator('h1')).toHaveText('Mekong Migration Corridors');
		// The app navigated (no new page): the drawing was mounted, not adopted from the page's HTML.
		expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
		expect(page.url()).not.toBe(before);
		const land = page.locator('.prerendered-map path.country').filter({ visible: true });
		await expect.poll(() => land.count()).toBeGreaterThan(10);
		await expect(page.locator('.prerendered-map g[data-shapes]')).toHaveCount(0);
		release();
		await expect(page.locator('.fallback-map[data-map-state=ready]')).toBeAttached();
	});

	test('as the page starts, the lines and the country names stay on screen in every frame, from the first painted to the live ones', async ({
		page
	}) => {
		// Counted in every animation frame: lines and names on screen in the map box, whichever drawing
		// they belong to (the live layer draws its names a task after its lines).
		await page.addInitScript(() => {
			const counts: [number, number][] = [];
			(window as unknown as { counts: typeof counts }).counts = counts;
			const shown = (selector: string) =>
				[...document.querySelectorAll(selector)].filter((e) => e.getBoundingClientRect().width > 0).length;
			const sample = () => {
				counts.push([
					shown('.map-box svg.flow-layer .flow path.line'),
					shown('.map-box svg.flow-layer .country-label text')
				]);
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await openMap(page);
		await expect(page.locator('[data-testid=prerendered-map]')).toHaveCount(0);
		const counts = await page.evaluate(() => (window as unknown as { counts: [number, number][] }).counts);
		const fromFirst = counts.slice(counts.findIndex(([lines]) => lines > 0));
		expect(fromFirst.length).toBeGreaterThan(5);
		expect(Math.min(...fromFirst.map(([lines]) => lines))).toBeGreaterThan(0);
		// The names from the first frame that had them: the page's parser can pause inside the build's
		// drawing, between its lines and its names (seen: 6 of its 11 names in one frame), before any script.
		const namesFromFirst = fromFirst.slice(fromFirst.findIndex(([, names]) => names > 0));
		expect(namesFromFirst.length).toBeGreaterThan(5);
		expect(Math.min(...namesFromFirst.map(([, names]) => names)), JSON.stringify(counts)).toBeGreaterThan(0);
	});

	test('once ready, the SVG map has land under every country it names (its first drawing comes in parts)', async ({
		page
	}) => {
		await openMap(page);
		const named = await page
			.locator('.map-box .country-label[data-country]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-country')!));
		// The coarse boundaries leave out the smallest places (Singapore, Hong Kong): they have a dot only.
		const withShapes = new Set(
			(
				(await (await page.request.get('/geo/countries-coarse.json')).json()) as {
					features: { properties: { code: string } }[];
				}
			).features.map((f) => f.properties.code)
		);
		const shaped = named.filter((code) => withShapes.has(code));
		expect(shaped.length).toBeGreaterThan(4);
		const drawn = await page
			.locator('.fallback-map path.country')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
		expect(drawn).toEqual(expect.arrayContaining(shaped));
		await expect(page.locator('[data-testid=prerendered-map]')).toHaveCount(0);
	});

	test('a click on a line opens its panel without the lines being worked out again', async ({ page }) => {
		await openMap(page);
		const line = page.locator('.map-box > svg.flow-layer .flow').first();
		const key = await line.getAttribute('data-corridor');
		// Every time the lines are projected and laid out again, the flow layer measures it (mmc:flows):
		// their first drawing has been.
		expect(await page.evaluate(() => performance.getEntriesByName('mmc:flows').length)).toBeGreaterThan(0);
		await page.evaluate(() => performance.clearMeasures('mmc:flows'));
		await line.click();
		await expect(page.locator('aside[aria-live]').getByRole('heading').first()).toBeVisible();
		await expect(line).toHaveClass(/selected/);
		expect(key).toBeTruthy();
		// The selection only restyles the line; a tap that redrew every line and label waited on that too.
		expect(await page.evaluate(() => performance.getEntriesByName('mmc:flows').length)).toBe(0);
	});

	test('a new selection opens the panel at its top, after the last one was scrolled', async ({ page }) => {
		await openMap(page);
		const lines = page.locator('.map-box .flow');
		const [first, second] = await lines.evaluateAll((els) =>
			els.slice(0, 2).map((e) => e.getAttribute('data-corridor')!)
		);
		const panel = page.locator('aside[aria-live]');
		await page.locator(`.flow[data-corridor="${first}"]`).focus();
		await page.keyboard.press('Enter');
		await expect(panel.getByRole('heading').first()).toBeVisible();
		// Scroll whatever scrolls the panel (the panel itself on a wide screen).
		await panel.evaluate((el) => (el.scrollTop = el.scrollHeight));
		const scrolled = await panel.evaluate((el) => el.scrollTop);
		await page.locator(`.flow[data-corridor="${second}"]`).focus();
		await page.keyboard.press('Enter');
		await expect(panel).toHaveJSProperty('scrollTop', 0);
		expect(scrolled).toBeGreaterThan(0);
	});

	test('changing the year changes the lines, and the URL follows', async ({ page }) => {
		await openMap(page, `?year=${yearA}`);
		const before = await page
			.locator('.flow')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-corridor')).join());
		const slider = page.getByRole('slider', { name: 'Year' });
		await slider.focus();
		const target = years.indexOf(yearB);
		const current = years.indexOf(yearA);
		for (let i = 0; i < Math.abs(target - current); i++)
			await page.keyboard.press(target > current ? 'ArrowRight' : 'ArrowLeft');
		await expect(page.locator('output.year')).toHaveText(String(yearB));
		await expect(page.locator('.flow')).toHaveCount(linesForYear(yearB));
		const after = await page
			.locator('.flow')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-corridor')).join());
		expect(after).not.toBe(before);
		await expect(page).toHaveURL(new RegExp(`year=${yearB}|^[^?]*$`));
	});

	test('hovering a line shows a tooltip with its quote and source', async ({ page }) => {
		await openMap(page, `?year=${yearA}`);
		const flow = page.locator('.flow').first();
		const key = (await flow.getAttribute('data-corridor'))!;
		await flow.locator('.line').hover({ force: true });
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		const [o, d] = key.split('-');
		const quotes = drawable
			.filter((f) => f.origin === o && f.destination === d && f.year === yearA)
			.map((f) => f.citations[0]!.quote);
		const text = (await tooltip.textContent())!.replace(/\s+/g, ' ');
		expect(quotes.some((q) => text.includes(q.replace(/\s+/g, ' ')))).toBe(true);
		await expect(tooltip).toContainText(`${countryName(o!)} to ${countryName(d!)}`);
	});

	test('Tab reaches a line, which has an accessible name, and Enter opens its panel', async ({ page }) => {
		await openMap(page, `?year=${yearA}`);
		const first = page.locator('.flow').first();
		const key = (await first.getAttribute('data-corridor'))!;
		const [o, d] = key.split('-');
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await first.evaluate((el) => el === document.activeElement)) break;
		}
		await expect(first).toBeFocused();
		await expect(first).toHaveAttribute(
			'aria-label',
			new RegExp(`^${countryName(o!)} to ${countryName(d!)}, ${yearA}: .+, .+`)
		);
		await page.keyboard.press('Enter');
		const panel = page.locator('aside');
		await expect(
			panel.getByRole('heading', { name: `${countryName(o!)} to ${countryName(d!)}` })
		).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`corridor=${key}`));
		// Every figure in the panel carries its source and line.
		await expect(panel.locator('details.citation').first()).toContainText(/line \d+/);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(
			panel.getByRole('heading', { name: `${countryName(o!)} to ${countryName(d!)}` })
		).toHaveCount(0);
	});

	test('a country label opens the country in the panel and the URL', async ({ page }) => {
		await openMap(page, `?year=${yearA}`);
		await page.getByRole('button', { name: 'Thailand: show country panel' }).click();
		await expect(page.locator('aside').getByRole('heading', { name: 'Thailand', level: 2 })).toBeVisible();
		await expect(page).toHaveURL(/country=THA/);
	});

	test('/?year=2017&measure=stock draws Myanmar to Thailand from the 3 million figure, and lists the domestic workers as a part', async ({
		page
	}) => {
		await openMap(page, '?year=2017&measure=stock');
		const line = page.locator('.flow[data-corridor="MMR-THA"]');
		await expect(line).toHaveAttribute('aria-label', /^Myanmar to Thailand, 2017: 3 million migrants, /);
		await line.locator('.line').hover({ force: true });
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip.locator('.value')).toHaveText('3 million');
		await expect(tooltip).toContainText('up to 28,000 (2017), undocumented domestic workers only');
	});

	test('a view with figures but no total lists the corridor and why, and one click draws the latest earlier figure', async ({
		page
	}) => {
		await openMap(page, '?year=2019&measure=stock');
		const undrawn = page.getByTestId('undrawn');
		await expect(undrawn.locator('[data-corridor="MMR-THA"]')).toHaveText(
			'Myanmar to Thailand: no total in 2019; latest 3 million, 2017.'
		);
		await expect(undrawn.locator('[data-corridor="LAO-THA"]')).toContainText('undocumented workers only');
		await expect(page.locator('.flow[data-corridor="MMR-THA"]')).toHaveCount(0);
		await undrawn.getByRole('button', { name: 'Show the latest earlier figures' }).click();
		// Drawn dashed, from 2017 (its year tag shows where there is room; its name always says it).
		await expect(page.locator('.flow[data-corridor="MMR-THA"].carried')).toHaveAttribute(
			'aria-label',
			/latest figure, from 2017/
		);
		await expect(page).toHaveURL(/earlier=1/);
	});

	test('every year and measure draws exactly the lines of /data/lines.json (the client applies the same rule)', async ({
		page
	}) => {
		const lines = JSON.parse(fs.readFileSync('build/data/lines.json', 'utf8')) as {
			corridor: string;
			year: number;
			measure: string;
			figure_id: string;
		}[];
		const views = [...new Set(lines.map((l) => `${l.year}|${l.measure}`))];
		expect(views.length).toBeGreaterThan(5);
		for (const view of views) {
			const [year, measure] = view.split('|');
			await page.goto(`/?year=${year}&measure=${measure}`);
			await expect(page.locator('html[data-started]')).toBeAttached();
			await expect(page.locator('output.year')).toHaveText(year!);
			const rows = page.getByTestId('flow-table').locator('tr[data-corridor]');
			const expected = lines
				.filter((l) => `${l.year}|${l.measure}` === view)
				.map((l) => `${l.corridor}=${l.figure_id}`)
				.sort();
			await expect
				.poll(
					async () =>
						(
							await rows.evaluateAll((trs) =>
								trs.map((tr) => `${tr.getAttribute('data-corridor')}=${tr.getAttribute('data-figure')}`)
							)
						).sort(),
					view
				)
				.toEqual(expected);
		}
		// And the data file agrees with the data: every line's figure is one the rule allows.
		for (const l of lines)
			expect(
				drawable.map((f) => f.id),
				l.figure_id
			).toContain(l.figure_id);
		expect(figures.length).toBeGreaterThan(lines.length);
	});

	test('bad URL parameters fall back to the default view', async ({ page }) => {
		await openMap(page, '?year=1850&measure=nonsense&corridor=AAA-BBB');
		const defaultYear = await page.locator('output.year').textContent();
		expect(years).toContain(Number(defaultYear));
		await expect(page.locator('.flow')).toHaveCount(linesForYear(Number(defaultYear)));
		await expect(page.locator('aside h1')).toBeVisible();
	});
});
