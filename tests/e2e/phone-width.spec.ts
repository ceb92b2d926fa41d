/**
 * No page scrolls sideways on a phone: one page of every route type, at the narrowest phone width in use
 * (320 px) and a common one (390 px), in English and in the two scripts with the longest unbroken words
 * (Khmer and Burmese write without spaces between words).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const pages: [name: string, path: string, status?: number][] = [
	['home map', '/?year=2019'],
	['map with a corridor selected', '/?year=2019&corridor=KHM-THA'],
	['country profile', '/country/THA'],
	['corridor page', '/corridor/KHM-THA'],
	['sources', '/sources'],
	['a source', '/sources/ar2019'],
	['measures', '/measures'],
	['presentations', '/present'],
	['a presentation', '/present/into-thailand'],
	['speaker notes', '/present/into-thailand/notes'],
	['map embed', '/embed/map?year=2019'],
	['country embed', '/embed/country/KHM'],
	['country card embed', '/embed/card/KHM'],
	['not found', '/country/khm', 404],
	['Khmer home', '/km/?year=2019'],
	['Burmese home', '/my/?year=2019']
];

/**
 * How far the page and its body reach past the window, and the controls that do: a control cut off at
 * the edge (a select whose label is clipped) does not make the page scroll, but is as bad. Controls in a
 * box that scrolls sideways on purpose (a wide table's wrapper) can be scrolled to, so they are left out.
 */
const overflow = (page: Page) =>
	page.evaluate(() => {
		const { scrollWidth, clientWidth } = document.documentElement;
		const right = clientWidth + 0.5;
		const inScroller = (el: Element) => {
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
				if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
			return false;
		};
		const controls = [...document.querySelectorAll('select, input, button, textarea, summary')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				// Controls hidden or closed inside a <details> have no box: nothing for a reader to reach.
				// A visually hidden part (the map's table of lines) is shown when the keyboard enters it.
				return box.width > 0 && box.right > right && !inScroller(el) && !el.closest('.visually-hidden');
			})
			.map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
		return {
			html: scrollWidth - clientWidth,
			body: document.body.scrollWidth - clientWidth,
			controls
		};
	});

// The browser logs the 404 of the not-found page itself as a console error: that is what it asks for.
test.afterEach(({ guard }) => {
	const others = guard.problems.filter((p) => !p.includes('status of 404'));
	guard.problems.splice(0, guard.problems.length, ...others);
});

for (const width of [320, 390]) {
	for (const [name, path, status = 200] of pages) {
		test(`${name} (${path}) does not scroll sideways at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 740 });
			const response = await page.goto(path);
			expect(response?.status()).toBe(status);
			// The not-found page works without the app's scripts; every other page waits for them.
			if (status === 200) await expect(page.locator('html[data-started]')).toBeAttached({ timeout: 30_000 });
			if (await page.locator('.map-box').count())
				await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
			await page.evaluate(() => document.fonts.ready);
			const o = await overflow(page);
			expect(o.html, 'document.documentElement.scrollWidth - clientWidth').toBeLessThanOrEqual(0);
			expect(o.body, 'document.body.scrollWidth - clientWidth').toBeLessThanOrEqual(0);
			expect(o.controls, 'controls that reach past the right edge').toEqual([]);
		});
	}
}

/**
 * The chosen option of each select that is not shown whole: a select never wraps, it cuts the text off.
 * A transparent select lying over a box that draws its choice ([data-shows-choice]) shows that box: its
 * text must be the option's, all of it inside the box and the window, and a tap on it must reach the select.
 */
const clippedSelects = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('select')].flatMap((select) => {
			const text = select.selectedOptions[0]?.text ?? '';
			if (getComputedStyle(select).opacity === '0') {
				const face = select.parentElement?.querySelector<HTMLElement>('[data-shows-choice]');
				if (!face) return [text];
				const box = face.getBoundingClientRect();
				const tapped = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
				const whole =
					face.textContent?.trim() === text &&
					box.width > 0 &&
					face.scrollWidth <= face.clientWidth &&
					face.scrollHeight <= face.clientHeight &&
					box.right <= document.documentElement.clientWidth &&
					tapped === select;
				return whole ? [] : [text];
			}
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = getComputedStyle(select).font;
			// The drop-down arrow takes about 24 px of the box.
			return ctx.measureText(text).width + 24 > select.clientWidth ? [text] : [];
		})
	);

test('every measure name shows whole in the map’s select at 320 px in Burmese', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 740 });
	await page.goto('/my/?year=2019');
	await expect(page.locator('html[data-started]')).toBeAttached({ timeout: 30_000 });
	await page.evaluate(() => document.fonts.ready);
	const select = page.locator('.measure-control select');
	const options = await select
		.locator('option')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	expect(options.length, 'measures offered in 2019').toBeGreaterThan(1);
	for (const value of options) {
		await select.selectOption(value);
		await expect(select).toHaveValue(value);
		expect(await clippedSelects(page), `measure ${value}`).toEqual([]);
	}
	await page.locator('.measure-control').screenshot({ path: test.info().outputPath('measure-my-320.png') });
});

test('the map embed’s measure select shows its whole label at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 740 });
	await page.goto('/embed/map?year=2019');
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await expect(page.getByLabel('Line width shows')).toHaveValue('registered_workers');
	expect(await clippedSelects(page)).toEqual([]);
});

for (const [path, width] of [
	['/', 320],
	['/', 390],
	['/', 1024],
	['/km/country/KHM', 390]
] as const)
	test(`at ${width} px, the language menu of ${path} opens whole inside the window`, async ({ page }) => {
		await page.setViewportSize({ width, height: 740 });
		await page.goto(path);
		await expect(page.locator('html[data-started]')).toBeAttached({ timeout: 30_000 });
		await page.locator('.site-header .languages summary').click();
		const menu = page.locator('.site-header .languages ul');
		await expect(menu.getByRole('link')).toHaveCount(7);
		const box = (await menu.boundingBox())!;
		expect(box.x, 'left edge').toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, 'right edge').toBeLessThanOrEqual(width);
	});
