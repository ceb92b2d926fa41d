/** axe (WCAG 2.2 AA) on a page, its violations worded for a test report. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`
	);
}
