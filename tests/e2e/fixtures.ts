/**
 * The one fixture every page test uses. It fails the test on any console error, any uncaught exception,
 * and any request to a host other than the local server (such requests are also blocked, so a test run
 * never depends on the network).
 */
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface Guard {
	/** Everything that went wrong on the page so far, worded for a test report. */
	problems: string[];
	/** Forget what was collected (for the tests that prove the guard works). */
	clear(): void;
}

export function isOffSite(url: string): boolean {
	const { protocol, hostname } = new URL(url);
	if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false;
	return !LOCAL_HOSTS.has(hostname);
}

export const test = base.extend<{ guard: Guard; page: Page }>({
	guard: [
		async ({ context }, use) => {
			const problems: string[] = [];
			await context.route('**/*', (route) => {
				const url = route.request().url();
				if (isOffSite(url)) {
					problems.push(`request to another host: ${url}`);
					return route.abort('blockedbyclient');
				}
				return route.continue();
			});
			const guard: Guard = { problems, clear: () => problems.splice(0) };
			await use(guard);
			expect(problems, 'console errors, uncaught exceptions or off-site requests').toEqual([]);
		},
		{ auto: true }
	],
	page: async ({ page, guard }, use) => {
		page.on('console', (msg) => {
			// The browser logs our own blocking of off-site requests as a console error; the request
			// itself is already reported, so don't count it twice.
			if (msg.type() === 'error' && !msg.text().includes('ERR_BLOCKED_BY_CLIENT')) {
				guard.problems.push(`console error: ${msg.text()}`);
			}
		});
		page.on('pageerror', (err) => guard.problems.push(`uncaught exception: ${err.message}`));
		await use(page);
	}
});

export { expect };
