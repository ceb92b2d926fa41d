/**
 * The map's controls beyond the basics of map.spec.ts: Play through the years, the camera under reduced
 * motion, and the country panel when its profile cannot be loaded. Selectors are roles and names (what a
 * reader sees), not classes, so the tests hold while the map's components are rearranged.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { drawable, years } from './data';
import { openMap } from './mapHelpers';

const PLAY = 'Play through the years';
const PAUSE = 'Pause';

const yearGroup = (page: Page) => page.getByRole('group', { name: 'Year' });
const yearShown = (page: Page) => yearGroup(page).locator('output');

/** Records, in the page, each year the output shows and when, from now on. */
async function watchYears(page: Page) {
	await yearShown(page).evaluate((output) => {
		const seen: [number, string][] = [[performance.now(), output.textContent!.trim()]];
		(window as unknown as { yearsSeen: typeof seen }).yearsSeen = seen;
		new MutationObserver(() => {
			const text = output.textContent!.trim();
			if (text !== seen[seen.length - 1]![1]) seen.push([performance.now(), text]);
		}).observe(output, { childList: true, characterData: true, subtree: true });
	});
	return async () =>
		(await page.evaluate(() => (window as unknown as { yearsSeen: [number, string][] }).yearsSeen)).map(
			([at, year]) => ({ at, year: Number(year) })
		);
}

/** The years with at least one line of a measure: the years Play visits with it chosen. */
const yearsOf = (measure: string) =>
	years.filter((y) => drawable.some((f) => f.year === y && f.measure === measure));
const measures = [...new Set(drawable.map((f) => f.measure))];
/** A measure with lines in three years or more, but not in every year: Play must leave some years out. */
const partial = measures.find((m) => yearsOf(m).length >= 3 && yearsOf(m).length < years.length)!;
const measureSelect = (page: Page) => page.getByRole('combobox', { name: 'Line width shows' });

test.describe('Play', () => {
	test('Play steps through the years of the chosen measure one at a time, keeps the measure, the URL follows, and Pause stops it', async ({
		page
	}) => {
		expect(partial, 'a measure with lines in some years but not all').toBeTruthy();
		const [first, second, third] = yearsOf(partial) as [number, number, number];
		await openMap(page, `?year=${first}&measure=${partial}`);
		await expect(yearShown(page)).toHaveText(String(first));
		const seen = await watchYears(page);

		await page.getByRole('button', { name: PLAY }).click();
		const pause = page.getByRole('button', { name: PAUSE });
		await expect(pause).toHaveAttribute('aria-pressed', 'true');
		await expect(yearShown(page)).toHaveText(String(second));
		await expect(page).not.toHaveURL(new RegExp(`year=${first}`));
		await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
			'aria-valuetext',
			String(second)
		);
		await expect(measureSelect(page)).toHaveValue(partial);
		await expect(yearShown(page)).toHaveText(String(third));
		await expect(page).toHaveURL(new RegExp(`year=${third}`));

		await pause.click();
		const play = page.getByRole('button', { name: PLAY });
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		// Paused: well past the time of another step, the year and the URL stay where they were.
		await page.waitForTimeout(2_000);
		await expect(yearShown(page)).toHaveText(String(third));
		await expect(page).toHaveURL(new RegExp(`year=${third}`));
		await expect(measureSelect(page)).toHaveValue(partial);

		const steps = await seen();
		expect(steps.map((s) => s.year)).toEqual([first, second, third]);
		// A reader has time to read each year: Play never moves on within a second.
		expect(steps[2]!.at - steps[1]!.at).toBeGreaterThan(1_000);
	});

	test('Play at the last year of the measure starts over from its first, visits only its years, says which, and stops by itself', async ({
		page
	}) => {
		const own = yearsOf(partial);
		const [first, last] = [own[0]!, own[own.length - 1]!];
		await openMap(page, `?year=${last}&measure=${partial}`);
		await expect(yearShown(page)).toHaveText(String(last));
		// The years left out are not left out silently.
		const listed = own.length === 2 ? `${first} and ${last}` : `${own.slice(0, -1).join(', ')}, and ${last}`;
		await expect(yearGroup(page)).toContainText(
			`Play shows only the years with lines of this measure: ${listed}.`
		);
		const seen = await watchYears(page);

		await page.getByRole('button', { name: PLAY }).click();
		await expect(yearShown(page)).toHaveText(String(first));
		await expect(yearShown(page)).toHaveText(String(last), { timeout: 4_000 * own.length });
		await expect(page.getByRole('button', { name: PLAY })).toHaveAttribute('aria-pressed', 'false', {
			timeout: 5_000
		});
		// Stopped at the measure's last year: never on to a later year of another measure.
		await page.waitForTimeout(2_000);
		expect((await seen()).map((s) => s.year)).toEqual([last, ...own]);
		await expect(measureSelect(page)).toHaveValue(partial);
	});

	test('Play and Pause keep the button the same size, so neither the controls nor the map move', async ({
		page
	}) => {
		const own = yearsOf(partial);
		await openMap(page, `?year=${own[0]}&measure=${partial}`);
		const map = page.locator('.map-box');
		const play = page.getByRole('button', { name: PLAY });
		const [buttonBefore, mapBefore] = [await play.boundingBox(), await map.boundingBox()];
		await play.click();
		const pause = page.getByRole('button', { name: PAUSE });
		await expect(pause).toHaveAttribute('aria-pressed', 'true');
		expect(await pause.boundingBox()).toEqual(buttonBefore);
		expect(await map.boundingBox()).toEqual(mapBefore);
		await pause.click();
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		expect(await play.boundingBox()).toEqual(buttonBefore);
	});
});

/**
 * Where an element is drawn in every animation frame for `ms` after `action`, as distinct positions.
 * A camera that animates passes through many; one that jumps shows at most where it was and where it went.
 */
async function positionsDuring(target: Locator, action: () => Promise<void>, ms = 2_000) {
	const sampling = target.evaluate(
		(el, ms) =>
			new Promise<string[]>((resolve) => {
				const seen: string[] = [];
				const start = performance.now();
				const frame = () => {
					const r = el.getBoundingClientRect();
					const at = `${Math.round(r.x)},${Math.round(r.y)}`;
					if (seen[seen.length - 1] !== at) seen.push(at);
					if (performance.now() - start < ms) requestAnimationFrame(frame);
					else resolve(seen);
				};
				frame();
			}),
		ms
	);
	await action();
	return sampling;
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('with reduced motion the map jumps to a new view instead of flying there (and flies without it)', async ({
		page
	}) => {
		// KNOWN BUG, reported, not fixed here (app code): with reduced motion, MapView's view-request effect
		// calls map.fitBounds with duration 0, whose 'move' fires at once, inside the effect; onmove's
		// version++ then reads and writes state the effect now tracks, and Svelte throws
		// effect_update_depth_exceeded: the first view button breaks the map. Remove this line once fixed.
		// The camera only animates in MapLibre (the SVG map always jumps), so this test starts WebGL.
		await openMap(page, '', { gl: true });
		const thailand = page.getByRole('button', { name: 'Thailand: show country panel' });
		await expect(thailand).toBeVisible();
		const fitAll = page.getByRole('button', { name: 'Fit all corridors' });
		const reset = page.getByRole('button', { name: 'Back to the Mekong' });

		const jumped = await positionsDuring(thailand, () => fitAll.click());
		expect(jumped.length, `positions: ${jumped.join(' ')}`).toBe(2);
		const back = await positionsDuring(thailand, () => reset.click());
		expect(back.length, `positions: ${back.join(' ')}`).toBe(2);

		// The same measurement sees the flight when motion is allowed: the test can tell the two apart.
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		const flown = await positionsDuring(thailand, () => fitAll.click());
		expect(flown.length, `positions: ${flown.join(' ')}`).toBeGreaterThan(2);
		expect(flown[flown.length - 1]).toBe(jumped[1]);
	});
});

test.describe('the country panel', () => {
	test("when a country's details fail to load, the panel says so and links to the full profile", async ({
		page,
		guard
	}) => {
		let asked = 0;
		await page.route('**/country/THA.json', (route) => {
			asked += 1;
			return route.fulfill({ status: 500, contentType: 'text/plain', body: 'test: server error' });
		});
		await openMap(page);
		await page.getByRole('button', { name: 'Thailand: show country panel' }).click();
		const panel = page.getByRole('region', { name: 'Thailand' });
		await expect(panel.getByRole('heading', { name: 'Thailand', level: 2 })).toBeVisible();
		await expect(panel.getByRole('status')).toHaveText(
			'The country details could not be loaded. The full profile page has them.'
		);
		expect(asked).toBe(1);

		// The browser reports the failed request as a console error: that one was expected, nothing else.
		const expected = (p: string) => /^console error: Failed to load resource: .*\b500\b/.test(p);
		await expect.poll(() => guard.problems.filter(expected).length).toBe(1);
		guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !expected(p)));

		const link = panel.getByRole('link', { name: 'Full profile of Thailand' });
		await link.click();
		await expect(page).toHaveURL(/\/country\/THA$/);
		await expect(page.getByRole('heading', { name: 'Thailand', level: 1 })).toBeVisible();
	});
});
