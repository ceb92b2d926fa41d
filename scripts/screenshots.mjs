#!/usr/bin/env node
/**
 * Screenshots of the built site for looking at what it draws: node scripts/screenshots.mjs [outDir]
 * Serves build/ on a free local port and writes default.png, zoomed-out.png, tooltip.png, panel.png,
 * fallback.png. Needs a build and a Chromium (see scripts/find-chromium.mjs).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const out = process.argv[2] ?? 'screenshots';
fs.mkdirSync(out, { recursive: true });
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn('node', ['scripts/serve.mjs', 'build', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const base = `http://localhost:${port}`;
const args = ['--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];
const executablePath = (await findChromium()) ?? undefined;

async function withPage(extraArgs, fn) {
	const browser = await chromium.launch({ executablePath, args: [...args, ...extraArgs] });
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	page.on('pageerror', (e) => console.error('page error:', e.message));
	try {
		await fn(page);
	} finally {
		await browser.close();
	}
}
const ready = (page) =>
	page.waitForSelector('[data-map-state=ready]', { timeout: 45_000 }).then(() => page.waitForTimeout(800));

try {
	await withPage([], async (page) => {
		await page.goto(`${base}/`);
		await ready(page);
		await page.screenshot({ path: `${out}/default.png` });
		await page.locator('.flow .line').first().hover({ force: true });
		await page.screenshot({ path: `${out}/tooltip.png` });
		await page.getByRole('button', { name: 'Fit all corridors' }).click();
		await page.waitForTimeout(1500);
		await page.screenshot({ path: `${out}/zoomed-out.png` });
		await page.goto(`${base}/?year=2019&measure=registered_workers&corridor=KHM-THA`);
		await ready(page);
		await page.screenshot({ path: `${out}/panel.png` });
	});
	await withPage(['--disable-3d-apis'], async (page) => {
		await page.goto(`${base}/?earlier=1`);
		await ready(page);
		await page.screenshot({ path: `${out}/fallback.png` });
	});
	console.log(`Screenshots written to ${out}/`);
} finally {
	server.kill();
}
