/**
 * Every prerendered page, in every language, opened in the browser: it hydrates without a console error
 * or an uncaught exception (the guard fixture fails the test on either), and its main content is not
 * empty. Two corridor pages once built fine and went blank on hydration; no sample would have caught it.
 */
import { locales, localeOfPath } from '../../src/lib/i18n/locales';
import { builtRoutes } from '../build/helpers';
import { expect, test } from './fixtures';

// One test per language; they run side by side where there are workers to spare.
test.describe.configure({ mode: 'parallel' });

const routes = builtRoutes().filter((r) => r !== '/OPEN-ME');

for (const locale of locales) {
	const pages = routes.filter((r) => localeOfPath(r) === locale);
	test(`every ${locale} page (${pages.length}) hydrates with no error and shows its content`, async ({
		page
	}) => {
		test.setTimeout(pages.length * 5_000);
		expect(pages.length).toBeGreaterThan(100);
		const empty: string[] = [];
		for (const route of pages) {
			await page.goto(route);
			// Hydration has run once the app root is interactive; errors during it reach the guard.
			await page.waitForLoadState('load');
			const text = await page.locator('main, .app-root').first().innerText();
			if (text.trim().length < 20) empty.push(route);
		}
		expect(empty).toEqual([]);
	});
}
