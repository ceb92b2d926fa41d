import { describe, expect, it } from 'vitest';
import { preloadsNeeded, staticImportsOf } from '../../scripts/preloads.mjs';

// A page's language as the build splits it: the catalogue's chunk imports each language's messages
// dynamically, and the messages import the plural rules.
const chunks = [
	{ fileName: 'catalogue.js', imports: ['locale.js'] },
	{ fileName: 'locale.js', imports: ['languages.js'] },
	{ fileName: 'languages.js', imports: [] },
	{ fileName: 'en.js', imports: ['plural.js'] },
	{ fileName: 'plural.js', imports: [] },
	{ fileName: 'map.js', imports: ['locale.js', 'd3.js'] },
	{ fileName: 'd3.js', imports: ['d3-array.js'] },
	{ fileName: 'd3-array.js', imports: [] }
];

describe('staticImportsOf(chunks)', () => {
	it("holds every chunk's static imports, direct or not", () => {
		const imports = staticImportsOf(chunks);
		expect([...imports.get('catalogue.js')!].sort()).toEqual(['languages.js', 'locale.js']);
		expect([...imports.get('map.js')!].sort()).toEqual(['d3-array.js', 'd3.js', 'languages.js', 'locale.js']);
		expect(imports.get('plural.js')!.size).toBe(0);
	});

	it('ends on an import cycle', () => {
		const imports = staticImportsOf([
			{ fileName: 'a.js', imports: ['b.js'] },
			{ fileName: 'b.js', imports: ['a.js'] }
		]);
		expect([...imports.get('a.js')!].sort()).toEqual(['a.js', 'b.js']);
	});
});

describe('preloadsNeeded(imported, deps, loaded)', () => {
	const imports = staticImportsOf(chunks);

	it('leaves out the imported module itself, which the import fetches', () => {
		expect(preloadsNeeded('en.js', ['en.js', 'plural.js'], imports.get('catalogue.js'))).toEqual([
			'plural.js'
		]);
	});

	it('leaves out what the importer has loaded, and keeps what it has not', () => {
		const deps = ['map.js', 'locale.js', 'languages.js', 'd3.js', 'd3-array.js'];
		expect(preloadsNeeded('map.js', deps, imports.get('catalogue.js'))).toEqual(['d3.js', 'd3-array.js']);
	});

	it('leaves out only the imported module for an importer the bundle did not name', () => {
		expect(preloadsNeeded('map.js', ['map.js', 'd3.js'], undefined)).toEqual(['d3.js']);
	});
});
