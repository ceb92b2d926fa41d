/**
 * The data editor (npm run edit), as a staff member uses it: add a PDF, cite it by selecting, save,
 * and find the figure on the built site; saves that would make the data invalid are refused with the
 * validator's words and write nothing; requests from other sites are refused; a deck is built and
 * opens again as saved; a file changed on disk loses nothing.
 *
 * The editor runs on a free port of 127.0.0.1 with a temporary copy of data/ and documents/ (never the
 * real ones). The PDF is made in the test by Chromium, in English and Khmer: Chromium needs a Khmer font
 * (Debian: fonts-noto-core) and the editor needs pdftotext (poppler-utils); both are installed with
 * apt-get when the tests run as root, as the test command installs Chromium
 * (node editor/find-pdftotext.mjs --install --khmer-fonts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const root = path.resolve(import.meta.dirname, '../..');
let tmp = '';
let editor: { url: string; port: number; process: ChildProcess };
const dataDir = () => path.join(tmp, 'data');
const docsDir = () => path.join(tmp, 'documents');

/** Every file of the temporary data and documents folders, with its bytes' checksum. */
function snapshot(): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string, rel: string) => {
		for (const name of fs.readdirSync(dir).sort()) {
			const full = path.join(dir, name);
			if (fs.statSync(full).isDirectory()) walk(full, `${rel}${name}/`);
			else out[`${rel}${name}`] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
		}
	};
	walk(dataDir(), 'data/');
	walk(docsDir(), 'documents/');
	return out;
}

function freshCopy() {
	fs.rmSync(dataDir(), { recursive: true, force: true });
	fs.rmSync(docsDir(), { recursive: true, force: true });
	fs.cpSync(path.join(root, 'data'), dataDir(), { recursive: true });
	if (fs.existsSync(path.join(root, 'documents')))
		fs.cpSync(path.join(root, 'documents'), docsDir(), { recursive: true });
	else fs.mkdirSync(docsDir());
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	// Installing pdftotext and a Khmer font with apt-get, the first time, takes a while.
	test.setTimeout(300_000);
	// pdftotext for the editor, a Khmer font for Chromium's PDF: installed as root, else a clear failure.
	try {
		execFileSync('node', ['editor/find-pdftotext.mjs', '--install', '--khmer-fonts'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe']
		});
	} catch (e) {
		throw new Error(String((e as { stderr?: Buffer }).stderr ?? e), { cause: e });
	}
	tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-editor-e2e-'));
	freshCopy();
	const child = spawn('node', ['editor/start.mjs', '--port', '0'], {
		cwd: root,
		env: { ...process.env, MMC_DATA_DIR: dataDir(), MMC_DOCUMENTS_DIR: docsDir() },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const url = await new Promise<string>((resolve, reject) => {
		let out = '';
		const timer = setTimeout(() => reject(new Error(`the editor did not start:\n${out}`)), 60_000);
		const read = (chunk: Buffer) => {
			out += chunk.toString();
			const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
			if (m) {
				clearTimeout(timer);
				resolve(m[0]);
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('exit', (code) => reject(new Error(`the editor exited (${code}):\n${out}`)));
	});
	editor = { url, port: Number(new URL(url).port), process: child };
});

test.afterAll(() => {
	editor?.process.kill();
	if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test.beforeEach(() => freshCopy());

/**
 * Builds the site from the temporary data and documents, in a copy of the working tree (node_modules
 * linked), so that the build's own .svelte-kit/ and build/ in the repository are left alone. Returns
 * the build folder.
 */
function buildSite(): string {
	const from = root;
	const copy = path.join(tmp, 'site');
	const skip = new Set([
		'node_modules',
		'build',
		'build-base',
		'.svelte-kit',
		'.git',
		'test-results',
		'bench',
		'offline',
		'playwright-report'
	]);
	fs.cpSync(from, copy, {
		recursive: true,
		filter: (src) => !skip.has(path.relative(from, src).split(path.sep)[0]!)
	});
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
	const build = path.join(tmp, 'build');
	const seeds = path.resolve(process.env.MMC_SEEDS_DIR ?? path.join(root, '..', 'shared', 'seeds'));
	try {
		execFileSync('npx', ['vite', 'build'], {
			cwd: copy,
			env: {
				...process.env,
				MMC_DATA_DIR: dataDir(),
				MMC_DOCUMENTS_DIR: docsDir(),
				MMC_SEEDS_DIR: seeds,
				BUILD_DIR: build,
				MMC_PRECOMPRESS: '0'
			},
			stdio: 'pipe',
			timeout: 240_000
		});
	} catch (e) {
		const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
		throw new Error(
			`the site did not build:\n${String(stdout ?? '').slice(-3000)}\n${String(stderr ?? '').slice(-3000)}`,
			{ cause: e }
		);
	}
	return build;
}

/** Loads the editor afresh at `hash` (a real load, not a change of hash in the page already open). */
async function open(page: Page, hash = '') {
	await page.goto('about:blank');
	await page.goto(`${editor.url}${hash}`);
	await expect(page.locator('body[data-ready]')).toBeAttached();
	const doc = /^#\/document\/([a-z0-9-]+)/.exec(hash);
	if (doc) await expect(page.locator(`.document[data-source="${doc[1]}"] .ln`).first()).toBeAttached();
}

/** Selects `text` in line `line` of the document on screen, as a mouse would, and lets go. */
async function select(page: Page, line: number, text: string) {
	await page.locator(`#L${line}`).scrollIntoViewIfNeeded();
	await page.evaluate(
		({ line, text }) => {
			const tx = document.querySelector(`#L${line} .tx`)!;
			const walker = document.createTreeWalker(tx, NodeFilter.SHOW_TEXT);
			const nodes: [Text, number][] = [];
			let full = '';
			while (walker.nextNode()) {
				const node = walker.currentNode as Text;
				nodes.push([node, full.length]);
				full += node.data;
			}
			const start = full.indexOf(text);
			if (start < 0) throw new Error(`"${text}" is not in line ${line}: ${full}`);
			const at = (pos: number): [Text, number] => {
				const [node, from] = [...nodes].reverse().find(([, from]) => from <= pos)!;
				return [node, pos - from];
			};
			const range = document.createRange();
			range.setStart(...at(start));
			range.setEnd(...at(start + text.length));
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			tx.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
		},
		{ line, text }
	);
	await expect(page.locator('.cite-toolbar')).toBeVisible();
}

/** The line of the document on screen that contains `text`. */
async function lineWith(page: Page, text: string): Promise<number> {
	const id = await page.locator('.ln', { hasText: text }).first().getAttribute('id');
	return Number(id!.slice(1));
}

const ENGLISH =
	'In 2024 the Ministry of Labour registered 1,234,567 Cambodian migrant workers in Thailand, according to the Department of Employment.';
const KHMER = 'ពលករចំណាកស្រុកកម្ពុជាចំនួន ១,២៣៤,៥៦៧ នាក់ បានចុះឈ្មោះនៅប្រទេសថៃ ក្នុងឆ្នាំ ២០២៤។';

test('adds a PDF in English and Khmer, cites it as a figure, and the built corridor page shows the quotes', async ({
	page
}) => {
	test.setTimeout(300_000);
	// The PDF, printed by Chromium from a page with both languages.
	const maker = await page.context().newPage();
	await maker.setContent(`<!doctype html><html><body style="font-family: 'Noto Sans', sans-serif; width: 40em">
		<h1>Migration Monitor 2024</h1>
		<p>${ENGLISH} The report covers the whole year and all provinces of Thailand.</p>
		<p lang="km" style="font-family: 'Noto Sans Khmer', sans-serif">${KHMER}</p>
		<p>Other numbers in the text, such as 8,500 domestic workers, are not cited yet.</p></body></html>`);
	const pdf = await maker.pdf({ format: 'A4' });
	await maker.close();

	await open(page, '#/add');
	await page
		.locator('#document-file')
		.setInputFiles({ name: 'monitor-2024.pdf', mimeType: 'application/pdf', buffer: pdf });
	const preview = page.locator('.preview-lines');
	await expect(preview).toContainText(ENGLISH);
	await expect(preview).toContainText(KHMER);
	const form = page.locator('.source-form');
	await form.getByLabel('Id', { exact: true }).fill('monitor2024');
	await form.getByLabel('Title', { exact: true }).fill('Migration Monitor 2024');
	await form.getByLabel('Short title').fill('Migration Monitor 2024');
	await form.getByLabel('Date published').fill('2024-12');
	await form.getByLabel(/annual report/).check();
	await form.getByLabel('Year covered').fill('2024');
	await page.getByRole('button', { name: 'Add the document' }).click();
	await expect(page).toHaveURL(/#\/document\/monitor2024$/);

	const text = fs.readFileSync(path.join(docsDir(), 'monitor2024.txt'), 'utf8');
	expect(text).toContain(`${ENGLISH} The report covers`);
	expect(text.split('\n')).toContain(KHMER);
	const source = JSON.parse(fs.readFileSync(path.join(dataDir(), 'sources', 'monitor2024.json'), 'utf8'));
	expect(source).toMatchObject({
		id: 'monitor2024',
		file: 'monitor2024.txt',
		kind: 'annual_report',
		report_year: 2024
	});
	expect(source.sha256).toBe(crypto.createHash('sha256').update(text).digest('hex'));

	// The document's numbers that nobody cites yet are listed.
	await expect(page.locator('.uncited')).toContainText('8,500');

	// Cite the English sentence as a figure.
	const en = await lineWith(page, '1,234,567 Cambodian');
	await select(page, en, ENGLISH);
	await page.locator('.cite-toolbar').getByRole('button', { name: 'Figure' }).click();
	const fig = page.locator('.record-form');
	await expect(fig.getByRole('heading', { name: 'New figure' })).toBeVisible();
	await expect(fig.getByLabel('Quote (word for word)')).toHaveValue(ENGLISH);
	await expect(fig.getByLabel('Line', { exact: true })).toHaveValue(String(en));
	await expect(fig.getByLabel('Number', { exact: true })).toHaveValue('1234567');
	await expect(fig.getByLabel('Year', { exact: true })).toHaveValue('2024');
	await fig.getByLabel('What the number counts (measure)').selectOption('registered_workers');
	await expect(fig.locator('.choice-help').filter({ hasText: 'Registered workers' })).toBeVisible();
	await fig.getByLabel('From (origin)').selectOption({ label: 'Cambodia (KHM)' });
	await fig.getByLabel('To (destination)').selectOption({ label: 'Thailand (THA)' });
	await fig.getByLabel(/^At a date/).check();
	await fig.getByLabel(/^Whole corridor/).check();
	await fig
		.getByLabel('Description (our words)')
		.fill(
			'Cambodian migrant workers registered in Thailand in 2024, as reported by the Department of Employment.'
		);

	// And the Khmer sentence as a second citation of the same figure.
	const km = await lineWith(page, 'ពលករចំណាកស្រុក');
	await select(page, km, KHMER);
	await page
		.locator('.cite-toolbar')
		.getByRole('button', { name: /Add it to monitor2024-f001/ })
		.click();
	await expect(fig.getByLabel('Quote (word for word)').nth(1)).toHaveValue(KHMER);
	await expect(fig.locator('.problems-box')).toHaveText('No problems: this can be saved.');
	await fig.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('#toast')).toContainText('Saved: figure monitor2024-f001');

	const figures = JSON.parse(fs.readFileSync(path.join(dataDir(), 'figures.json'), 'utf8'));
	const saved = figures.find((f: { id: string }) => f.id === 'monitor2024-f001');
	expect(saved).toMatchObject({
		origin: 'KHM',
		destination: 'THA',
		year: 2024,
		value: 1234567,
		qualifier: 'exact',
		unit: 'people',
		measure: 'registered_workers',
		scope: 'all',
		period: 'point',
		citations: [
			{ source: 'monitor2024', line: en, quote: ENGLISH },
			{ source: 'monitor2024', line: km, quote: KHMER }
		]
	});
	expect(Object.keys(saved)).toEqual([
		'id',
		'origin',
		'destination',
		'year',
		'as_of',
		'value',
		'value_high',
		'qualifier',
		'unit',
		'unit_per',
		'measure',
		'scope',
		'scope_note',
		'period',
		'since',
		'multiplier',
		'description',
		'citations'
	]);
	const log = fs.readFileSync(path.join(dataDir(), 'CHANGELOG.md'), 'utf8').trim().split('\n');
	expect(log.at(-2)).toMatch(/^- \d{4}-\d{2}-\d{2}: Source monitor2024 added/);
	expect(log.at(-1)).toMatch(
		/^- \d{4}-\d{2}-\d{2}: Figure monitor2024-f001 added: 1,234,567 registered workers, Cambodia → Thailand, 2024/
	);
	// The cited passage is now highlighted and linked to its record.
	await expect(page.locator(`#L${en} mark.cited`)).toHaveAttribute('data-refs', 'figures:monitor2024-f001');

	// The site built from these folders shows the figure with both quotes on the corridor page.
	const build = buildSite();
	const html = fs.readFileSync(path.join(build, 'corridor', 'KHM-THA.html'), 'utf8');
	expect(html).toContain(ENGLISH);
	expect(html).toContain(KHMER);
	expect(html).toContain('Migration Monitor 2024');
});

test('a save that would make the data invalid is refused with the validator’s words, and no file changes', async ({
	page
}) => {
	const before = snapshot();

	// 1. A quote edited so that it no longer matches its line.
	await open(page, '#/records');
	await page.getByRole('button', { name: 'ar2016-f004', exact: true }).click();
	const form = page.locator('.record-form');
	await expect(form.getByRole('heading', { name: 'Edit figure ar2016-f004' })).toBeVisible();
	const quote = form.getByLabel('Quote (word for word)');
	await quote.fill(`${await quote.inputValue()} and many more`);
	const field =
		/data\/figures\.json › record "ar2016-f004" › field "citations\.0\.quote": quote not found at line \d+/;
	await expect(form.locator('.problems-box')).toContainText(field);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.locator('.problems-box')).toContainText(
		'Not saved: the data would not be valid. Nothing was written.'
	);
	await expect(form.locator('.problems-box')).toContainText(field);
	await expect(form.locator('.problems-box')).toContainText('fix: copy the quote verbatim from the document');
	expect(snapshot()).toEqual(before);

	// 2. An unknown country (the pickers offer only known ones, so straight to the editor's API).
	const state = await page.evaluate(async () => (await fetch('/api/state')).json());
	const record = {
		...state.records.figures.find((f: { id: string }) => f.id === 'ar2016-f004'),
		origin: 'ZZZ'
	};
	const answer = await page.evaluate(
		async (body) => {
			const res = await fetch('/api/records/save', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body)
			});
			return { status: res.status, body: await res.json() };
		},
		{ kind: 'figures', record, originalId: 'ar2016-f004', version: state.versions['figures.json'] }
	);
	expect(answer.status).toBe(200);
	expect(answer.body.outcome).toBe('refused');
	expect(answer.body.problems.map((p: { text: string }) => p.text).join('\n')).toMatch(
		/data\/figures\.json › record "ar2016-f004" › field "origin": unknown country code "ZZZ"/
	);
	expect(snapshot()).toEqual(before);

	// 3. A duplicate: the network itself, again, as a new organisation.
	await open(page, '#/document/statement2017');
	await select(page, 7, 'Mekong Migration Network (MMN)');
	await page.locator('.cite-toolbar').getByRole('button', { name: 'Organisation' }).click();
	const org = page.locator('.record-form');
	await org.getByLabel('Name (as printed)').fill('Mekong Migration Network');
	await org.getByLabel('Acronym').fill('MMN');
	await org.getByLabel('Country').selectOption({ label: 'Greater Mekong Subregion (XGM)' });
	await org.getByLabel('Kind').selectOption('network');
	await expect(org.locator('.duplicates-box')).toContainText('org-mmn');
	await org.getByRole('button', { name: 'Save' }).click();
	await expect(org.locator('.problems-box')).toContainText('Not saved');
	await expect(org.locator('.problems-box')).toContainText(
		/data\/organisations\.json › record "org-mmn-2" › field "acronym": looks like a duplicate of "org-mmn"/
	);
	expect(snapshot()).toEqual(before);

	// Adding the citation to the existing record instead is a valid save.
	await org.getByRole('button', { name: 'Add this citation to org-mmn instead' }).click();
	await expect(
		page.locator('.record-form').getByRole('heading', { name: 'Edit organisation org-mmn' })
	).toBeVisible();
	await expect(page.locator('.record-form .problems-box')).toHaveText('No problems: this can be saved.');
	await page.locator('.record-form').getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('#toast')).toContainText('Saved: organisation org-mmn');
	const orgs = JSON.parse(fs.readFileSync(path.join(dataDir(), 'organisations.json'), 'utf8'));
	expect(orgs.find((o: { id: string }) => o.id === 'org-mmn').citations).toContainEqual({
		source: 'statement2017',
		line: 7,
		quote: 'Mekong Migration Network (MMN)'
	});
	expect(orgs.filter((o: { acronym: string | null }) => o.acronym === 'MMN')).toHaveLength(1);
});

/** A request to the editor with the headers given, answered with its status. */
function request(method: string, pathname: string, headers: Record<string, string>, body = '{}') {
	return new Promise<number>((resolve, reject) => {
		const req = http.request(
			{
				host: '127.0.0.1',
				port: editor.port,
				method,
				path: pathname,
				agent: false,
				headers: { 'Content-Type': 'application/json', ...headers }
			},
			(res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			}
		);
		req.on('error', reject);
		req.end(method === 'GET' ? undefined : body);
	});
}

test('the editor answers only its own page: other origins and host names are refused', async ({
	page,
	guard
}) => {
	const before = snapshot();
	const own = `127.0.0.1:${editor.port}`;
	const remove = JSON.stringify({ kind: 'figures', id: 'ar2016-f004', version: null });
	expect(
		await request('POST', '/api/records/remove', { Host: own, Origin: 'http://evil.example' }, remove)
	).toBe(403);
	expect(await request('POST', '/api/records/remove', { Host: own, Origin: 'null' }, remove)).toBe(403);
	expect(await request('POST', '/api/records/remove', { Host: own }, remove)).toBe(403);
	expect(await request('GET', '/api/state', { Host: `evil.example:${editor.port}` })).toBe(403);
	expect(await request('GET', '/api/state', { Host: own })).toBe(200);

	// A page of another site open in the same browser (here: the built site on its own port) cannot write.
	await page.goto('/');
	const sent = await page.evaluate(
		async ({ url, body }) => {
			try {
				await fetch(`${url}api/records/remove`, {
					method: 'POST',
					mode: 'no-cors',
					body,
					headers: { 'Content-Type': 'text/plain' }
				});
				return 'sent';
			} catch {
				return 'blocked';
			}
		},
		{ url: editor.url, body: remove }
	);
	expect(['sent', 'blocked']).toContain(sent);
	// The browser reports the refused request; that is what this step expects.
	guard.clear();
	expect(snapshot()).toEqual(before);
});

test('a workshop deck is built, reordered, previewed, saved, and opens again as saved', async ({ page }) => {
	await open(page, '#/deck/new');
	const ed = page.locator('.deck-editor');
	await ed.getByLabel('Id', { exact: true }).fill('workshop-test');
	await ed.getByLabel('Title', { exact: true }).fill('Registered workers in Thailand');
	await ed
		.getByLabel('Description')
		.fill('A three-step walk through the registered workers in Thailand, 2016 to 2019.');

	const step = ed.locator('.step-form');
	const fillStep = async (heading: string, caption: string, year: string, corridor: string) => {
		await step.getByLabel('Heading').fill(heading);
		await step.getByLabel('Caption').fill(caption);
		await step.getByLabel('Year', { exact: true }).selectOption(year);
		await step.getByLabel('Measure', { exact: true }).selectOption('registered_workers');
		// Highlight the corridor by clicking its line on the small map.
		await step.locator(`.mini-map [data-corridor="${corridor}"] .handle`).click();
		await expect(step.locator(`.mini-map [data-corridor="${corridor}"]`)).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(step.locator('[data-field="corridors"] .chips')).toContainText(/→ Thailand/);
		await step.getByRole('radio', { name: 'Zoom to a corridor' }).check();
		await step.getByLabel('Corridor to zoom to').selectOption(corridor);
		const big = step.getByLabel('Big figure');
		const option = big.locator('option', {
			hasText: corridor.startsWith('KHM') ? 'Cambodia → Thailand' : 'Myanmar → Thailand'
		});
		await expect(option).toHaveCount(1);
		await big.selectOption((await option.getAttribute('value'))!);
	};
	await fillStep(
		'Cambodians registered, 2016',
		'Cambodian workers registered in Thailand towards the end of 2016.',
		'2016',
		'KHM-THA'
	);
	await step.getByLabel('Speaker notes').fill('Start with the Cambodian corridor.');
	await ed.getByRole('button', { name: 'Add a step' }).click();
	await fillStep(
		'Myanmar workers registered, 2019',
		'Myanmar workers registered in Thailand in 2019.',
		'2019',
		'MMR-THA'
	);
	await ed.getByRole('button', { name: 'Add a step' }).click();
	await fillStep(
		'Cambodians registered, 2019',
		'Cambodian workers registered in Thailand in 2019.',
		'2019',
		'KHM-THA'
	);
	// Step 3 becomes step 2.
	await ed.getByRole('button', { name: 'Move up: Step 3' }).click();
	await expect(ed.locator('.steps li').nth(1)).toContainText('Cambodians registered, 2019');

	// The preview: the card the audience sees, and the speaker's view.
	await ed.locator('.steps li').nth(0).locator('.step-pick').click();
	const preview = ed.locator('.preview');
	await expect(preview.locator('.card')).toContainText('Step 1 of 3 · Registered workers in Thailand');
	await expect(preview.locator('.card .big')).toContainText('Cambodia → Thailand');
	await expect(preview.locator('.speaker')).toContainText('Start with the Cambodian corridor.');
	await expect(preview.locator('.speaker')).toContainText('Next: Cambodians registered, 2019');
	await expect(preview.locator('.lines li.on')).toContainText('Cambodia → Thailand');
	await expect(ed.locator('.problems-box')).toHaveText('No problems: this can be saved.');

	await ed.getByRole('button', { name: 'Save the deck' }).click();
	await expect(page.locator('#toast')).toContainText('Saved: workshop deck workshop-test');
	await expect(page).toHaveURL(/#\/deck\/workshop-test$/);
	const file = path.join(dataDir(), 'presentations', 'workshop-test.json');
	const bytes = fs.readFileSync(file);
	const deck = JSON.parse(bytes.toString('utf8'));
	expect(deck.steps.map((s: { heading: string }) => s.heading)).toEqual([
		'Cambodians registered, 2016',
		'Cambodians registered, 2019',
		'Myanmar workers registered, 2019'
	]);
	expect(deck.steps[0]).toMatchObject({
		year: 2016,
		measure: 'registered_workers',
		frame: { corridor: 'KHM-THA' },
		highlight: { corridors: ['KHM-THA'], countries: [] },
		notes: 'Start with the Cambodian corridor.'
	});
	expect(deck.steps.every((s: { figure: string | null }) => typeof s.figure === 'string')).toBe(true);
	expect(Object.keys(deck)).toEqual(['id', 'title', 'description', 'steps']);
	expect(Object.keys(deck.steps[0])).toEqual([
		'heading',
		'caption',
		'year',
		'measure',
		'frame',
		'highlight',
		'figure',
		'notes'
	]);

	// Opened again, the deck is as saved; saving it again changes nothing.
	await open(page, '#/decks');
	await page.getByRole('link', { name: 'Registered workers in Thailand' }).click();
	await expect(ed.getByLabel('Title', { exact: true })).toHaveValue('Registered workers in Thailand');
	await expect(ed.locator('.steps li')).toHaveCount(3);
	await expect(ed.locator('.steps li').nth(2)).toContainText('Myanmar workers registered, 2019');
	await expect(ed.locator('.step-form').getByLabel('Big figure')).toHaveValue(deck.steps[0].figure);
	await expect(ed.locator('.problems-box')).toHaveText('No problems: this can be saved.');
	await ed.getByRole('button', { name: 'Save the deck' }).click();
	await expect(page.locator('#toast')).toContainText('Nothing changed');
	expect(fs.readFileSync(file)).toEqual(bytes);
});

test('a file changed on disk since the editor read it: the save says so, the form is kept, reload and save', async ({
	page
}) => {
	await open(page, '#/records');
	await page.getByRole('button', { name: 'ar2016-f004', exact: true }).click();
	const form = page.locator('.record-form');
	const mine =
		'Documented Cambodian migrant workers in Thailand towards the end of 2016 (edited in the editor).';
	await form.getByLabel('Description (our words)').fill(mine);
	await expect(form.locator('.problems-box')).toHaveText('No problems: this can be saved.');

	// Someone else edits another figure in the same file meanwhile.
	const file = path.join(dataDir(), 'figures.json');
	const figures = JSON.parse(fs.readFileSync(file, 'utf8'));
	figures[0].description = `${figures[0].description} (edited elsewhere)`;
	fs.writeFileSync(file, JSON.stringify(figures, null, '\t'));
	const theirs = fs.readFileSync(file);

	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.locator('.banner')).toContainText(
		'data/figures.json changed on disk since the editor read it'
	);
	expect(fs.readFileSync(file)).toEqual(theirs);
	await expect(form.getByLabel('Description (our words)')).toHaveValue(mine);

	await form.getByRole('button', { name: 'Reload the data and check my form again' }).click();
	await expect(form.locator('.banner')).toContainText('Reloaded. Your form is unchanged');
	await expect(form.getByLabel('Description (our words)')).toHaveValue(mine);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('#toast')).toContainText('Saved: figure ar2016-f004');
	const after = JSON.parse(fs.readFileSync(file, 'utf8'));
	expect(after[0].description).toMatch(/\(edited elsewhere\)$/);
	expect(after.find((f: { id: string }) => f.id === 'ar2016-f004').description).toBe(mine);
	expect(fs.readFileSync(path.join(dataDir(), 'CHANGELOG.md'), 'utf8')).toMatch(
		/: Figure ar2016-f004 edited: description \(editor\)\.\n$/
	);
});
