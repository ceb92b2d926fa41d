/**
 * Reading the map (issue #15): where the keyboard's focus is and where it goes, a legend within the
 * lines drawn, tooltips that fit, and panels that open where a phone's reader can see them.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { countryName } from './data';
import { openMap } from './mapHelpers';

/** Tabs until `target` has the focus (the keyboard's way there, so :focus-visible applies). */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 60; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

/**
 * A point of a line's stroke on screen that a tap reaches, from its middle out: not under a label, and
 * with no other line within a fingertip of it (a browser moves a tap to the likeliest target nearby).
 */
const pointOn = (line: Locator) =>
	line.evaluate((path: SVGPathElement) => {
		const m = path.getScreenCTM()!;
		const flow = path.closest('.flow');
		const clear = (x: number, y: number) =>
			[-12, 0, 12].every((dx) =>
				[-12, 0, 12].every((dy) => {
					const other = document.elementFromPoint(x + dx, y + dy)?.closest('.flow');
					return dx || dy ? !other || other === flow : other === flow;
				})
			);
		for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
			const p = path.getPointAtLength(path.getTotalLength() * t);
			const at = { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
			if (clear(at.x, at.y)) return at;
		}
		return null;
	});

/** The first line with a point a tap reaches, scrolled into view: its corridor and that point. */
async function tappableLine(page: Page) {
	const flows = page.locator('.flow');
	for (let i = 0; i < (await flows.count()); i++) {
		const line = flows.nth(i).locator('.line');
		await line.scrollIntoViewIfNeeded();
		const at = await pointOn(line);
		if (at) return { key: (await flows.nth(i).getAttribute('data-corridor'))!, at };
	}
	throw new Error('no line can be tapped');
}

type Box = { x: number; y: number; width: number; height: number };
/** Whether `inner` lies wholly inside `outer` (to a pixel's rounding). */
const within = (inner: Box, outer: Box) =>
	inner.x >= outer.x - 1 &&
	inner.y >= outer.y - 1 &&
	inner.x + inner.width <= outer.x + outer.width + 1 &&
	inner.y + inner.height <= outer.y + outer.height + 1;

test.describe('the keyboard on the map', () => {
	test('a focused line and a focused country show a focus ring, and only while focused', async ({ page }) => {
		await openMap(page, '?year=2019');
		const line = page.locator('.flow').first();
		await tabTo(page, line);
		const ring = line.locator('.ring');
		await expect(ring).toBeVisible();
		await expect(ring).toHaveCSS('stroke', 'rgb(194, 65, 12)');
		const thailand = page.getByRole('button', { name: 'Thailand: show country panel' });
		await tabTo(page, thailand);
		await expect(thailand.locator('.ring')).toBeVisible();
		await expect(ring).toBeHidden();
	});

	test('Enter on a line moves the focus to its panel heading; Escape closes it and gives the focus back to the line', async ({
		page
	}) => {
		await openMap(page, '?year=2019');
		const line = page.locator('.flow').first();
		const key = (await line.getAttribute('data-corridor'))!;
		const [o, d] = key.split('-') as [string, string];
		await tabTo(page, line);
		await page.keyboard.press('Enter');
		const heading = page
			.locator('aside')
			.getByRole('heading', { name: `${countryName(o)} to ${countryName(d)}`, level: 2 });
		await expect(heading).toBeFocused();
		// The panel links to the corridor's own page.
		await expect(
			page.locator('aside').getByRole('link', { name: 'All figures on the corridor page' })
		).toHaveAttribute('href', new RegExp(`/corridor/${key}$`));
		await page.keyboard.press('Escape');
		await expect(heading).toHaveCount(0);
		await expect(line).toBeFocused();
		await expect(page).not.toHaveURL(/corridor=/);
	});

	test('Enter on a country moves the focus to its panel; its Close button gives the focus back to the country', async ({
		page
	}) => {
		await openMap(page, '?year=2019');
		const thailand = page.getByRole('button', { name: 'Thailand: show country panel' });
		await tabTo(page, thailand);
		await page.keyboard.press('Enter');
		const heading = page.locator('aside').getByRole('heading', { name: 'Thailand', level: 2 });
		await expect(heading).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Full profile of Thailand' })).toBeFocused();
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('button', { name: 'Close panel' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(heading).toHaveCount(0);
		await expect(thailand).toBeFocused();
	});
});

test.describe('the legend', () => {
	test('every view shows reference widths no larger than its largest line, and says how thin a line can be', async ({
		page
	}) => {
		const lines = JSON.parse(fs.readFileSync('build/data/lines.json', 'utf8')) as {
			year: number;
			measure: string;
			value: number;
		}[];
		const views = [...new Set(lines.map((l) => `${l.year}|${l.measure}`))];
		for (const view of views) {
			const [year, measure] = view.split('|') as [string, string];
			const largest = Math.max(...lines.filter((l) => `${l.year}|${l.measure}` === view).map((l) => l.value));
			await page.goto(`/?year=${year}&measure=${measure}`);
			await expect(page.locator('html[data-started]')).toBeAttached();
			const legend = page.getByRole('region', { name: 'Legend' });
			// "500,000" or "2 million", as the legend writes them.
			const shown = (await legend.locator('.widths svg text').allTextContents()).map((t) =>
				t.endsWith(' million') ? Number(t.replace(' million', '')) * 1e6 : Number(t.replace(/,/g, ''))
			);
			expect(shown.length, view).toBeGreaterThan(0);
			for (const value of shown)
				expect(value, `${view}: ${shown.join(' ')} vs ${largest}`).toBeLessThanOrEqual(largest);
		}
		await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
			'Lines are at least 2 px wide, so small corridors stay visible.'
		);
	});
});

test.describe('tooltips', () => {
	test('every line’s tooltip lies within the map and the window, quote and all', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 640 });
		// The default view: the year with the most lines.
		await openMap(page);
		const flows = page.locator('.flow');
		const map = page.locator('.map-box');
		const count = await flows.count();
		expect(count).toBeGreaterThan(3);
		for (let i = 0; i < count; i++) {
			await tabTo(page, flows.nth(i));
			const tooltip = page.getByRole('tooltip');
			await expect(tooltip).toBeVisible();
			const [t, m] = [(await tooltip.boundingBox())!, (await map.boundingBox())!];
			const win = { x: 0, y: 0, ...page.viewportSize()! };
			expect(within(t, m), `tooltip ${JSON.stringify(t)} in the map ${JSON.stringify(m)}`).toBe(true);
			expect(within(t, win), `tooltip ${JSON.stringify(t)} in the window`).toBe(true);
			// All of the quote can be read: shown, or scrolled to inside the tooltip.
			await expect(tooltip.locator('blockquote')).toBeAttached();
		}
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

	test('on a first visit, the legend and the downloads below the map start once the reader reaches them, and answer the first tap', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('html[data-started]')).toBeAttached();
		// A part's box is marked once it has started (DeferredBox).
		const partBox = (part: string) => page.locator(`.deferred-part:has(> ${part})`);
		await expect(partBox('.controls')).toHaveAttribute('data-started', '');
		await expect(partBox('.legend')).not.toHaveAttribute('data-started');
		await expect(partBox('.downloads')).not.toHaveAttribute('data-started');

		await page.getByText('Download this view').tap();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Figures (CSV)' }).tap()
		]);
		expect(download.suggestedFilename()).toMatch(/^mekong-corridors-\d{4}-[a-z_]+\.csv$/);
		await page.getByRole('region', { name: 'Legend' }).scrollIntoViewIfNeeded();
		await expect(partBox('.legend')).toHaveAttribute('data-started', '');
	});

	test('below the map, the legend and the table show the linked view, and the legend and the downloads answer the first tap', async ({
		page
	}) => {
		// On a phone the legend, the table and the downloads start only once the reader reaches them or
		// the view changes (CorridorMap): opened from a link, they show the link's view, not the default.
		await page.goto('/?year=2019&measure=stock');
		await expect(page.locator('html[data-started]')).toBeAttached();
		const legend = page.getByRole('region', { name: 'Legend' });
		await expect(legend.locator('.measure')).toContainText('Migrants living or working there (stock), 2019');
		const table = page.getByTestId('flow-table');
		await expect(table.locator('caption')).toHaveText(
			'Corridor lines drawn: Migrants living or working there (stock), 2019'
		);
		const drawn = await page.locator('.flow').count();
		expect(drawn).toBeGreaterThan(0);
		await expect(table.locator('tbody tr')).toHaveCount(drawn);

		await legend.getByRole('button', { name: 'Show the latest earlier figures' }).tap();
		await expect(legend).toContainText('Dashed: latest figure before 2019, labelled with its year');
		await expect(page.getByRole('checkbox', { name: 'Show latest earlier figure' })).toBeChecked();

		await page.getByText('Download this view').tap();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Figures (CSV)' }).tap()
		]);
		expect(download.suggestedFilename()).toMatch(/^mekong-corridors-2019-stock/);
	});

	for (const width of [320, 390, 430]) {
		test(`at ${width} px, tapping a line opens its panel on screen, the tooltip fits and a tap elsewhere closes it`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await openMap(page, '?year=2017&measure=stock');
			const { key, at } = await tappableLine(page);
			const [o, d] = key.split('-') as [string, string];
			await page.touchscreen.tap(at.x, at.y);
			const panel = page.locator('aside');
			const heading = panel.getByRole('heading', {
				name: `${countryName(o)} to ${countryName(d)}`,
				level: 2
			});
			await expect(heading).toBeInViewport();
			await expect(panel.getByRole('button', { name: 'Close panel' })).toBeInViewport();
			const sheet = (await panel.boundingBox())!;
			expect(sheet.height).toBeLessThanOrEqual(800 * 0.6 + 1);
			expect(sheet.x).toBeGreaterThanOrEqual(0);
			expect(sheet.x + sheet.width).toBeLessThanOrEqual(width + 1);

			const tooltip = page.getByRole('tooltip');
			await expect(tooltip).toBeVisible();
			const t = (await tooltip.boundingBox())!;
			expect(within(t, { x: 0, y: 0, width, height: 800 }), JSON.stringify(t)).toBe(true);
			await page.locator('#year-label').tap();
			await expect(tooltip).toHaveCount(0);

			await panel.getByRole('button', { name: 'Close panel' }).tap();
			await expect(heading).toHaveCount(0);
		});
	}
});
