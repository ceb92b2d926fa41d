import { describe, expect, it } from 'vitest';
import { pageScriptTag } from '$lib/hydration/pageScript';

describe('pageScriptTag(entry, base, locale, dev): the script of a page that starts no app', () => {
	it("points to the entry's file under the page's relative base, with the root and the language", () => {
		expect(pageScriptTag('home', '..', 'km', false)).toBe(
			'<script type="module" src="../_app/home.js" data-home data-root="../" data-locale="km"></script>'
		);
		expect(pageScriptTag('reading', '.', 'en', false)).toContain('src="./_app/reading.js" data-reading');
	});

	it('loads the source module from the dev server', () => {
		expect(pageScriptTag('home', '', 'en', true)).toContain('src="/src/lib/home/main.ts"');
	});

	it('escapes what it writes into attributes', () => {
		expect(pageScriptTag('reading', '/a"b', 'en', false)).toContain('data-root="/a&quot;b/"');
	});
});
