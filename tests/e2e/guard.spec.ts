import { test, expect } from './fixtures';

// These tests prove the shared guard fixture can fail: without them a guard that never fires would pass.
test.describe('the e2e guard fixture', () => {
	// The pages' Content-Security-Policy refuses off-site requests before they leave the browser; the guard
	// is the net for what a policy does not cover (a host serving no policy), so test it without one.
	test.use({ bypassCSP: true });

	test('reports a request to another host, and blocks it', async ({ page, guard }) => {
		await page.goto('/');
		await page.evaluate(async () => {
			await fetch('https://tiles.example.org/0/0/0.png').catch(() => undefined);
		});
		await expect
			.poll(() => guard.problems.join('\n'))
			.toContain('request to another host: https://tiles.example.org/0/0/0.png');
		guard.clear();
	});

	test('reports an uncaught exception and a console error', async ({ page, guard }) => {
		await page.goto('/');
		await page.evaluate(() => {
			console.error('something broke');
			setTimeout(() => {
				throw new Error('boom from the page');
			});
		});
		await expect.poll(() => guard.problems.join('\n')).toContain('uncaught exception: boom from the page');
		expect(guard.problems.join('\n')).toContain('console error: something broke');
		guard.clear();
	});

	test('fails the test at the end when a problem is left unreported', async ({ page }) => {
		// Expected to fail: the guard's own check at teardown must turn this off-site request into a failure.
		test.fail();
		await page.goto('/');
		await page.evaluate(() => fetch('https://cdn.example.com/lib.js').catch(() => undefined));
		await page.waitForTimeout(200);
	});
});
