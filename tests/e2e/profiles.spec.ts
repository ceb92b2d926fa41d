import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { countryName } from './data';

const organisations = JSON.parse(fs.readFileSync('data/organisations.json', 'utf8')) as {
	id: string;
	name: string;
	acronym: string | null;
	country: string;
	memberships: unknown[];
}[];
// A member organisation with an acronym no other organisation shares, so the first result is it.
const org = organisations.find(
	(o) =>
		o.acronym &&
		o.memberships.length &&
		/^[A-Z]{3,}$/.test(o.acronym) &&
		organisations.filter((x) => x.acronym === o.acronym).length === 1
)!;

test('search finds an organisation by its acronym and opens its country', async ({ page }) => {
	await page.goto('/sources');
	await expect(page.locator('html[data-started]')).toBeAttached();
	const box = page.getByRole('combobox', { name: /Search/ });
	await box.click();
	await box.fill(org.acronym!.toLowerCase());
	const first = page.getByRole('option').first();
	await expect(first).toContainText(org.name);
	await box.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', 'search-result-0');
	await box.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/country/${org.country}#${org.id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(countryName(org.country));
	await expect(page.locator(`[id="${org.id}"]`)).toContainText(org.name);
});

test('Escape closes the search list without leaving the page', async ({ page }) => {
	await page.goto('/country/THA');
	await expect(page.locator('html[data-started]')).toBeAttached();
	const box = page.getByRole('combobox', { name: /Search/ });
	await box.fill('thai');
	await expect(page.getByRole('listbox')).toBeVisible();
	await box.press('Escape');
	await expect(page.getByRole('listbox')).toBeHidden();
	await expect(page).toHaveURL(/\/country\/THA$/);
});

test('selecting a country on the map opens its profile in the panel and updates the URL', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	await page.getByRole('button', { name: 'Cambodia: show country panel' }).click();
	await expect(page).toHaveURL(/country=KHM/);
	const panel = page.locator('aside');
	await expect(panel.getByRole('heading', { name: 'Cambodia', level: 2 })).toBeVisible();
	await expect(panel.getByRole('heading', { name: /^Policies \(\d+\)$/ })).toBeVisible();
	await expect(panel.getByRole('link', { name: 'Full profile of Cambodia' })).toBeVisible();
});

test('a country profile passes axe (WCAG 2.2 AA) with no violations', async ({ page }) => {
	await page.goto('/country/KHM');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
});

test('a profile reads without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/country/KHM');
	await expect(page.getByRole('heading', { name: /^Policies \(\d+\)$/ })).toBeVisible();
	const firstQuote = page.locator('details.citation').first();
	await firstQuote.locator('summary').click();
	await expect(firstQuote.locator('blockquote')).toBeVisible();
	await context.close();
});
