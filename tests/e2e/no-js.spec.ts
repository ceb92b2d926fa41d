/**
 * The home page with JavaScript off (issue #15): a reader behind a locked-down browser, or on a connection
 * that never delivers the scripts, sees the default view's map (country shapes and one line per corridor)
 * and the table of those lines, each figure with its source, instead of a "map is loading" that never ends.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { figures, linesForYear } from './data';

test.use({ javaScriptEnabled: false });

const pages: [path: string, locale: string][] = [
	['/', 'en'],
	['/km/', 'km']
];

const message = (locale: string, key: string): string =>
	JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'))[key];

/** The flow lines a reader can see (the map may hold a drawing for another shape of box, hidden). */
const visibleFlows = (page: Page) => page.locator('.map-box .flow').filter({ visible: true });

/** Whether an element is drawn with a size, inside the map's box. */
async function drawnInside(el: Locator, box: { x: number; y: number; width: number; height: number }) {
	const b = await el.boundingBox();
	return (
		!!b &&
		b.width + b.height > 2 &&
		b.x < box.x + box.width &&
		b.x + b.width > box.x &&
		b.y < box.y + box.height &&
		b.y + b.height > box.y
	);
}

for (const [path, locale] of pages) {
	test.describe(`${path} without JavaScript`, () => {
		test('draws the default view: country shapes and one line per corridor, no "loading"', async ({
			page
		}) => {
			await page.goto(path);
			await expect(page.getByText(message(locale, 'map_loading'))).toBeHidden();
			const year = Number(await page.locator('output.year').textContent());
			expect(year).toBeGreaterThan(2000);
			const n = linesForYear(year);
			expect(n).toBeGreaterThan(0);

			const box = (await page.locator('.map-box').boundingBox())!;
			expect(box.height).toBeGreaterThan(200);
			const shapes = page.locator('.map-box path.country').filter({ visible: true });
			expect(await shapes.count()).toBeGreaterThan(10);
			await expect(visibleFlows(page)).toHaveCount(n);
			for (const flow of await visibleFlows(page).all()) {
				const key = String(await flow.getAttribute('data-corridor'));
				expect(await drawnInside(flow.locator('.line'), box), key).toBe(true);
			}
			// The lines drawn are the rows of the table.
			const drawn = await visibleFlows(page).evaluateAll((els) =>
				els.map((e) => e.getAttribute('data-corridor'))
			);
			const listed = await page
				.getByTestId('flow-table')
				.locator('tr[data-corridor]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-corridor')));
			expect(drawn.sort()).toEqual(listed.sort());
		});

		test('lists every line with its figure and its source citation, visibly', async ({ page }) => {
			await page.goto(path);
			const year = Number(await page.locator('output.year').textContent());
			const table = page.getByTestId('flow-table');
			await expect(table).toBeVisible();
			// Shown, not the screen readers' one-pixel box.
			expect((await table.boundingBox())!.width).toBeGreaterThan(250);
			const rows = table.locator('tbody tr[data-corridor]');
			await expect(rows).toHaveCount(linesForYear(year));
			for (const row of await rows.all()) {
				const id = await row.getAttribute('data-figure');
				const figure = figures.find((f) => f.id === id)!;
				expect(figure, 'the row names a figure of the dataset').toBeTruthy();
				const cells = row.locator('td');
				// The figure, as the map's line for that corridor names it.
				await expect(cells.nth(0)).toBeVisible();
				const value = (await cells.nth(0).innerText()).trim();
				expect(value).toMatch(/\p{N}/u);
				const key = String(await row.getAttribute('data-corridor'));
				const line = visibleFlows(page).and(page.locator(`[data-corridor="${key}"]`));
				expect(await line.getAttribute('aria-label')).toContain(value);
				// Its citation as everywhere on the site: the source and line, the verbatim quote, the document.
				const citation = figure.citations[0]!;
				const cite = row.locator('.citation');
				await expect(cite.locator('summary')).toBeVisible();
				await expect(cite.locator('summary')).toContainText(String(citation.line));
				await expect(cite.locator('blockquote')).toContainText(
					citation.quote.replace(/\s+/g, ' ').slice(0, 40)
				);
				await expect(cite.locator('a.doc')).toHaveAttribute(
					'href',
					new RegExp(`sources/${citation.source}$`)
				);
			}
		});
	});
}

test('screenshots without JavaScript, wide and phone', async ({ page }) => {
	for (const [width, height, shape] of [
		[1280, 800, 'wide'],
		[360, 740, 'narrow'],
		// A tablet held upright: the window is taller than wide, the map's box is not.
		[820, 1180, 'wide'],
		[600, 960, 'narrow']
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await expect(visibleFlows(page).first()).toBeVisible();
		// The drawing made for the box's shape, and only that one: a wide box's, a phone's upright one.
		const shown = page.locator('.prerendered-map').filter({ visible: true });
		await expect(shown).toHaveCount(1);
		await expect(shown).toHaveClass(new RegExp(`\\b${shape}\\b`));
		const box = (await page.locator('.map-frame').boundingBox())!;
		expect(box.width > box.height, `${width}: the box is ${shape}`).toBe(shape === 'wide');
		await page.screenshot({ path: `/tmp/nojs-${width}x${height}.png` });
		await page.screenshot({ path: `/tmp/nojs-${width}x${height}-full.png`, fullPage: true });
		// Nothing pushes the page sideways on a phone, the table included.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	}
});
