import { test, expect } from './fixtures';
import { linesForYear, years } from './data';
import { BROWSER_ARGS } from './launch';

// No WebGL at all: the interactive map cannot start and the SVG map takes its place.
test.use({
	launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: [...BROWSER_ARGS, '--disable-3d-apis'] }
});

const year = [...years].sort((a, b) => linesForYear(b) - linesForYear(a))[0]!;

test('without WebGL, the SVG fallback map draws the same number of lines, with a notice', async ({
	page
}) => {
	await page.goto(`/?year=${year}`);
	await expect(page.locator('[data-map-state=ready]')).toBeAttached();
	// A press on the map asks for MapLibre, which cannot start here: the SVG map stays, with a notice.
	await page.locator('.map-box').dispatchEvent('pointerdown');
	await page.locator('.map-box').dispatchEvent('pointerup');
	await expect(page.locator('.map-box')).toHaveAttribute('data-map-mode', 'svg');
	await expect(page.locator('p.notice')).toContainText('simplified map');
	await expect(page.locator('.flow')).toHaveCount(linesForYear(year));
	await page.locator('.flow').first().focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/corridor=/);
});
