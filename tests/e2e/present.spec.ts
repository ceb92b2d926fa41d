import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { figures } from './data';

interface Step {
	heading: string;
	figure: string | null;
	year: number;
	measure: string;
	frame: { bounds: unknown } | { country: string } | { corridor: string };
	highlight: { corridors: string[]; countries: string[] };
}
interface Deck {
	id: string;
	title: string;
	steps: Step[];
}
const readDeck = (id: string) => JSON.parse(fs.readFileSync(`data/presentations/${id}.json`, 'utf8')) as Deck;
const deck = readDeck('into-thailand');
const sources = Object.fromEntries(
	fs.readdirSync('data/sources').map((f) => {
		const s = JSON.parse(fs.readFileSync(path.join('data/sources', f), 'utf8')) as {
			id: string;
			title: string;
		};
		return [s.id, s.title];
	})
);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The step on screen shows its heading, its figure and that figure's source and quote. */
async function expectStep(page: import('@playwright/test').Page, n: number, d: Deck = deck) {
	const step = d.steps[n - 1]!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.heading);
	await expect(page.getByText(`Step ${n} of ${d.steps.length}`)).toBeVisible();
	if (step.figure) {
		const f = figures.find((x) => (x as unknown as { id: string }).id === step.figure)!;
		await expect(page.locator('.figure')).toHaveAttribute('data-figure', step.figure);
		const source = norm((await page.locator('.source').textContent())!);
		expect(source).toContain(sources[f.citations[0]!.source]);
		expect(source).toContain(norm(f.citations[0]!.quote));
	} else {
		// No big number: the caption alone, and no empty figure box.
		await expect(page.locator('.card .caption')).toBeVisible();
		await expect(page.locator('.figure, .source')).toHaveCount(0);
	}
}

test('/present lists the presentations', async ({ page }) => {
	await page.goto('/present');
	await expect(page.getByRole('link', { name: deck.title })).toBeVisible();
});

test('keys step forward and back, the URL follows, every step shows its figure and source', async ({
	page
}) => {
	await page.goto(`/present/${deck.id}`);
	await expect(page.locator('.map-box')).toHaveAttribute('data-map-mode', 'gl', { timeout: 45_000 });
	await expectStep(page, 1);
	// Every forward key a keyboard or clicker sends, in turn, through the whole deck.
	const forward = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter'];
	for (let n = 2; n <= deck.steps.length; n++) {
		await page.keyboard.press(forward[(n - 2) % forward.length]!);
		await expectStep(page, n);
		await expect(page).toHaveURL(new RegExp(`[?&]step=${n}$`));
	}
	for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
		const before = Number(new URL(page.url()).searchParams.get('step'));
		await page.keyboard.press(key);
		await expectStep(page, before - 1);
	}
	await page.keyboard.press('Home');
	await expectStep(page, 1);
	await page.keyboard.press('End');
	await expectStep(page, deck.steps.length);
});

test('a reload keeps the step, and a bad step number starts at the first', async ({ page }) => {
	await page.goto(`/present/${deck.id}?step=3`);
	await expectStep(page, 3);
	await page.reload();
	await expectStep(page, 3);
	await page.goto(`/present/${deck.id}?step=99`);
	await expectStep(page, 1);
});

test('body text is at least 28 px at 1920x1080', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto(`/present/${deck.id}`);
	const size = await page.locator('.caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(28);
});

test('the speaker view follows the main window, and drives it', async ({ page, context }) => {
	await page.goto(`/present/${deck.id}`);
	const notes = await context.newPage();
	await notes.goto(`/present/${deck.id}/notes`);
	// Keys pressed before a page has started are lost; wait until both windows listen on the channel.
	await expect(page.locator('html[data-started]')).toBeAttached();
	await expect(notes.locator('html[data-started]')).toBeAttached();
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck.steps[0]!.heading);
	await expect(notes.getByText(deck.steps[1]!.heading)).toBeVisible(); // "Next:"
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck.steps[2]!.heading);
	await notes.getByRole('button', { name: 'Previous step' }).click();
	await expectStep(page, 2);
	await notes.close();
});

test('a speaker view opened mid-talk joins at the audience’s step, and its Next moves on from there', async ({
	page,
	context
}) => {
	await page.goto(`/present/${deck.id}?step=5`);
	await expect(page.locator('html[data-started]')).toBeAttached();
	await expectStep(page, 5);
	const notes = await context.newPage();
	await notes.goto(`/present/${deck.id}/notes`);
	await expect(notes.locator('html[data-started]')).toBeAttached();
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck.steps[4]!.heading);
	await expect(notes).toHaveURL(/[?&]step=5$/);
	await notes.getByRole('button', { name: 'Next step' }).click();
	await expectStep(page, 6);
	await expect(page).toHaveURL(/[?&]step=6$/);
	await expect(notes).toHaveURL(/[?&]step=6$/);
	await notes.close();
});

test('a window opened with ?step= keeps its step and takes the other window there; a reload keeps it', async ({
	page,
	context
}) => {
	await page.goto(`/present/${deck.id}?step=2`);
	await expect(page.locator('html[data-started]')).toBeAttached();
	const notes = await context.newPage();
	await notes.goto(`/present/${deck.id}/notes?step=7`);
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck.steps[6]!.heading);
	await expectStep(page, 7);
	await notes.reload();
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck.steps[6]!.heading);
	await expect(notes.locator('html[data-started]')).toBeAttached();
	await page.bringToFront();
	await page.keyboard.press('Home');
	await expect(notes.getByRole('heading', { level: 1 })).toHaveText(deck.steps[0]!.heading);
	await expect(notes).toHaveURL(/[?&]step=1$/);
	await notes.close();
});

test.describe('the offline package', () => {
	let server: ChildProcess;
	let url: string;
	test.beforeAll(async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-offline-'));
		execFileSync('node', ['scripts/package-offline.mjs', '--skip-build', '--out', dir], { stdio: 'ignore' });
		const port = 4600 + Math.floor(Math.random() * 300);
		server = spawn('node', [path.join(dir, 'serve.mjs'), path.join(dir, 'site'), String(port)], {
			stdio: 'ignore'
		});
		url = `http://localhost:${port}`;
		for (let i = 0; i < 50; i++) {
			if (
				await fetch(url)
					.then((r) => r.ok)
					.catch(() => false)
			)
				break;
			await new Promise((r) => setTimeout(r, 100));
		}
	});
	test.afterAll(() => server.kill());

	test('serves the site with its own server and steps through a presentation, with no request off the machine', async ({
		page
	}) => {
		// The guard fixture fails this test on any request to another host.
		await page.goto(`${url}/present/${deck.id}`);
		await expect(page.locator('.map-box')).toHaveAttribute('data-map-mode', 'gl', { timeout: 45_000 });
		for (let n = 1; n <= deck.steps.length; n++) {
			await expectStep(page, n);
			await page.keyboard.press('ArrowRight');
		}
		await expect(page.locator('.flow').first()).toBeAttached();
	});
});
