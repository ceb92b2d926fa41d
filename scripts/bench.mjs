#!/usr/bin/env node
/**
 * npm run bench — where the site stands against its performance budgets. Not part of npm test.
 *  1. bytes (gzip -9) per route by kind, the MapLibre worker included
 *  2. first load: Lighthouse 12 mobile (median of 3; system Chromium through CHROME_PATH); `/` with its
 *     scripts taken out against `/` as shipped (what the page scores with no app, interleaved runs); and the
 *     long tasks of the map pages' first load under 4x CPU in Playwright (median of 7: steadier than the score)
 *  2b. reading pages: main-thread scripting of a profile and a corridor page as shipped (no app) against
 *     the same pages built hydrated, interleaved Lighthouse runs, as a ratio
 *  3. interaction: INP of the first drag and the first tap under 4x CPU; our JavaScript per frame
 *     while panning 3 s (real flows, 1,000 and 5,000 synthetic flows); a year change to new lines drawn
 *  4. build and check:data time with the real data and synthetic data 10x and 100x its size
 *  5. languages: bytes and Lighthouse of Khmer, Burmese and Chinese pages against the English ones, and
 *     the font files each page loads (an English page loads none)
 * Writes bench/results.json and bench/results.md, and the table into the README's Performance section.
 * Options: --quick (1 Lighthouse run, skips 100x), --skip-scaling, --skip-lighthouse, --first-load-only
 * (sections 1 and 2 only, printed, nothing written).
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const root = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-bench-'));
const chrome = await findChromium();
if (!chrome) throw new Error('No Chromium: see scripts/find-chromium.mjs (npm test installs one as root).');
const LAUNCH_ARGS = [
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update'
];
const ROUTES = ['/', '/country/THA', '/corridor/KHM-THA', '/embed/map'];
/** The region's languages against English: the same pages, and the script font each one needs. */
const LANGUAGE_PAIRS = [
	['/km/', '/'],
	['/my/country/MMR', '/country/MMR'],
	['/zh-hans/', '/']
];
/** Pages that are read, not played with: they start no app (the (reading) route group). */
const READING_ROUTES = ['/country/THA', '/corridor/KHM-THA'];
const LANGUAGE_ROUTES = ['/country/MMR', ...LANGUAGE_PAIRS.map(([l]) => l)];
const MAP_ROUTES = new Set(['/', '/embed/map', '/km/', '/zh-hans/']);
const KB = (b) => Math.round((b / 1024) * 10) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...m) => console.log('[bench]', ...m);

function timed(cmd, env = {}) {
	const t = performance.now();
	execSync(cmd, { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
	return (performance.now() - t) / 1000;
}

function serve(dir) {
	const port = 5100 + Math.floor(Math.random() * 800);
	const proc = spawn('node', ['scripts/serve.mjs', dir, String(port)], { cwd: root, stdio: 'ignore' });
	return {
		url: `http://localhost:${port}`,
		stop: () => proc.kill(),
		ready: waitFor(`http://localhost:${port}/`)
	};
}
async function waitFor(url) {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(url)
				.then((r) => r.ok)
				.catch(() => false)
		)
			return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server at ${url} did not start`);
}

// ---------------------------------------------------------------------------------------------- build
log('building the site with the real data');
const results = {
	date: new Date().toISOString(),
	machine: {
		cpus: os.cpus().length,
		cpu: os.cpus()[0]?.model,
		node: process.version,
		chromium: execSync(`${chrome} --version`).toString().trim()
	},
	bytes: {},
	firstLoad: {},
	reading: {},
	interaction: {},
	scaling: {}
};
const htmlPages = (dir) =>
	fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const figureCount = (dataDir) =>
	JSON.parse(fs.readFileSync(path.join(dataDir, 'figures.json'), 'utf8')).length;
results.scaling.shipped = {
	figures: figureCount(path.join(root, 'data')),
	build_s: round(timed('npx vite build')),
	check_data_s: round(timed('node scripts/check-data.mjs'))
};
results.scaling.shipped.pages = htmlPages(path.join(root, 'build'));
const site = serve(path.join(root, 'build'));
await site.ready;
const browser = await chromium.launch({ executablePath: chrome, args: LAUNCH_ARGS });

/** The first press on the map starts MapLibre; wait until it has drawn. */
async function startGl(page) {
	await page.waitForSelector('[data-map-state=ready]', { state: 'attached', timeout: 60_000 });
	await page.locator('.map-box').dispatchEvent('pointerdown');
	await page.waitForSelector('.map-box[data-map-mode=gl]', { state: 'attached', timeout: 120_000 });
}

// ---------------------------------------------------------------------------------------------- bytes
/** gzip -9 size of a built file, found from its URL path. */
function gzSize(buildDir, urlPath) {
	let file = path.join(buildDir, decodeURIComponent(urlPath));
	if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
		file = fs.existsSync(`${file}.html`) ? `${file}.html` : path.join(file, 'index.html');
	return fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : 0;
}
const mapJs = (url, body) =>
	/maplibre-gl-worker/.test(url) || body.includes('maplibregl') || body.length > 500_000;

for (const route of [...ROUTES, ...LANGUAGE_ROUTES]) {
	const page = await browser.newPage();
	const seen = [];
	page.on('response', (r) => {
		const u = new URL(r.url());
		if (u.origin === site.url) seen.push({ path: u.pathname, type: r.request().resourceType() });
	});
	await page.goto(site.url + route);
	// "With the map": as after a reader's first press on it, which starts MapLibre.
	if (MAP_ROUTES.has(route)) await startGl(page);
	await page.waitForLoadState('networkidle');
	const bytes = { html: 0, css: 0, js_before_map: 0, js_map: 0, boundaries: 0, data: 0, fonts: 0, other: 0 };
	const fontFiles = [];
	for (const r of seen) {
		const size = gzSize(path.join(root, 'build'), r.path);
		const body = r.path.endsWith('.js') ? fs.readFileSync(path.join(root, 'build', r.path), 'utf8') : '';
		if (r.type === 'document') bytes.html += size;
		else if (r.path.endsWith('.css')) bytes.css += size;
		else if (r.path.endsWith('.js')) bytes[mapJs(r.path, body) ? 'js_map' : 'js_before_map'] += size;
		else if (r.path.startsWith('/geo/')) bytes.boundaries += size;
		else if (r.path.startsWith('/fonts/')) {
			bytes.fonts += size;
			if (r.path.endsWith('.woff2')) fontFiles.push(r.path.slice('/fonts/'.length));
		} else if (r.path.endsWith('.json')) bytes.data += size;
		else bytes.other += size;
	}
	bytes.total = Object.values(bytes).reduce((a, b) => a + b, 0);
	results.bytes[route] = {
		...Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, KB(v)])),
		font_files: fontFiles
	};
	log('bytes', route, JSON.stringify(results.bytes[route]));
	await page.close();
}

// ------------------------------------------------------------------------------------------ first load
function lighthouse(url) {
	const out = path.join(tmp, 'lh.json');
	execFileSync(
		'npx',
		[
			'--yes',
			'lighthouse@12.8.2',
			url,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			'--only-categories=performance',
			'--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --enable-unsafe-swiftshader'
		],
		{ cwd: root, env: { ...process.env, CHROME_PATH: chrome }, stdio: 'ignore', timeout: 180_000 }
	);
	const r = JSON.parse(fs.readFileSync(out, 'utf8'));
	// Main-thread scripting under Lighthouse's 4x slowdown: evaluation plus parsing and compiling.
	const work = r.audits['mainthread-work-breakdown'].details.items;
	const scripting = work
		.filter((i) => i.group === 'scriptEvaluation' || i.group === 'scriptParseCompile')
		.reduce((sum, i) => sum + i.duration, 0);
	return {
		script_ms: Math.round(scripting),
		score: Math.round(r.categories.performance.score * 100),
		lcp_ms: Math.round(r.audits['largest-contentful-paint'].numericValue),
		tbt_ms: Math.round(r.audits['total-blocking-time'].numericValue),
		cls: round(r.audits['cumulative-layout-shift'].numericValue, 3)
	};
}
if (!args.has('--skip-lighthouse')) {
	for (const route of [...ROUTES, ...LANGUAGE_ROUTES]) {
		const runs = [];
		for (let i = 0; i < (quick ? 1 : 3); i++) {
			try {
				runs.push(lighthouse(site.url + route));
			} catch (e) {
				log('lighthouse failed', route, e.message.split('\n')[0]);
			}
		}
		results.firstLoad[route] = runs.length
			? {
					runs: runs.length,
					score: median(runs.map((r) => r.score)),
					lcp_ms: median(runs.map((r) => r.lcp_ms)),
					tbt_ms: median(runs.map((r) => r.tbt_ms)),
					cls: median(runs.map((r) => r.cls)),
					script_ms: median(runs.map((r) => r.script_ms))
				}
			: { error: 'Lighthouse could not run' };
		log('first load', route, JSON.stringify(results.firstLoad[route]));
	}
}

/**
 * What `/` can score on this machine at all: the same page with its scripts taken out (what a reader
 * without JavaScript gets: the prerendered map with its lines, and the panel), in Lighthouse runs
 * interleaved with the page as shipped. Lighthouse's simulated phone gives a page's own parsing, style and
 * layout blocking time too, so even this page does not score 100 here; the gap between the two is what the
 * app's start costs. The page is served from a folder of its own, with the build's headers and icon: its
 * styles are inline, and an English page loads no font.
 */
function withoutScripts(html) {
	const bare = html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '');
	if (/<script\b|modulepreload/.test(bare)) throw new Error('a script is left in the page without scripts');
	return bare;
}
if (!args.has('--skip-lighthouse')) {
	const bare = path.join(tmp, 'without-scripts');
	fs.mkdirSync(bare, { recursive: true });
	const built = (file) => path.join(root, 'build', file);
	fs.writeFileSync(
		path.join(bare, 'index.html'),
		withoutScripts(fs.readFileSync(built('index.html'), 'utf8'))
	);
	for (const file of ['_headers', 'favicon.png']) fs.copyFileSync(built(file), path.join(bare, file));
	const bareSite = serve(bare);
	await bareSite.ready;
	const [shipped, without] = [[], []];
	for (let i = 0; i < (quick ? 1 : 3); i++) {
		try {
			const pair = [lighthouse(site.url + '/'), lighthouse(bareSite.url + '/')];
			shipped.push(pair[0]);
			without.push(pair[1]);
		} catch (e) {
			log('lighthouse failed', '/ without scripts', e.message.split('\n')[0]);
		}
	}
	bareSite.stop();
	if (shipped.length)
		results.firstLoad['/'] = {
			...results.firstLoad['/'],
			without_scripts: {
				runs: shipped.length,
				score: median(without.map((r) => r.score)),
				tbt_ms: median(without.map((r) => r.tbt_ms)),
				shipped_score: median(shipped.map((r) => r.score)),
				shipped_tbt_ms: median(shipped.map((r) => r.tbt_ms))
			}
		};
	log('/ without its scripts', JSON.stringify(results.firstLoad['/']?.without_scripts));
}

/**
 * The long tasks of a page's first load on a phone with a 4x-slowed CPU, in this script's browser: the
 * longest, and the time they block past 50 ms each after the first contentful paint (as TBT counts it,
 * until 4.5 s after load). Lighthouse's score swings by 15 points from run to run on these machines; this
 * reading of the same work, median of 7 fresh pages, moves when the app's start does.
 */
async function longTasks(url) {
	const page = await browser.newPage({
		viewport: { width: 412, height: 823 },
		isMobile: true,
		hasTouch: true
	});
	await page.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForTimeout(4500);
	const { tasks, fcp } = await page.evaluate(() => ({
		tasks: window.__longTasks,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
	}));
	await page.close();
	const after = tasks.filter(([start]) => start >= fcp);
	return {
		longest: Math.max(0, ...after.map(([, d]) => d)),
		blocking: after.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)
	};
}
if (!args.has('--skip-lighthouse')) {
	for (const route of ['/', '/embed/map']) {
		const runs = [];
		for (let i = 0; i < 7; i++) runs.push(await longTasks(site.url + route));
		results.firstLoad[route] = {
			...results.firstLoad[route],
			longest_task_4x_ms: Math.round(median(runs.map((r) => r.longest))),
			blocking_after_fcp_4x_ms: Math.round(median(runs.map((r) => r.blocking)))
		};
		log('long tasks at 4x', route, JSON.stringify(results.firstLoad[route]));
	}
}

if (args.has('--first-load-only')) {
	// For work on the first load: bytes and Lighthouse of every route, printed above; nothing is written.
	await browser.close();
	site.stop();
	fs.rmSync(tmp, { recursive: true, force: true });
	process.exit(0);
}

// ------------------------------------------------------------------------------------- reading pages
/**
 * Reading pages start no app (csr off, one small script). What that saves: the same pages built hydrated,
 * as they were before (MMC_HYDRATE_READING=1), against the shipped build, Lighthouse runs interleaved so
 * that both meet the same machine; main-thread scripting under Lighthouse's 4x slowdown, median.
 */
if (!args.has('--skip-lighthouse')) {
	const hydratedOut = path.join(tmp, 'build-hydrated');
	log('building the reading pages hydrated, for comparison');
	timed('npx vite build', { BUILD_DIR: hydratedOut, MMC_HYDRATE_READING: '1' });
	const hydrated = serve(hydratedOut);
	await hydrated.ready;
	for (const route of READING_ROUTES) {
		const shipped = [];
		const before = [];
		for (let i = 0; i < (quick ? 1 : 3); i++) {
			try {
				shipped.push(lighthouse(site.url + route).script_ms);
				before.push(lighthouse(hydrated.url + route).script_ms);
			} catch (e) {
				log('lighthouse failed', route, e.message.split('\n')[0]);
			}
		}
		if (shipped.length && before.length) {
			const [now, then] = [median(shipped), median(before)];
			results.reading[route] = {
				runs: shipped.length,
				script_ms: now,
				hydrated_script_ms: then,
				ratio: round(now / then, 2)
			};
			log('reading', route, JSON.stringify(results.reading[route]));
		}
	}
	hydrated.stop();
	fs.rmSync(hydratedOut, { recursive: true, force: true });
}

// ----------------------------------------------------------------------------------------- interaction
/** Drag the map for 3 s; our flow-layer work per frame from the mmc:flows User Timing measures. */
async function panFrames(baseUrl, query, throttle) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const cdp = await page.context().newCDPSession(page);
	await page.goto(`${baseUrl}/${query}`);
	await startGl(page);
	// Lines drawn, in the SVG or (above the canvas threshold) on the canvas: the hidden table lists them all.
	const flows = await page.locator('[data-testid=flow-table] tbody tr').count();
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.evaluate(() => {
		performance.clearMeasures('mmc:flows');
		window.__frames = 0;
		const tick = () => {
			window.__frames++;
			window.__raf = requestAnimationFrame(tick);
		};
		window.__raf = requestAnimationFrame(tick);
	});
	const box = await page.locator('.map-box').boundingBox();
	// Start the drag near a corner, away from the lines and labels that would catch the press.
	const [cx, cy] = [box.x + 170, box.y + 110];
	await page.mouse.move(cx, cy);
	await page.mouse.down();
	const started = Date.now();
	for (let i = 0; Date.now() - started < 3000; i++) {
		await page.mouse.move(cx + 150 * Math.sin(i / 12), cy + 90 * Math.sin(i / 17), { steps: 1 });
	}
	await page.mouse.up();
	const m = await page.evaluate(() => {
		cancelAnimationFrame(window.__raf);
		return { frames: window.__frames, ms: performance.getEntriesByName('mmc:flows').map((e) => e.duration) };
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await page.close();
	return {
		flows,
		cpu_throttle: throttle,
		frames: m.frames,
		redraws: m.ms.length,
		mean_ms: round(m.ms.reduce((a, b) => a + b, 0) / Math.max(1, m.ms.length), 2),
		p95_ms: round(pct(m.ms, 0.95), 2),
		max_ms: round(Math.max(0, ...m.ms), 2)
	};
}

async function yearChange(baseUrl) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${baseUrl}/`);
	await startGl(page);
	const times = [];
	for (let i = 0; i < 6; i++) {
		const name = i % 2 ? 'Next year' : 'Previous year';
		times.push(
			await page.evaluate(async (label) => {
				const button = document.querySelector(`button[aria-label="${label}"]`);
				const t0 = performance.now();
				button.click();
				// New lines are in the DOM after Svelte's flush and painted in the next frame.
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				return performance.now() - t0;
			}, name)
		);
	}
	await page.close();
	return { runs: times.length, median_ms: round(median(times)), max_ms: round(Math.max(...times)) };
}

/**
 * Interaction to next paint of the reader's first gesture, under 4x CPU slowdown from the page's load on:
 * a drag that starts on a line (on the desktop map, which it must pan while MapLibre starts) and a tap on
 * a line (on a phone, which opens its tooltip). For comparison, a second drag once MapLibre has started.
 * INP is the longest Event Timing entry of the gesture's interactions (pointerdown, pointerup, click).
 */
async function firstGesture(baseUrl, kind) {
	const phone = kind === 'tap';
	const context = await browser.newContext(
		phone
			? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
			: { viewport: { width: 1280, height: 800 } }
	);
	const page = await context.newPage();
	await page.addInitScript(() => {
		window.__interactions = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				if (e.interactionId) window.__interactions.push({ name: e.name, duration: e.duration });
		}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${baseUrl}/`);
	await page.waitForSelector('html[data-started]', { state: 'attached', timeout: 60_000 });
	await page.waitForSelector('[data-map-state=ready]', { state: 'attached', timeout: 60_000 });
	// The middle of the widest line on screen: where a reader's finger or pointer lands on one.
	const point = await page.evaluate(() => {
		const lines = [...document.querySelectorAll('.flow .line')].filter((l) => l.getTotalLength() > 40);
		const width = (l) => Number(l.getAttribute('stroke-width'));
		const widest = lines.sort((a, b) => width(b) - width(a))[0];
		if (!widest) return null;
		const p = widest.getPointAtLength(widest.getTotalLength() / 2);
		const m = widest.getScreenCTM();
		return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
	});
	if (!point) throw new Error('no line on the map to start the gesture on');
	const inp = async (gesture) => {
		await page.evaluate(() => (window.__interactions = []));
		await gesture();
		// Let the gesture's work and its paint finish before reading the entries.
		await page.waitForTimeout(2500);
		return Math.max(0, ...(await page.evaluate(() => window.__interactions.map((e) => e.duration))));
	};
	const drag = async () => {
		await page.mouse.move(point.x, point.y);
		await page.mouse.down();
		for (let i = 1; i <= 10; i++) await page.mouse.move(point.x + 12 * i, point.y + 6 * i);
		await page.mouse.up();
	};
	const result = {};
	if (phone) result.first_tap_ms = await inp(() => page.touchscreen.tap(point.x, point.y));
	else {
		const view = page.url();
		result.first_drag_ms = await inp(drag);
		result.first_drag_panned = page.url() !== view;
		await page.waitForSelector('.map-box[data-map-mode=gl]', { state: 'attached', timeout: 120_000 });
		result.later_drag_ms = await inp(drag);
	}
	await context.close();
	return result;
}

/** Each gesture on a fresh page 3 times: one reading swings by 100s of ms with what else the page is doing. */
async function firstGestureMedians(kind) {
	const runs = [];
	for (let i = 0; i < 3; i++) runs.push(await firstGesture(site.url, kind));
	return Object.fromEntries(
		Object.keys(runs[0]).map((k) => [
			k,
			typeof runs[0][k] === 'number' ? median(runs.map((r) => r[k])) : runs.every((r) => r[k])
		])
	);
}
results.interaction.first_gesture = {
	cpu_throttle: 4,
	runs: 3,
	...(await firstGestureMedians('drag')),
	...(await firstGestureMedians('tap'))
};
log('first gesture', JSON.stringify(results.interaction.first_gesture));

results.interaction.real = {
	...(await panFrames(site.url, '', 1)),
	throttled4x: await panFrames(site.url, '', 4)
};
results.interaction.year_change = await yearChange(site.url);
log(
	'interaction real',
	JSON.stringify(results.interaction.real),
	'year change',
	JSON.stringify(results.interaction.year_change)
);
for (const n of [1000, 5000]) {
	const data = path.join(tmp, `flows${n}`);
	const out = path.join(tmp, `build-flows${n}`);
	execFileSync('node', ['scripts/synth-data.mjs', data, '--flows', String(n)], {
		cwd: root,
		stdio: 'ignore'
	});
	log(`building with ${n} synthetic flows (English pages)`);
	timed('npx vite build', { MMC_DATA_DIR: data, BUILD_DIR: out, MMC_ENGLISH_ONLY: '1' });
	const s = serve(out);
	await s.ready;
	results.interaction[`flows${n}`] = await panFrames(s.url, '?year=2019&measure=stock', 1);
	log(`interaction ${n}`, JSON.stringify(results.interaction[`flows${n}`]));
	s.stop();
	fs.rmSync(out, { recursive: true, force: true });
}
await browser.close();
site.stop();

// ------------------------------------------------------------------------------------------- scaling
if (!args.has('--skip-scaling')) {
	// Every build in this table compresses its files (brotli and gzip, a few files at a time), as the
	// real build does: tens of thousands of files must not exhaust the open-file limit (EMFILE). They make
	// English pages only (MMC_ENGLISH_ONLY=1): the 100x set has about 16,000 corridors, which in all 7
	// languages would take hours to build. The real data is built the same way, so pages compare.
	const realOut = path.join(tmp, 'build-real');
	results.scaling.real = {
		figures: results.scaling.shipped.figures,
		build_s: round(timed('npx vite build', { BUILD_DIR: realOut, MMC_ENGLISH_ONLY: '1' })),
		check_data_s: results.scaling.shipped.check_data_s,
		pages: htmlPages(realOut)
	};
	fs.rmSync(realOut, { recursive: true, force: true });
	for (const k of quick ? [10] : [10, 100]) {
		const data = path.join(tmp, `scale${k}`);
		const out = path.join(tmp, `build-scale${k}`);
		execFileSync('node', ['scripts/synth-data.mjs', data, '--scale', String(k)], {
			cwd: root,
			stdio: 'ignore'
		});
		log(`building the ${k}x dataset (English pages)`);
		results.scaling[`x${k}`] = {
			figures: figureCount(data),
			build_s: round(timed('npx vite build', { MMC_DATA_DIR: data, BUILD_DIR: out, MMC_ENGLISH_ONLY: '1' })),
			check_data_s: round(timed('node scripts/check-data.mjs', { MMC_DATA_DIR: data })),
			pages: htmlPages(out),
			compressed_files: fs.readdirSync(out, { recursive: true }).filter((f) => /\.(br|gz)$/.test(String(f)))
				.length
		};
		fs.rmSync(out, { recursive: true, force: true });
		log(`scaling ${k}x`, JSON.stringify(results.scaling[`x${k}`]));
	}
}

// ------------------------------------------------------------------------------------------- report
const b = results.bytes;
const fl = results.firstLoad;
const ok = (pass) => (pass === undefined ? 'n/a' : pass ? 'within' : '**over**');
const budgets = [
	...ROUTES.map((r) => [
		`Lighthouse mobile score ${r}`,
		'≥ 95',
		fl[r]?.score,
		fl[r]?.score === undefined ? undefined : fl[r].score >= 95
	]),
	...ROUTES.map((r) => [
		`TBT / LCP / CLS ${r}`,
		'≤ 150 ms / ≤ 2.0 s / 0',
		fl[r]?.score === undefined
			? 'n/a'
			: `${fl[r].tbt_ms} ms / ${round(fl[r].lcp_ms / 1000, 2)} s / ${fl[r].cls}`,
		fl[r]?.score === undefined ? undefined : fl[r].tbt_ms <= 150 && fl[r].lcp_ms <= 2000 && fl[r].cls === 0
	]),
	[
		'Lighthouse mobile / with its scripts taken out: what the page scores with no app (interleaved with / as shipped)',
		'(no budget)',
		fl['/']?.without_scripts
			? `${fl['/'].without_scripts.score} (TBT ${fl['/'].without_scripts.tbt_ms} ms) against ${fl['/'].without_scripts.shipped_score} (TBT ${fl['/'].without_scripts.shipped_tbt_ms} ms) as shipped`
			: 'n/a',
		undefined
	],
	...['/', '/embed/map'].map((r) => [
		`Long tasks of the first load ${r}, phone, 4× CPU (median of 7)`,
		'(no budget)',
		fl[r]?.longest_task_4x_ms === undefined
			? 'n/a'
			: `longest ${fl[r].longest_task_4x_ms} ms; ${fl[r].blocking_after_fcp_4x_ms} ms blocking after FCP`,
		undefined
	]),
	['JS before the map starts, /', '≤ 80 KB gz', `${b['/'].js_before_map} KB`, b['/'].js_before_map <= 80],
	['Whole home page with the map', '≤ 520 KB gz', `${b['/'].total} KB`, b['/'].total <= 520],
	[
		'Panning, real flows: our JS per frame',
		'≤ 4 ms',
		`${results.interaction.real.mean_ms} ms mean, ${results.interaction.real.p95_ms} ms p95 (${results.interaction.real.flows} flows)`,
		results.interaction.real.p95_ms <= 4
	],
	[
		'Panning, 1,000 flows: our JS per frame',
		'≤ 16 ms',
		`${results.interaction.flows1000.mean_ms} ms mean, ${results.interaction.flows1000.p95_ms} ms p95`,
		results.interaction.flows1000.p95_ms <= 16
	],
	[
		'Panning, 5,000 flows: our JS per frame',
		'(no budget)',
		`${results.interaction.flows5000.mean_ms} ms mean, ${results.interaction.flows5000.p95_ms} ms p95`,
		undefined
	],
	[
		'INP of the first drag on the map, from a line (4× CPU)',
		'≤ 200 ms',
		`${results.interaction.first_gesture.first_drag_ms} ms (panned: ${results.interaction.first_gesture.first_drag_panned ? 'yes' : 'no'}); once MapLibre runs ${results.interaction.first_gesture.later_drag_ms} ms`,
		results.interaction.first_gesture.first_drag_ms <= 200 &&
			results.interaction.first_gesture.first_drag_panned
	],
	[
		'INP of the first tap on a line, phone (4× CPU)',
		'≤ 200 ms',
		`${results.interaction.first_gesture.first_tap_ms} ms`,
		results.interaction.first_gesture.first_tap_ms <= 200
	],
	...READING_ROUTES.map((r) => {
		const x = results.reading[r];
		return [
			`Main-thread scripting ${r}, as shipped against hydrated (Lighthouse 4×)`,
			'≤ 1/3',
			x ? `${x.script_ms} ms against ${x.hydrated_script_ms} ms: ${x.ratio}×` : 'n/a',
			x ? x.ratio <= 1 / 3 : undefined
		];
	}),
	[
		'Year change to new lines drawn',
		'(no budget)',
		`${results.interaction.year_change.median_ms} ms median`,
		undefined
	]
];
for (const [local, english] of LANGUAGE_PAIRS) {
	const [l, e] = [fl[local]?.score, fl[english]?.score];
	budgets.push([
		`Lighthouse mobile ${local} against ${english}`,
		'within 2 points',
		l === undefined || e === undefined ? 'n/a' : `${l} against ${e}`,
		l === undefined || e === undefined ? undefined : e - l <= 2
	]);
	const growth = round(b[local].total - b[english].total);
	budgets.push([
		`Bytes ${local} against ${english}`,
		'grows by at most its script font (+ 5 KB of longer text)',
		`+${growth} KB, of which fonts ${b[local].fonts} KB (${b[local].font_files.length} files)`,
		growth <= b[local].fonts + 5
	]);
}
for (const english of ['/', '/country/THA', '/country/MMR'])
	budgets.push([
		`Font files loaded by ${english}`,
		'none',
		String(b[english].font_files.length),
		b[english].font_files.length === 0
	]);
if (results.scaling.x10) {
	const per = (x) => x.build_s / x.pages;
	const lin = results.scaling.x100
		? per(results.scaling.x100) / per(results.scaling.real)
		: per(results.scaling.x10) / per(results.scaling.real);
	budgets.push([
		'Build time per page, largest synthetic vs real',
		'≤ 1 (linear or better)',
		`${round(lin, 2)}×`,
		lin <= 1.2
	]);
}
const md = [
	`Measured ${results.date.slice(0, 10)} on ${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}, ${results.machine.chromium}. Headless Chromium draws WebGL on the CPU (SwiftShader), so map timings are pessimistic.`,
	'',
	'| Budget | Target | Measured | |',
	'| --- | --- | --- | --- |',
	...budgets.map(
		([name, target, value, pass]) => `| ${name} | ${target} | ${value ?? 'n/a'} | ${ok(pass)} |`
	),
	'',
	'| Route | HTML | CSS | JS before map | JS map (main + worker) | Boundaries | Data | Fonts | Total (KB gz) |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	...[...ROUTES, ...LANGUAGE_ROUTES].map(
		(r) =>
			`| ${r} | ${b[r].html} | ${b[r].css} | ${b[r].js_before_map} | ${b[r].js_map} | ${b[r].boundaries} | ${b[r].data} | ${b[r].fonts} | ${b[r].total} |`
	),
	'',
	'| Dataset | Languages | Figures | Pages | Compressed files | Build (s) | check:data (s) |',
	'| --- | --- | --- | --- | --- | --- | --- |',
	...Object.entries(results.scaling).map(
		([k, v]) =>
			`| ${k} | ${k === 'shipped' ? 'all' : 'English'} | ${v.figures} | ${v.pages ?? ''} | ${v.compressed_files ?? ''} | ${v.build_s} | ${v.check_data_s} |`
	)
].join('\n');

fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
fs.writeFileSync(path.join(root, 'bench', 'results.md'), md + '\n');
const readme = path.join(root, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (text.includes(start))
	fs.writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${md}\n${end}`));
fs.rmSync(tmp, { recursive: true, force: true });
console.log('\n' + md);
