import { test, expect } from './fixtures';

test('the home page says what the site is and links to its sources', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mekong Migration Corridors');
	await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Sources and data' })).toBeVisible();
	await page.getByRole('contentinfo').getByRole('link', { name: 'Sources and data' }).click();
	await expect(page).toHaveURL(/\/sources$/);
	await expect(page.locator('tbody tr')).toHaveCount(5);
});
