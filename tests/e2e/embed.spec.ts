import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { linesForYear, years } from './data';

// A news site on another origin (127.0.0.1 on its own port, while the site is on localhost) that
// embeds the map through a real Pym.js parent, as a newsroom CMS would.
const pym = fs.readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
const year = [...years].sort((a, b) => linesForYear(b) - linesForYear(a))[0]!;
let host: http.Server;
let hostUrl: string;

test.beforeAll(async ({ baseURL }) => {
	const page = `<!doctype html><html><head><title>A news story</title></head><body>
		<h1>A story about labour migration</h1>
		<div id="map-embed"></div>
		<script src="/pym.js"></script>
		<script>window.parentPym = new pym.Parent('map-embed', '${baseURL}/embed/map?year=${year}', { title: 'Corridors' });</script>
		<p>More of the story.</p></body></html>`;
	host = http.createServer((req, res) => {
		if (req.url === '/pym.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
		else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
	});
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
test.afterAll(() => host.close());

test('an embed on another origin sizes its iframe through Pym.js and draws its lines', async ({ page }) => {
	await page.goto(hostUrl);
	const iframe = page.locator('#map-embed iframe');
	await expect(iframe).toBeAttached();
	const frame = page.frameLocator('#map-embed iframe');
	await expect(frame.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await frame.locator('.map-box').dispatchEvent('pointerdown');
	await frame.locator('.map-box').dispatchEvent('pointerup');
	await expect(frame.locator('.map-box')).toHaveAttribute('data-map-mode', 'gl', { timeout: 45_000 });
	await expect(frame.locator('.flow')).toHaveCount(linesForYear(year));
	await expect(frame.locator('header.site-header')).toHaveCount(0);

	// The iframe's height is the embedded page's height, as reported by the child.
	const childHeight = () => frame.locator('body').evaluate((b) => (b as HTMLElement).offsetHeight);
	await expect
		.poll(async () => Number((await iframe.getAttribute('height'))?.replace('px', '')))
		.toBe(await childHeight());

	// When the content grows (a corridor's panel opens), the iframe follows.
	const before = await childHeight();
	await frame.locator('.flow').first().click();
	await expect(frame.locator('.corridor-panel')).toBeVisible();
	await expect.poll(childHeight).not.toBe(before);
	await expect
		.poll(async () => Number((await iframe.getAttribute('height'))?.replace('px', '')))
		.toBe(await childHeight());
});

test('the embed ignores Pym messages that do not come from its parent window', async ({ page, baseURL }) => {
	await page.goto(`${baseURL}/embed/map?year=${year}&childId=x`);
	// A message to itself (not from a parent): must not throw, must not be answered.
	await page.evaluate(() => window.postMessage('pymxPYMxxxPYMxwidthxPYMx500', '*'));
	await expect(page.locator('.flow').first()).toBeAttached({ timeout: 45_000 });
	expect(await page.evaluate(() => document.cookie)).toBe('');
	expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

// A published story pins its view: 2019, registered workers (the figure of Cambodia to Thailand).
const pinned = 'year=2019&measure=registered_workers';
const column = { width: 320, height: 800 };

/** Nothing wider than the page: no horizontal scroll bar, nothing cut off at the right. */
const noHorizontalScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

for (const [lang, prefix] of [
	['English', ''],
	['Khmer', '/km']
] as const) {
	test(`the Cambodia card fits a 320 px column, in ${lang}`, async ({ page }) => {
		await page.setViewportSize(column);
		await page.goto(`${prefix}/embed/card/KHM`);
		await page.evaluate(() => document.fonts.ready);
		await expect(page.locator('.country-card [data-figure]').first()).toBeVisible();
		expect(await noHorizontalScroll(page)).toBe(true);
		const height = await page.locator('.embed-frame').evaluate((el) => el.getBoundingClientRect().height);
		test.info().annotations.push({ type: 'card height at 320 px', description: `${lang}: ${height}` });
		expect(height).toBeLessThan(600);
		// Every figure shows its source and line, and every link leaves the partner's iframe.
		for (const fig of await page.locator('.country-card [data-figure]').all()) {
			const cited = fig.locator('.citation summary');
			expect(await cited.count()).toBeGreaterThan(0);
			for (const c of await cited.all()) await expect(c).toHaveText(/^\S.*, .*\d+$/);
		}
		const links = page.locator('.embed-frame a[href]');
		expect(await links.count()).toBeGreaterThan(1);
		for (const a of await links.all()) {
			await expect(a).toHaveAttribute('target', '_blank');
			await expect(a).toHaveAttribute('rel', 'noopener');
		}
	});
}

// Every card the site has (a profile's country, in every language), as built.
const cards = fs
	.readdirSync('build/embed/card')
	.filter((f) => /^[A-Z]{3}\.html$/.test(f))
	.map((f) => f.slice(0, 3));

for (const [lang, prefix] of [
	['English', ''],
	['Thai', '/th'],
	['Khmer', '/km'],
	['Lao', '/lo'],
	['Burmese', '/my'],
	['Vietnamese', '/vi'],
	['Chinese', '/zh-hans']
] as const) {
	test(`every country card is at most 600 px tall in a 320 px column, in ${lang}`, async ({ page }) => {
		test.setTimeout(180_000);
		expect(cards.length, 'cards in build/embed/card').toBeGreaterThan(10);
		// A short window, so that the document's height is the card's, not the window's.
		await page.setViewportSize({ width: 320, height: 300 });
		const heights: [code: string, height: number][] = [];
		for (const code of cards) {
			await page.goto(`${prefix}/embed/card/${code}`);
			await page.evaluate(() => document.fonts.ready);
			await expect(page.locator('.country-card h1')).toBeVisible();
			expect(await noHorizontalScroll(page), `${code} scrolls sideways`).toBe(true);
			heights.push([code, await page.evaluate(() => document.documentElement.scrollHeight)]);
		}
		const [code, height] = heights.reduce((a, b) => (b[1] > a[1] ? b : a));
		test
			.info()
			.annotations.push({ type: 'tallest card at 320 px', description: `${lang}: ${code} ${height}` });
		expect(heights.filter(([, h]) => h > 600)).toEqual([]);
	});
}

test('a fixed 2019 map embed fits a 320 px column, and controls=0 still hides the controls', async ({
	page
}) => {
	await page.setViewportSize(column);
	await page.goto(`/embed/map?${pinned}`);
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await expect(page.locator('.flow').first()).toBeAttached();
	expect(await noHorizontalScroll(page)).toBe(true);
	await expect(page.locator('.controls')).toBeVisible();

	await page.goto(`/embed/map?${pinned}&controls=0`);
	await expect(page.locator('.flow').first()).toBeAttached({ timeout: 45_000 });
	await expect(page.locator('.controls')).toBeHidden();
	expect(await noHorizontalScroll(page)).toBe(true);
});

test('links inside the map embed open in a new tab, and "Open full view" follows the view', async ({
	page
}) => {
	await page.goto(`/embed/map?${pinned}&childId=story&parentUrl=https%3A%2F%2Fnews.example%2Fstory`);
	await expect(page.locator('.flow').first()).toBeAttached({ timeout: 45_000 });
	const full = page.locator('[data-full-view]');
	await expect(full).toHaveAttribute('href', new RegExp(`/\\?${pinned}$`));
	await expect(full).toHaveAttribute('target', '_blank');

	// The reader moves to the previous year, then opens a corridor: the link follows both.
	await page.getByRole('button', { name: 'Previous year' }).click();
	await expect(full).toHaveAttribute('href', /\?year=(?!2019)\d{4}&measure=[a-z_]+$/);
	const flow = page.locator('.flow').first();
	const corridor = await flow.getAttribute('data-corridor');
	await flow.click();
	await expect(page.locator('.corridor-panel')).toBeVisible();
	await expect(full).toHaveAttribute(
		'href',
		new RegExp(`\\?year=(?!2019)\\d{4}&measure=[a-z_]+&corridor=${corridor}$`)
	);
	expect(await full.getAttribute('href')).not.toMatch(/childId|parentUrl|news\.example/);

	const links = page.locator('.embed-frame a[href]');
	expect(await links.count()).toBeGreaterThan(2);
	for (const a of await links.all()) await expect(a).toHaveAttribute('target', '_blank');
});

test('a download from an embed carries the view’s own link, never the host page’s', async ({ page }) => {
	await page.goto(`/embed/map?${pinned}&childId=story&parentUrl=https%3A%2F%2Fnews.example%2Fstory`);
	await expect(page.locator('.flow').first()).toBeAttached({ timeout: 45_000 });
	await page.getByText('Download this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Figures (JSON)' }).click()
	]);
	const text = fs.readFileSync((await download.path())!, 'utf8');
	expect(text).not.toMatch(/news\.example|parentUrl|childId|embed\/map/);
	expect(JSON.parse(text).view.url).toMatch(new RegExp(`^http://localhost:\\d+/\\?${pinned}$`));
});

test('the embed snippet pins the year and measure and titles the iframe with the view', async ({ page }) => {
	await page.goto(`/?${pinned}&corridor=KHM-THA`);
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const fixed = await page.locator('#embed-fixed').inputValue();
	const responsive = await page.locator('#embed-responsive').inputValue();
	for (const snippet of [fixed, responsive]) {
		expect(snippet).toContain('/embed/map?year=2019&amp;measure=registered_workers&amp;corridor=KHM-THA');
		expect(snippet).toContain('title="Cambodia to Thailand, 2019: registered workers"');
	}
	// A host page that runs no script still gets the iframe, and a link to the full view.
	expect(responsive).toMatch(
		/<noscript><iframe [^>]+><\/iframe><\/noscript><a href="[^"]+\/\?year=2019&amp;/
	);
	// The height cap goes into the snippet.
	await page.getByLabel(/Height cap/).fill('500');
	await expect(page.locator('#embed-fixed')).toHaveValue(/maxheight=500" title=[^>]+height="500"/);
	await expect(page.locator('.embed iframe.preview')).toHaveAttribute(
		'title',
		'Cambodia to Thailand, 2019: registered workers'
	);
});

test('the default view’s snippet pins its year too, so a new release leaves the story as it was', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	await expect(page.locator('#embed-fixed')).toHaveValue(/\/embed\/map\?year=\d{4}&amp;measure=[a-z_]+"/);
});

test('a profile offers its compact card to embed, and a height cap scrolls the card inside it', async ({
	page
}) => {
	await page.goto('/country/KHM');
	// The preview is not loaded with the page (a hidden frame still loads a document): only the page's own.
	await page.waitForLoadState('load');
	expect(page.frames()).toHaveLength(1);
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	await expect(page.locator('#embed-fixed')).toHaveValue(
		/\/embed\/card\/KHM" title="Cambodia: labour migration at a glance"[^>]+height="600"/
	);
	const preview = page.frameLocator('.embed iframe.preview');
	await expect(preview.locator('h1')).toHaveText('Cambodia');

	await page.setViewportSize(column);
	await page.goto('/embed/card/THA?maxheight=300');
	await expect(page.locator('.embed-frame.capped')).toBeAttached();
	const box = await page.locator('.embed-frame').boundingBox();
	expect(box!.height).toBeLessThanOrEqual(300);
	const content = page.locator('.embed-content');
	expect(await content.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
	await expect(page.locator('[data-full-view]')).toBeInViewport();
});
