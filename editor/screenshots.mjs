#!/usr/bin/env node
/**
 * The screenshots of the README's section for staff (docs/editor/*.png), taken from the editor running
 * on a temporary copy of data/ and documents/ (the real ones are never touched):
 *
 *   node editor/screenshots.mjs
 *
 * Needs Chromium (as the e2e tests find it), pdftotext and a Khmer font (node editor/find-pdftotext.mjs
 * --install --khmer-fonts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs', 'editor');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-editor-shots-'));
fs.cpSync(path.join(root, 'data'), path.join(tmp, 'data'), { recursive: true });
fs.cpSync(path.join(root, 'documents'), path.join(tmp, 'documents'), { recursive: true });
fs.mkdirSync(out, { recursive: true });

const child = spawn('node', ['editor/start.mjs', '--port', '0'], {
	cwd: root,
	env: {
		...process.env,
		MMC_DATA_DIR: path.join(tmp, 'data'),
		MMC_DOCUMENTS_DIR: path.join(tmp, 'documents')
	},
	stdio: ['ignore', 'pipe', 'inherit']
});
const url = await new Promise((resolve, reject) => {
	let text = '';
	child.stdout.on('data', (c) => {
		text += c;
		const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(text);
		if (m) resolve(m[0]);
	});
	child.on('exit', (code) => reject(new Error(`the editor exited (${code})`)));
});

const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined });
const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });
const shot = async (name) => {
	await page.mouse.move(1, 1);
	await page.waitForTimeout(400);
	await page.screenshot({ path: path.join(out, `${name}.png`) });
	console.log(`docs/editor/${name}.png`);
};
const ready = async (hash) => {
	await page.goto('about:blank');
	await page.goto(`${url}${hash}`);
	await page.locator('body[data-ready]').waitFor({ state: 'attached' });
};
/** Selects `text` in line `line`, as a mouse would. */
const select = (line, text) =>
	page.evaluate(
		({ line, text }) => {
			const tx = document.querySelector(`#L${line} .tx`);
			const walker = document.createTreeWalker(tx, NodeFilter.SHOW_TEXT);
			const nodes = [];
			let full = '';
			while (walker.nextNode()) {
				nodes.push([walker.currentNode, full.length]);
				full += walker.currentNode.data;
			}
			const start = full.indexOf(text);
			const at = (pos) => {
				const [node, from] = [...nodes].reverse().find(([, f]) => f <= pos);
				return [node, pos - from];
			};
			const range = document.createRange();
			range.setStart(...at(start));
			range.setEnd(...at(start + text.length));
			getSelection().removeAllRanges();
			getSelection().addRange(range);
			document.getElementById(`L${line}`).scrollIntoView({ block: 'center' });
			tx.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
		},
		{ line, text }
	);
const lineWith = async (text) =>
	Number((await page.locator('.ln', { hasText: text }).first().getAttribute('id')).slice(1));

try {
	// A small report, printed to PDF by Chromium.
	const maker = await browser.newPage();
	await maker.setContent(`<!doctype html><html><body style="font-family: 'Noto Sans', sans-serif; width: 40em">
		<h1>Migration Monitor 2024</h1>
		<p>Mekong Migration Network, December 2024</p>
		<h2>Cambodia</h2>
		<p>In 2024 the Ministry of Labour registered 1,234,567 Cambodian migrant workers in Thailand, according to the
		Department of Employment. About 45% of them were women.</p>
		<p lang="km" style="font-family: 'Noto Sans Khmer', sans-serif">ពលករចំណាកស្រុកកម្ពុជាចំនួន ១,២៣៤,៥៦៧ នាក់ បានចុះឈ្មោះនៅប្រទេសថៃ ក្នុងឆ្នាំ ២០២៤។</p>
		<p>Recruitment through the MOU channel cost workers up to USD 700 each, and 8,500 workers returned from Malaysia in March 2024.</p></body></html>`);
	const pdf = await maker.pdf({ format: 'A4' });
	await maker.close();

	await ready('#/add');
	await page
		.locator('#document-file')
		.setInputFiles({ name: 'migration-monitor-2024.pdf', mimeType: 'application/pdf', buffer: pdf });
	const form = page.locator('.source-form');
	await form.getByLabel('Id', { exact: true }).fill('monitor2024');
	await form.getByLabel('Short title').fill('Migration Monitor 2024');
	await form.getByLabel('Date published').fill('2024-12');
	await form.getByLabel(/annual report/).check();
	await form.getByLabel('Year covered').fill('2024');
	await page.locator('.preview-lines').scrollIntoViewIfNeeded();
	await shot('01-add-document');
	await page.getByRole('button', { name: 'Add the document' }).click();
	await page.waitForURL(/#\/document\/monitor2024$/);
	await page.locator('.document .ln').first().waitFor();

	const en = await lineWith('1,234,567 Cambodian');
	await select(
		en,
		'In 2024 the Ministry of Labour registered 1,234,567 Cambodian migrant workers in Thailand'
	);
	await page.locator('.cite-toolbar').waitFor();
	await shot('02-select-to-cite');

	await page.locator('.cite-toolbar').getByRole('button', { name: 'Figure' }).click();
	const fig = page.locator('.record-form');
	await fig.getByLabel('What the number counts (measure)').selectOption('registered_workers');
	await fig.getByLabel('From (origin)').selectOption({ label: 'Cambodia (KHM)' });
	await page.locator('.problems-box .problems').waitFor();
	await page.evaluate(() => document.getElementById('toast').classList.remove('shown'));
	await page.locator('.side').evaluate((el) => el.scrollTo(0, 1000));
	await shot('03-figure-form');

	await fig.getByLabel('To (destination)').selectOption({ label: 'Thailand (THA)' });
	await fig.getByLabel(/^At a date/).check();
	await fig.getByLabel(/^Whole corridor/).check();
	await fig
		.getByLabel('Description (our words)')
		.fill('Cambodian migrant workers registered in Thailand in 2024.');
	await page.locator('.problems-box .ok').waitFor();
	await fig.getByRole('button', { name: 'Save' }).click();
	await page.locator('#toast.shown').waitFor();
	await page.locator(`#L${en} mark.cited`).waitFor();
	await shot('05-coverage');

	await ready('#/document/statement2017');
	await page.locator('#L7').waitFor();
	await select(7, 'Mekong Migration Network (MMN)');
	await page.locator('.cite-toolbar').getByRole('button', { name: 'Organisation' }).click();
	const org = page.locator('.record-form');
	await org.getByLabel('Name (as printed)').fill('Mekong Migration Network');
	await org.getByLabel('Acronym').fill('MMN');
	await org.getByLabel('Country').selectOption({ label: 'Greater Mekong Subregion (XGM)' });
	await org.getByLabel('Kind').selectOption('network');
	await org.locator('.duplicates-box h3').waitFor();
	await org.getByRole('button', { name: 'Save' }).click();
	await org.locator('.refused').waitFor();
	await org.locator('.duplicates-box').scrollIntoViewIfNeeded();
	await shot('04-duplicate');

	await page.setViewportSize({ width: 1360, height: 1000 });
	await ready('#/deck/into-thailand');
	await page.locator('.mini-map').waitFor();
	await page.locator('.preview .card').waitFor();
	await page.locator('.steps li').nth(1).locator('.step-pick').click();
	await page.waitForTimeout(800);
	await page
		.locator('.deck-body')
		.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
	await shot('06-deck');
} finally {
	await browser.close();
	child.kill();
	fs.rmSync(tmp, { recursive: true, force: true });
}
