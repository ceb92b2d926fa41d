#!/usr/bin/env node
/**
 * A tiny static file server with no dependencies (Node built-ins only), for the built site: used by the e2e
 * tests, the benchmark and the offline workshop package, which carries this file alone.
 * Usage: node serve.mjs [dir=./site beside this file, else build] [port=$PORT or 4173] [--base /sub/path]
 *        [--host 127.0.0.1] [--no-headers]
 * SvelteKit writes /country/THA as country/THA.html, so a path without an extension also tries .html. A
 * trailing slash redirects to the page without it (the pages' relative links need that), unless the folder
 * has an index.html. Nothing outside dir is ever served; a bad request gets 400, never a crash.
 * Like Netlify and Cloudflare Pages, it sends the headers that dir/_headers gives for a path (the site's
 * Content-Security-Policy and friends, from static/_headers) and never serves that file; --no-headers
 * skips them. Its rules name paths of the site, under --base.
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
const noHeaders = args.indexOf('--no-headers');
if (noHeaders >= 0) args.splice(noHeaders, 1);
// In the offline package this file sits beside the site's folder, "site"; in the repository it serves build/.
const packaged = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');
const root = path.resolve(args[0] || (fs.existsSync(packaged) ? packaged : 'build'));
const port = Number(args[1] || process.env.PORT || 4173);

/**
 * The rules of a _headers file (Netlify and Cloudflare Pages format): a path pattern on a line of its own
 * ('*' matches anything, ':name' one segment), then indented 'Name: value' lines; '# ' starts a comment.
 * For a path, every matching rule applies in order: a later rule's value replaces an earlier one of the
 * same name (as Netlify does), and an indented '! Name' drops it (Cloudflare's way of saying the same).
 * @param {string} text
 * @returns {{ pattern: RegExp, set: [string, string][], drop: string[] }[]}
 */
function parseHeaderRules(text) {
	const rules = [];
	for (const [i, raw] of text.split(/\r?\n/).entries()) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			const source = line
				.split(/(\*|:[A-Za-z]\w*)/)
				.map((part) =>
					part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				)
				.join('');
			rules.push({ pattern: new RegExp(`^${source}$`), set: [], drop: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || (!line.startsWith('!') && colon < 1)) throw new Error(`_headers line ${i + 1}: ${line}`);
		if (line.startsWith('!')) rule.drop.push(line.slice(1).trim().toLowerCase());
		else rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers those rules give one path of the site.
 * @param {ReturnType<typeof parseHeaderRules>} rules
 * @param {string} urlPath
 */
function headersFor(rules, urlPath) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) {
		if (!rule.pattern.test(urlPath)) continue;
		for (const name of rule.drop) delete headers[name];
		for (const [name, value] of rule.set) headers[name] = value;
	}
	return headers;
}

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

const headersFile = path.join(root, '_headers');
const headerRules =
	noHeaders < 0 && isFile(headersFile) ? parseHeaderRules(fs.readFileSync(headersFile, 'utf8')) : [];

function handle(req, res) {
	let common = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
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
	common = { ...common, ...headersFor(headerRules, urlPath) };
	// The host reads _headers; it is not part of the site.
	if (headerRules.length && urlPath === '/_headers') return notFound();
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
