/**
 * The Content-Security-Policy, as a reader meets it: build/ served with the headers of its _headers file
 * (scripts/serve.mjs applies them, as Netlify or Cloudflare Pages would) and each page's own <meta> policy.
 * Every test collects the page's securitypolicyviolation events and fails on any; the guard fixture fails
 * it on the console error that a violation also logs. The last tests prove that the policy does bite.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Response } from '@playwright/test';
import { test, expect } from './fixtures';
import { openMap, startWebGl } from './mapHelpers';

declare global {
	interface Window {
		cspViolations: string[];
	}
}

test.beforeEach(async ({ page }) => {
	// Before any of the page's own scripts, in every frame.
	await page.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.cspViolations.push(
				`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`
			)
		);
	});
});

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

/**
 * The page answered with the host's policy in a header and its own in a meta tag: with the hash of its
 * bootstrap script where the app starts, with 'self' alone on a page that starts its own script (a file):
 * the reading pages and the home page.
 */
async function expectPolicies(page: Page, response: Response | null, frameAncestors: string, app = true) {
	const header = response?.headers()['content-security-policy'] ?? '';
	expect(header).toContain("default-src 'none'");
	expect(header).toMatch(new RegExp(`frame-ancestors ${frameAncestors}$`));
	expect(response?.headers()['x-content-type-options']).toBe('nosniff');
	expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	await expect(meta).toHaveCount(1);
	const content = (await meta.getAttribute('content')) ?? '';
	expect(content).toMatch(app ? /script-src 'self' 'sha256-[^']+'/ : /script-src 'self'(;|$)/);
	expect(content).toContain("default-src 'none'");
	expect(content).not.toContain('unsafe-inline');
	expect(content).not.toContain('unsafe-eval');
}

test('the map: MapLibre starts, its worker from our origin, with no violation', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	const response = await page.goto('/?corridor=KHM-THA');
	await expectPolicies(page, response, "'self'", false);
	await openMap(page, '?corridor=KHM-THA', { gl: true });
	await expect(page.locator('.maplibregl-canvas')).toBeVisible();
	await expect(page.locator('.flow').first()).toBeAttached();
	expect(workers.length).toBeGreaterThan(0);
	for (const url of workers) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
	expect(await violations(page)).toEqual([]);
});

test('the PNG export at slide size, with no violation', async ({ page }) => {
	await openMap(page, '', { gl: true });
	await page.getByText('Download this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: /slide size/ }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.png$/);
	expect(await violations(page)).toEqual([]);
});

test('a profile, its Embed dialog, and the way back to the map, with no violation', async ({ page }) => {
	const response = await page.goto('/country/THA');
	await expectPolicies(page, response, "'self'", false);
	await expect(page.locator('html[data-started]')).toBeAttached();
	// The reading script's dialog, and its preview of the card in a frame.
	await page.locator('button[data-action=embed]').click();
	await expect(page.frameLocator('iframe.preview').locator('h1')).toBeVisible();
	await page.keyboard.press('Escape');
	expect(await violations(page)).toEqual([]);
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Map' }).click();
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	expect(await violations(page)).toEqual([]);
});

test('a Khmer profile loads its script font, with no violation', async ({ page }) => {
	const fontFiles: string[] = [];
	page.on('response', (r) => {
		if (r.url().includes('/fonts/') && r.ok()) fontFiles.push(new URL(r.url()).pathname);
	});
	const response = await page.goto('/km/country/KHM');
	await expectPolicies(page, response, "'self'", false);
	await page.evaluate(() => document.fonts.ready);
	// The font's stylesheet at least (the woff2 files only where the system has no Khmer font).
	expect(fontFiles.some((f) => f.endsWith('.css'))).toBe(true);
	expect(await violations(page)).toEqual([]);
});

test('an embed: frameable from anywhere, MapLibre started, with no violation', async ({ page }) => {
	const response = await page.goto('/embed/map?year=2019&corridor=KHM-THA');
	await expectPolicies(page, response, '\\*');
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await startWebGl(page);
	expect(await violations(page)).toEqual([]);
	const km = await page.goto('/km/embed/country/KHM');
	await expectPolicies(page, km, '\\*');
	expect(await violations(page)).toEqual([]);
});

test('a presentation, stepping on, with no violation', async ({ page }) => {
	const response = await page.goto('/present/into-thailand');
	await expectPolicies(page, response, "'self'");
	await expect(page.locator('.map-box')).toHaveAttribute('data-map-mode', 'gl', { timeout: 45_000 });
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/step=2/);
	expect(await violations(page)).toEqual([]);
});

test.describe('the policy bites', () => {
	test('an injected inline script and a style attribute are refused', async ({ page, guard }) => {
		await page.goto('/country/THA');
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.head.append(script);
			document.querySelector('h1')!.setAttribute('style', 'color: rgb(255, 0, 0)');
			return (window as unknown as { injected?: boolean }).injected ?? false;
		});
		expect(ran).toBe(false);
		await expect(page.locator('h1')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
		await expect
			.poll(() => violations(page).then((v) => v.join('\n')))
			.toMatch(/script-src-elem refused inline/);
		expect((await violations(page)).join('\n')).toMatch(/style-src-attr refused inline/);
		guard.clear(); // the browser logged both refusals as console errors
	});

	test('another site may frame an embed, not a page', async ({ page, guard, baseURL }) => {
		// A news site on another origin (127.0.0.1, while the site is on localhost).
		const origin = new URL(baseURL!);
		const host = http.createServer((_, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end(
				`<!doctype html><title>host</title>` +
					`<iframe id="embed" src="${origin.origin}/embed/country/THA"></iframe>` +
					`<iframe id="page" src="${origin.origin}/country/THA"></iframe>`
			);
		});
		await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
		try {
			await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
			await expect(page.frameLocator('#embed').locator('h1, h2').first()).toBeVisible();
			await page.waitForLoadState('load'); // the iframes too, loaded or refused
			// The refused frame holds the browser's error page, not the site's page.
			const urls = page.frames().map((f) => f.url());
			expect(urls.filter((u) => u.startsWith(origin.origin))).toEqual([`${origin.origin}/embed/country/THA`]);
			await expect(page.frameLocator('#page').locator('.site-header')).toHaveCount(0);
			guard.clear(); // the browser logged the refused frame
		} finally {
			host.close();
		}
	});
});
