import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
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
