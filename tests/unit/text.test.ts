import { describe, expect, it } from 'vitest';
import { hrefFrom, localeInfo, locales } from '$lib/i18n/locales';
import { formatList } from '$lib/i18n/text';
import { routePath } from '$lib/i18n/links';

describe.each(locales)('lists in %s', (locale) => {
	const tag = localeInfo[locale].tag;
	it.each([['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']])(
		'formatList(%j) joins as ICU does',
		(...items) => {
			expect(formatList(items, 'conjunction', locale)).toBe(
				new Intl.ListFormat(tag, { type: 'conjunction' }).format(items)
			);
			expect(formatList(items, 'unit', locale)).toBe(
				new Intl.ListFormat(tag, { type: 'unit', style: 'long' }).format(items)
			);
		}
	);
	it('formatList([]) is empty', () => {
		expect(formatList([], 'conjunction', locale)).toBe('');
	});
});

describe('routePath(routeId, params)', () => {
	it.each([
		['/[[lang=locale]]/(site)/(reading)/country/[iso3]', { iso3: 'KHM', lang: 'km' }, '/country/KHM'],
		['/[[lang=locale]]/(site)', {}, '/'],
		['/[[lang=locale]]/(stage)/present/[id]/notes', { id: 'into-thailand' }, '/present/into-thailand/notes'],
		[null, {}, '/']
	])('routePath(%j) is %j', (id, params, expected) => {
		expect(routePath(id, params)).toBe(expected);
	});
});

describe('hrefFrom(root, path, locale): a link to a site path from the site root, in a language', () => {
	it.each([
		['../', '/country/THA?year=2019#x', 'km', '../km/country/THA?year=2019#x'],
		['../', '/km/country/THA', 'en', '../country/THA'],
		['https://example.org/corridors/', '/', 'zh-hans', 'https://example.org/corridors/zh-hans'],
		['./', '/?year=2019', 'en', './?year=2019'],
		['/', '/vi/sources', 'lo', '/lo/sources']
	] as const)('hrefFrom(%j, %j, %j) is %j', (root, path, locale, expected) => {
		expect(hrefFrom(root, path, locale)).toBe(expected);
	});
});
