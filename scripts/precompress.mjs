/**
 * Brotli and gzip copies beside every compressible file of a built site (x.html -> x.html.br, x.html.gz),
 * for hosts (and serve.mjs) that send them as they are. adapter-static's own precompression starts every
 * file at once, and past a few thousand pages that opens more files than the system allows (EMFILE); this
 * one keeps at most `limit` files in flight, so a build of any size compresses.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|json|css|svg|xml|wasm|txt|csv)$/i;

/**
 * @param {string} dir
 * @returns {AsyncGenerator<string>}
 */
async function* files(dir) {
	for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(full);
		else if (COMPRESSIBLE.test(entry.name)) yield full;
	}
}

/** @param {string} file */
async function compress(file) {
	await pipeline(
		createReadStream(file),
		zlib.createBrotliCompress({
			params: {
				[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
				[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY
			}
		}),
		createWriteStream(`${file}.br`)
	);
	await pipeline(createReadStream(file), zlib.createGzip({ level: 9 }), createWriteStream(`${file}.gz`));
}

/**
 * Compresses every compressible file under `dir`, `limit` at a time; resolves to the number of files.
 * @param {string} dir
 * @param {{ limit?: number }} [options]
 */
export async function precompress(dir, { limit = 32 } = {}) {
	const queue = files(dir);
	let count = 0;
	const worker = async () => {
		for (;;) {
			const next = await queue.next();
			if (next.done) return;
			await compress(next.value);
			count++;
		}
	};
	await Promise.all(Array.from({ length: limit }, worker));
	return count;
}
