import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.mjs';

describe('precompress(dir): brotli and gzip beside each file, a few at a time', () => {
	it('compresses thousands of pages in nested folders, each copy decompressing to its page', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-precompress-'));
		const pages = 3000;
		for (let i = 0; i < pages; i++) {
			const folder = path.join(dir, `f${i % 30}`);
			fs.mkdirSync(folder, { recursive: true });
			fs.writeFileSync(path.join(folder, `p${i}.html`), `<p>page ${i} ${'ខ្មែរ '.repeat(i % 50)}</p>`);
		}
		fs.writeFileSync(path.join(dir, 'map.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		// A limit of 8 in flight with 3,000 files: the adapter's all-at-once approach would hold 6,000+ open.
		expect(await precompress(dir, { limit: 8 })).toBe(pages);
		for (const i of [0, 1499, 2999]) {
			const file = path.join(dir, `f${i % 30}`, `p${i}.html`);
			const original = fs.readFileSync(file, 'utf8');
			expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).toString()).toBe(original);
			expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString()).toBe(original);
		}
		// Images are compressed already: no copies.
		expect(fs.existsSync(path.join(dir, 'map.png.br'))).toBe(false);
		fs.rmSync(dir, { recursive: true, force: true });
	}, 60_000);
});
