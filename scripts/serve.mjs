#!/usr/bin/env node
/**
 * A tiny static file server with no dependencies (Node built-ins only), for the built site: used by the e2e
 * tests, the benchmark and the offline workshop package, which carries this file alone.
 * Usage: node serve.mjs [dir=./site beside this file, else build] [port=$PORT or 4173] [--base /sub/path]
 *        [--host 127.0.0.1]
 * SvelteKit writes /country/THA as country/THA.html, so a path without an extension also tries .html. A
 * trailing slash redirects to the page without it (the pages' relative links need that), unless the folder
 * has an index.html. Nothing outside dir is ever served; a bad request gets 400, never a crash.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 ? (args.splice(i, 2)[1] ?? fallback) : fallback;
};
// '/sub/path' (also from 'sub/path/'), or '' for none.
const base = `/${option('--base', '')}`.replace(/\/+$/, '').replace(/^\/+/, '/');
const host = option('--host', '127.0.0.1');
// In the offline package this file sits beside the site's folder, "site"; in the repository it serves build/.
const packaged = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');
const root = path.resolve(args[0] || (fs.existsSync(packaged) ? packaged : 'build'));
const port = Number(args[1] || process.env.PORT || 4173);

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.gz': 'application/gzip'
};

const stat = (file) => {
	try {
		return fs.statSync(file);
	} catch {
		return undefined; // missing, not a folder on the way, name too long...
	}
};
const isFile = (file) => stat(file)?.isFile() ?? false;

function handle(req, res) {
	const common = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
	const reply = (status, body = http.STATUS_CODES[status], headers = {}) => {
		res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...common, ...headers });
		res.end(req.method === 'HEAD' ? undefined : body);
	};
	// The nearest 404.html on the way up from the address, so /km/... gets the Khmer one (km/404.html).
	const notFound = (rel = '') => {
		const folders = rel.split(path.sep).filter(Boolean);
		for (let n = folders.length; n >= 0; n--) {
			const page = path.join(root, ...folders.slice(0, n), '404.html');
			if (isFile(page)) return reply(404, fs.readFileSync(page), { 'content-type': types['.html'] });
		}
		reply(404, 'Not found');
	};
	// A canonical address (only %-escaped segments after one '/'), so never a redirect to another host.
	const redirect = (rel, slash, query) => {
		const segments = rel.split(path.sep).filter(Boolean).map(encodeURIComponent);
		const location = `${encodeURI(base)}/${segments.join('/')}${slash && segments.length ? '/' : ''}${query}`;
		reply(301, `Moved to ${location}`, { location });
	};

	if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, undefined, { allow: 'GET, HEAD' });
	// The path as sent (an absolute-form target loses its scheme and host), decoded once. Not new URL(): it
	// would resolve '..' itself, and differently from the file system.
	const target = (req.url ?? '/').replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '');
	const q = target.indexOf('?');
	const query = q >= 0 ? target.slice(q) : '';
	let urlPath;
	try {
		urlPath = decodeURIComponent(q >= 0 ? target.slice(0, q) : target);
	} catch {
		return reply(400); // a malformed %-escape
	}
	if (!urlPath.startsWith('/') || urlPath.includes('\0')) return reply(400);
	if (base) {
		if (urlPath === base) return redirect('', true, query);
		if (!urlPath.startsWith(`${base}/`)) return notFound();
		urlPath = urlPath.slice(base.length);
	}
	// Confined to root by what the path resolves to, whatever the separators or encodings that got it there.
	const full = path.resolve(root, `.${urlPath}`);
	const rel = path.relative(root, full);
	if (rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) return reply(400);

	let file;
	const index = path.join(full, 'index.html');
	if (urlPath.endsWith('/')) {
		if (isFile(index)) file = index;
		else if (rel && (isFile(full) || isFile(`${full}.html`))) return redirect(rel, false, query);
	} else if (isFile(full)) file = full;
	else if (isFile(`${full}.html`)) file = `${full}.html`;
	else if (isFile(index)) return redirect(rel, true, query);
	if (!file) return notFound(rel);

	// The build has a .gz beside each file: send it to browsers that accept gzip, as a real host would.
	const gzip =
		!file.endsWith('.gz') && /\bgzip\b/.test(String(req.headers['accept-encoding'])) && isFile(`${file}.gz`);
	const send = gzip ? `${file}.gz` : file;
	res.writeHead(200, {
		'content-type': types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
		'content-length': stat(send)?.size ?? 0,
		vary: 'accept-encoding',
		...common,
		...(gzip ? { 'content-encoding': 'gzip' } : {})
	});
	if (req.method === 'HEAD') return res.end();
	fs.createReadStream(send)
		.on('error', () => res.destroy())
		.pipe(res);
}

const server = http.createServer((req, res) => {
	try {
		handle(req, res);
	} catch (err) {
		console.error(err);
		if (res.headersSent) res.destroy();
		else res.writeHead(500, { 'x-content-type-options': 'nosniff' }).end('Server error');
	}
});
server.on('error', (err) => {
	const busy = 'code' in err && err.code === 'EADDRINUSE';
	console.error(busy ? `Port ${port} is in use; give another, as in: node serve.mjs site 8080` : err.message);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}/`);
	console.log(`Presentations: http://localhost:${port}${base}/present  (Ctrl+C to stop)`);
});
