/**
 * The offline package's site opened by double-clicking a page (a file:// URL), not through serve.mjs: the
 * app cannot start there, so the page must say, in its own language, how to start the package's server.
 * The plain Playwright test, not the guard fixture: from a file, the browser refuses the app's module
 * scripts and logs that as console errors, which is the situation under test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';

const messages = (locale: string): Record<string, string> =>
	JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8'));

let dir: string;
test.beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-file-'));
	execFileSync('node', ['scripts/package-offline.mjs', '--skip-build', '--out', dir], { stdio: 'ignore' });
});
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

for (const { locale, page: file, home } of [
	{ locale: 'en', page: 'index.html', home: 'http://localhost:4173/' },
	{ locale: 'km', page: 'km/country/THA.html', home: 'http://localhost:4173/km/' },
	{ locale: 'my', page: 'my.html', home: 'http://localhost:4173/my/' }
]) {
	test(`a double-clicked ${file} says how to start the package's server, in its language (${locale})`, async ({
		page
	}) => {
		await page.goto(pathToFileURL(path.join(dir, 'site', file)).href);
		const notice = page.locator('[data-file-notice]');
		await expect(notice).toBeVisible();
		await expect(notice).toBeInViewport();
		const words = messages(locale);
		await expect(notice).toContainText(words.file_notice_heading!);
		await expect(notice).toContainText(words.file_notice_run!);
		await expect(notice.locator('code')).toHaveText(['node serve.mjs', home]);
	});
}

test('a page served over HTTP keeps the notice hidden', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html[data-started]')).toBeAttached();
	await expect(page.locator('[data-file-notice]')).toBeAttached();
	await expect(page.locator('[data-file-notice]')).toBeHidden();
});
