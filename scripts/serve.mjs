#!/usr/bin/env node
/**
 * A tiny static file server with no dependencies, for the built site: used by the e2e tests, the benchmark
 * and the offline workshop package. Usage: node serve.mjs [dir=build or ./site] [port=4173] [--base /sub/path]
 * SvelteKit writes /country/THA as country/THA.html, so a path without an extension also tries .html.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const baseFlag = args.indexOf('--base');
const base = baseFlag >= 0 ? (args.splice(baseFlag, 2)[1] ?? '').replace(/\/$/, '') : '';
// In the offline package this file sits beside the site's folder, "site"; in the repository it serves build/.
const packaged = path.join(path.dirname(new URL(import.meta.url).pathname), 'site');
const root = path.resolve(args[0] ?? (fs.existsSync(packaged) ? packaged : 'build'));
const port = Number(args[1] ?? process.env.PORT ?? 4173);

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm'
};

function resolveFile(urlPath) {
	const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
	const full = path.join(root, rel);
	if (!full.startsWith(root)) return null; // no escaping the folder with ../
	const candidates = [full, `${full}.html`, path.join(full, 'index.html')];
	return candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

const server = http.createServer((req, res) => {
	let urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
	if (base) {
		if (!urlPath.startsWith(base)) {
			res.writeHead(404).end('Not found');
			return;
		}
		urlPath = urlPath.slice(base.length) || '/';
	}
	const file = resolveFile(urlPath);
	if (!file) {
		const notFound = path.join(root, '404.html');
		res.writeHead(404, { 'content-type': types['.html'] });
		res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
		return;
	}
	// The build has a .gz beside each file: send it to browsers that accept gzip, as a real host would.
	const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'])) && fs.existsSync(`${file}.gz`);
	res.writeHead(200, {
		'content-type': types[path.extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		vary: 'accept-encoding',
		...(gzip ? { 'content-encoding': 'gzip' } : {})
	});
	fs.createReadStream(gzip ? `${file}.gz` : file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}/`);
	console.log(`Presentations: http://localhost:${port}${base}/present  (Ctrl+C to stop)`);
});
