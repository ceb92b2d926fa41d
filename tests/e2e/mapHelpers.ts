/** Opening the map as a reader does: the SVG map first; MapLibre after a press on the map. */
import { expect, type Page } from '@playwright/test';

export async function openMap(page: Page, query = '', { gl = false } = {}) {
	await page.goto(`/${query}`);
	await expect(page.locator('[data-map-state=ready]').first()).toBeAttached({ timeout: 45_000 });
	// The live lines are drawn too: the drawing made at build time has given way to them.
	await expect(page.locator('.map-box .prerendered')).toHaveCount(0);
	if (gl) await startWebGl(page);
}

/** A press on the map starts MapLibre once released, and MapLibre then replaces the SVG map. */
export async function startWebGl(page: Page, box = page.locator('.map-box')) {
	await box.dispatchEvent('pointerdown');
	await box.dispatchEvent('pointerup');
	await expect(box).toHaveAttribute('data-map-mode', 'gl', { timeout: 45_000 });
}
