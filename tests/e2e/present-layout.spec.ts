/**
 * Slides as a projector shows them (issue #15): at 1366×768 and 1920×1080, every step of every deck
 * keeps its boxes apart (caption card, key, step controls, the map's credit), names the places it is
 * about inside the map and clear of those boxes, shows the key with its line widths, and has no zoom
 * buttons. English for every deck, and one deck in Khmer, whose words and labels are longer.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { drawable } from './data';

interface Step {
	heading: string;
	year: number;
	measure: string;
	frame: { bounds: unknown } | { country: string } | { corridor: string };
	highlight: { corridors: string[]; countries: string[] };
	translations?: Record<string, { heading?: string }>;
}
interface Deck {
	id: string;
	steps: Step[];
}
const decks = fs
	.readdirSync('data/presentations')
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(fs.readFileSync(`data/presentations/${f}`, 'utf8')) as Deck);
const messages = (lang: string) =>
	JSON.parse(fs.readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, unknown>;

const SIZES = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
];
/** Every deck in English; one in Khmer (longer words, another script's labels). */
const RUNS = [
	...decks.map((d) => ({ deck: d, lang: 'en' })),
	{ deck: decks.find((d) => d.id === 'beyond-the-mekong') ?? decks[0]!, lang: 'km' }
];

/** The places a step is about: its frame's, its highlighted countries, both ends of its highlighted corridors. */
function stepPlaces(step: Step): string[] {
	const f = step.frame;
	return [
		...new Set([
			...('country' in f ? [f.country] : []),
			...('corridor' in f ? f.corridor.split('-') : []),
			...step.highlight.countries,
			...step.highlight.corridors.flatMap((k) => k.split('-'))
		])
	];
}

/** Words of each measure's name, as the English key writes it. */
const MEASURE_WORDS: Record<string, RegExp> = {
	stock: /stock/,
	registered_workers: /Registered/,
	nationality_verification: /Nationality verification/,
	quota_target: /Quota/
};

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) =>
	a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
const show = (b: Box) =>
	`${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;

/** The boxes of every country name on the map (the text itself: a dot left unnamed does not count). */
const labelBoxes = (page: Page) =>
	page.locator('.country-label').evaluateAll((els) =>
		Object.fromEntries(
			els.flatMap((el) => {
				const r = el.querySelector('text')?.getBoundingClientRect();
				return r
					? [[el.getAttribute('data-country')!, { x: r.x, y: r.y, width: r.width, height: r.height }]]
					: [];
			})
		)
	);

/**
 * The labels once the camera has stopped: the same boxes in three reads in a row, a frame or two
 * apart (the map and its labels move together, so still labels mean a still camera).
 */
async function settledLabels(page: Page): Promise<Record<string, Box>> {
	let last = '';
	let same = 0;
	await expect
		.poll(
			async () => {
				const now = JSON.stringify(await labelBoxes(page));
				same = now === last ? same + 1 : 0;
				last = now;
				return same;
			},
			{ intervals: [50], timeout: 20_000, message: 'the map kept moving' }
		)
		.toBeGreaterThanOrEqual(2);
	return JSON.parse(last) as Record<string, Box>;
}

/** The visible boxes a locator matches, by name. */
async function visibleBoxes(locator: Locator, name: string): Promise<Record<string, Box>> {
	const out: Record<string, Box> = {};
	for (const [i, el] of (await locator.all()).entries()) {
		if (!(await el.isVisible())) continue;
		const b = await el.boundingBox();
		if (b && b.width > 0 && b.height > 0) out[`${name}${i ? ` ${i + 1}` : ''}`] = b;
	}
	return out;
}

test.describe('slides as a projector shows them', () => {
	// Camera moves are instant, so each step can be measured as soon as the map has stopped.
	test.use({ reducedMotion: 'reduce' });

	for (const size of SIZES)
		for (const { deck, lang } of RUNS)
			test(`${lang} ${deck.id} at ${size.width}x${size.height}: nothing overlaps, each step's places are named inside the map and clear of the card, the key shows line widths, no zoom buttons`, async ({
				page
			}) => {
				test.setTimeout(120_000);
				const listTitle = messages(lang)['present_list_title'] as string;
				await page.setViewportSize(size);
				await page.goto(`${lang === 'en' ? '' : `/${lang}`}/present/${deck.id}`);
				await expect(page.locator('.map-box')).toHaveAttribute('data-map-mode', 'gl', { timeout: 45_000 });
				await expect(page.locator('html[data-started]')).toBeAttached();
				const map = (await page.locator('.map-box').boundingBox())!;

				for (let n = 1; n <= deck.steps.length; n++) {
					const step = deck.steps[n - 1]!;
					const at = `${lang} ${deck.id} step ${n} at ${size.width}x${size.height}`;
					if (n > 1) await page.keyboard.press('ArrowRight');
					await expect(page.locator('.presenter')).toHaveAttribute('data-step', String(n));
					const heading = step.translations?.[lang]?.heading ?? step.heading;
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
					const labels = await settledLabels(page);

					// The map moves with the deck's camera only: no zoom buttons.
					await expect(page.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out')).toHaveCount(0);
					await expect(page.getByRole('button', { name: /zoom/i })).toHaveCount(0);

					// The key is there, with the widths the lines are drawn at whenever a line is drawn.
					const legend = page.locator('.slide-legend');
					await expect(legend, `${at}: the key`).toBeVisible();
					if (await page.locator('.flow[data-corridor]').count())
						await expect(legend.locator('.widths [data-value]').first(), `${at}: line widths`).toBeVisible();

					// The caption card, the key, each control and the map's credit keep apart, all on screen.
					const boxes: Record<string, Box> = {
						card: (await page.locator('.card').boundingBox())!,
						key: (await legend.boundingBox())!,
						...(await visibleBoxes(page.locator('nav.steps').locator('button, progress, a'), 'control')),
						...(await visibleBoxes(page.locator('.maplibregl-ctrl-attrib'), 'credit')),
						...(await visibleBoxes(
							page.locator('.maplibregl-ctrl button, .maplibregl-ctrl a'),
							'map control'
						))
					};
					expect(
						Object.keys(boxes).some((k) => k.startsWith('credit')),
						`${at}: the credit`
					).toBe(true);
					const names = Object.keys(boxes);
					for (const [i, a] of names.entries()) {
						expect(inside(boxes[a]!, map), `${at}: ${a} (${show(boxes[a]!)}) on screen`).toBe(true);
						for (const b of names.slice(i + 1)) {
							// The credit's own links and button sit inside the credit.
							if (a.startsWith('credit') && b.startsWith('map control')) continue;
							expect(
								overlap(boxes[a]!, boxes[b]!),
								`${at}: ${a} (${show(boxes[a]!)}) and ${b} (${show(boxes[b]!)}) overlap`
							).toBe(false);
						}
					}
					// Each step control is the thing under the pointer at its middle, so a click reaches it.
					for (const control of await page.locator('nav.steps').locator('button, a').all()) {
						const b = (await control.boundingBox())!;
						const hit = await control.evaluate(
							(el, [x, y]) => {
								const top = document.elementFromPoint(x!, y!);
								return top === el || el.contains(top);
							},
							[b.x + b.width / 2, b.y + b.height / 2]
						);
						expect(
							hit,
							`${at}: ${(await control.getAttribute('aria-label')) ?? (await control.textContent())} is on top`
						).toBe(true);
					}
					await expect(page.locator('nav.steps a')).toHaveText(listTitle);

					// Every place the step is about is named, whole, inside the map and clear of the slide's boxes.
					for (const code of stepPlaces(step)) {
						const label = labels[code];
						expect(label, `${at}: ${code} is named`).toBeDefined();
						expect(inside(label!, map), `${at}: ${code}'s name (${show(label!)}) inside the map`).toBe(true);
						for (const [name, b] of Object.entries(boxes))
							expect(
								overlap(label!, b),
								`${at}: ${code}'s name (${show(label!)}) under the ${name} (${show(b)})`
							).toBe(false);
					}
					// No other text on the map (names of line ends, "to Japan" where a line leaves the map, year
					// tags) runs off the map, sits on other text, or hides under the slide's boxes.
					const texts = await page.locator('.flow-layer text').evaluateAll((els) =>
						els.map((el) => {
							const r = el.getBoundingClientRect();
							return {
								text: el.textContent ?? '',
								box: { x: r.x, y: r.y, width: r.width, height: r.height }
							};
						})
					);
					for (const [i, t] of texts.entries()) {
						expect.soft(inside(t.box, map), `${at}: "${t.text}" (${show(t.box)}) inside the map`).toBe(true);
						for (const u of texts.slice(i + 1))
							expect
								.soft(
									overlap(t.box, u.box),
									`${at}: "${t.text}" (${show(t.box)}) on "${u.text}" (${show(u.box)})`
								)
								.toBe(false);
						for (const [name, b] of Object.entries(boxes))
							expect
								.soft(overlap(t.box, b), `${at}: "${t.text}" (${show(t.box)}) under the ${name} (${show(b)})`)
								.toBe(false);
					}
					// The key says what the lines show, its widths are no wider than the measure's largest figure
					// (the scale it states), and it gives the colour of every line's origin.
					await expect(legend.locator('.what')).toContainText(String(step.year));
					if (lang === 'en')
						await expect(legend.locator('.what')).toContainText(MEASURE_WORDS[step.measure]!);
					const largest = Math.max(...drawable.filter((f) => f.measure === step.measure).map((f) => f.value));
					const values = await legend
						.locator('[data-value]')
						.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-value'))));
					for (const v of values) expect(v, `${at}: reference ${v}`).toBeLessThanOrEqual(largest);
					const drawn = await page
						.locator('.flow[data-corridor]')
						.evaluateAll((els) => els.map((el) => el.getAttribute('data-corridor')!.split('-')[0]!));
					const origins = await legend
						.locator('[data-origin]')
						.evaluateAll((els) => els.map((el) => el.getAttribute('data-origin')!));
					for (const o of drawn) expect(origins, `${at}: colour of ${o}`).toContain(o);
				}
			});
});
