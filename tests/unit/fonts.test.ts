import { describe, expect, it } from 'vitest';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { parseUnicodeRange } from '$lib/map/exportImage';
import { asRange, fontCss, fontFile, fontFiles, hanCharacters } from '$lib/server/fonts';

describe('asRange(code points)', () => {
	it('writes runs of neighbours as one span, in order, each point once', () => {
		expect(asRange([0x4e05, 0x4e00, 0x4e01, 0x4e02, 0x4e01, 0x3002])).toBe('U+3002,U+4e00-4e02,U+4e05');
		expect(asRange([])).toBe('');
	});
});

describe('the Chinese font', () => {
	const rules = fontCss('han').split('\n');

	it('is one file per weight, whose range holds every character the Chinese pages can show', () => {
		expect(rules).toHaveLength(2);
		expect(rules.map((r) => r.match(/font-weight:(\d+)/)?.[1])).toEqual(['400', '700']);
		const used = [...hanCharacters()];
		expect(used.length).toBeGreaterThan(300);
		for (const rule of rules) {
			const spans = parseUnicodeRange(rule.match(/unicode-range:([^}]+)/)![1]!);
			const outside = used.filter((c) => !spans.some(([a, b]) => c >= a && c <= b));
			expect(outside.map((c) => String.fromCodePoint(c)).join('')).toBe('');
		}
		expect(fontFiles().filter((f) => f.startsWith('noto-sans-sc'))).toEqual([
			'noto-sans-sc-used-400.woff2',
			'noto-sans-sc-used-700.woff2'
		]);
	});

	it('draws every one of them in both weights, and is cut down to them: tens of KB, not the megabyte it is cut from', async () => {
		const used = [...hanCharacters()];
		for (const weight of [400, 700]) {
			const bytes = await fontFile(`noto-sans-sc-used-${weight}.woff2`);
			expect(bytes?.subarray(0, 4).toString('latin1')).toBe('wOF2');
			expect(bytes!.length).toBeGreaterThan(20_000);
			expect(bytes!.length).toBeLessThan(120_000);
			// The characters the file has glyphs for (its cmap), read with HarfBuzz, as subset-font cuts it.
			const drawn = new Set(
				new Face(new Blob(await fontverter.convert(bytes!, 'truetype'))).collectUnicodes()
			);
			const missing = used.filter((c) => !drawn.has(c)).map((c) => String.fromCodePoint(c));
			expect(missing.join(''), `weight ${weight}`).toBe('');
		}
	}, 60_000);
});
