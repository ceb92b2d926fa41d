/**
 * scripts/serve.mjs, the server of the e2e tests and of the offline package, run as it is run: a child
 * process on a free port, asked with raw request paths (node:http, not fetch, which would normalise '..'
 * and %2f away). The package is written by scripts/package-offline.mjs into a folder whose name has a
 * space and non-ASCII letters. MMC_SERVE_SCRIPT=<file> runs the same tests against another server file.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVER = path.resolve(process.env.MMC_SERVE_SCRIPT ?? 'scripts/serve.mjs');
const SECRET = 'secret-outside-the-root';
const THA_JSON = JSON.stringify({ iso3: 'THA', name: 'Thailand', pad: 'x'.repeat(500) });

interface Reply {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

function request(port: number, p: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') {
	return new Promise<Reply>((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path: p, method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.setTimeout(2000, () => req.destroy(new Error(`no answer to ${p}`)));
		req.end();
	});
}

async function freePort() {
	const probe = net.createServer();
	await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
	const { port } = probe.address() as AddressInfo;
	await new Promise((r) => probe.close(r));
	return port;
}

const children: ChildProcess[] = [];
async function start(script: string, args: string[], cwd: string) {
	const port = await freePort();
	const child = spawn(process.execPath, [script, ...args.map((a) => (a === 'PORT' ? String(port) : a))], {
		cwd,
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	children.push(child);
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr += d));
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
		if (
			await request(port, '/').then(
				() => true,
				() => false
			)
		)
			return port;
		await new Promise((r) => setTimeout(r, 30));
	}
	throw new Error(`server did not answer: ${stderr}`);
}

function write(file: string, content: string | Buffer) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, content);
}

let tmp: string;
let pkg: string;
let site: string;
let plain: number; // node serve.mjs "<pkg>/site" <port>
let packaged: number; // node "<pkg>/serve.mjs", finding its site beside itself
let sub: number; // node serve.mjs "<pkg>/site" <port> --base /sub
let bare: number; // node serve.mjs "<pkg>/site" <port> --no-headers

beforeAll(async () => {
	tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-serve-'));
	const build = path.join(tmp, 'built-site'); // not build/: the server's own fallback in its cwd
	write(path.join(build, 'index.html'), '<h1>home page</h1>');
	write(path.join(build, '404.html'), '<h1>no such page</h1>');
	write(path.join(build, 'country/THA.html'), '<h1>Thailand page</h1>');
	write(path.join(build, 'country/THA.json'), THA_JSON);
	write(path.join(build, 'country/THA.json.gz'), zlib.gzipSync(THA_JSON));
	write(path.join(build, 'present.html'), '<h1>presentations</h1>');
	write(path.join(build, 'present/deck.html'), '<h1>a deck</h1>'); // a folder beside present.html
	write(path.join(build, 'guide/index.html'), '<h1>guide index</h1>');
	write(path.join(build, 'evil.example.html'), '<h1>a page named like a host</h1>');
	write(path.join(build, 'fonts/a.woff2'), 'wOF2');
	write(path.join(build, 'app.mjs'), 'export {};');
	write(path.join(build, 'notes.txt'), 'notes');
	fs.mkdirSync(path.join(build, 'notes.txt.gz')); // a folder where a .gz would be
	fs.mkdirSync(path.join(build, 'empty'));
	write(path.join(build, 'km/embed/map.html'), '<h1>an embed in Khmer</h1>');
	write(
		path.join(build, '_headers'),
		[
			'# Headers for the host',
			'/*',
			'  X-Rule: all',
			'  Referrer-Policy: no-referrer',
			'',
			'/country/*',
			'  X-Rule: country',
			'/:lang/embed/*',
			'  ! Referrer-Policy',
			'  X-Frame: any: really'
		].join('\n')
	);

	pkg = path.join(tmp, 'Tài liệu');
	execFileSync(process.execPath, ['scripts/package-offline.mjs', '--from', build, '--out', pkg], {
		stdio: 'pipe'
	});
	if (process.env.MMC_SERVE_SCRIPT) fs.copyFileSync(SERVER, path.join(pkg, 'serve.mjs'));
	site = path.join(pkg, 'site');
	// A sibling whose name starts with the root's: a prefix check without a separator lets it through.
	write(path.join(pkg, 'site-old', 'secret.txt'), SECRET);
	write(path.join(pkg, 'secret.txt'), SECRET);

	// cwd is tmp, where there is no build/: the packaged server must find its own site.
	[plain, packaged, sub, bare] = await Promise.all([
		start(SERVER, [site, 'PORT'], tmp),
		start(path.join(pkg, 'serve.mjs'), [], tmp),
		start(SERVER, [site, 'PORT', '--base', '/sub'], tmp),
		start(SERVER, [site, 'PORT', '--no-headers'], tmp)
	]);
});

afterAll(() => {
	for (const child of children) child.kill();
	if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the offline package', () => {
	it('has the site, serve.mjs, START-HERE.txt and a script-free OPEN-ME.html that say how to start it', () => {
		expect(fs.existsSync(path.join(pkg, 'site', 'country', 'THA.html'))).toBe(true);
		if (!process.env.MMC_SERVE_SCRIPT)
			expect(fs.readFileSync(path.join(pkg, 'serve.mjs'), 'utf8')).toBe(fs.readFileSync(SERVER, 'utf8'));
		const txt = fs.readFileSync(path.join(pkg, 'START-HERE.txt'), 'utf8');
		const html = fs.readFileSync(path.join(pkg, 'OPEN-ME.html'), 'utf8');
		for (const text of [txt, html]) {
			expect(text).toContain('Node.js 18');
			expect(text).toContain('node serve.mjs');
			expect(text).toContain('http://localhost:4173/present');
		}
		expect(html).toMatch(/^<!doctype html>/i);
		// Opens from the disk as it is: no script, nothing fetched (links are fine, they load nothing).
		expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\ssrc=|url\(|@import/i);
	});

	it('serves its site from a folder named "Tài liệu" (a space and non-ASCII letters), with no folder given', async () => {
		expect((await request(packaged, '/')).body.toString()).toContain('home page');
		const tha = await request(packaged, '/country/THA');
		expect(tha.status).toBe(200);
		expect(tha.body.toString()).toContain('Thailand page');
		expect((await request(packaged, '/present')).status).toBe(200);
	});
});

describe('serve.mjs', () => {
	it('serves files, pages without .html, and a .gz beside a file to clients that accept gzip', async () => {
		const home = await request(plain, '/');
		expect(home.status).toBe(200);
		expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(home.body.toString()).toContain('home page');
		expect((await request(plain, '/country/THA')).body.toString()).toContain('Thailand page');
		expect((await request(plain, '/country/THA.html')).body.toString()).toContain('Thailand page');

		const gz = await request(plain, '/country/THA.json', { 'accept-encoding': 'gzip, deflate, br' });
		expect(gz.status).toBe(200);
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gz.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(gz.headers.vary).toMatch(/accept-encoding/i);
		expect(zlib.gunzipSync(gz.body).toString()).toBe(THA_JSON);

		const raw = await request(plain, '/country/THA.json');
		expect(raw.headers['content-encoding']).toBeUndefined();
		expect(raw.body.toString()).toBe(THA_JSON);
	});

	it('sends X-Content-Type-Options: nosniff on every answer, and the right content-type', async () => {
		const types: [string, string][] = [
			['/fonts/a.woff2', 'font/woff2'],
			['/app.mjs', 'text/javascript; charset=utf-8'],
			['/country/THA.json.gz', 'application/gzip'],
			['/notes.txt', 'text/plain; charset=utf-8']
		];
		for (const [p, type] of types) {
			const r = await request(plain, p);
			expect([p, r.status, r.headers['content-type']]).toEqual([p, 200, type]);
			expect(r.headers['content-encoding']).toBeUndefined();
		}
		for (const p of [
			'/',
			'/country/THA',
			'/nothing-here',
			'/country/THA/',
			'/..%2fsite-old/secret.txt',
			'/%00'
		]) {
			expect([p, (await request(plain, p)).headers['x-content-type-options']]).toEqual([p, 'nosniff']);
		}
	});

	it('serves 404.html with status 404 for an unknown path', async () => {
		for (const p of ['/nothing-here', '/country/XYZ', '/country/THA.html/more', '/empty', '/empty/']) {
			const r = await request(plain, p);
			expect([p, r.status]).toEqual([p, 404]);
			expect(r.body.toString()).toContain('no such page');
		}
	});

	it('redirects a trailing slash to the page and serves a folder’s index.html', async () => {
		// The pages link relatively (../_app/...), so /country/THA/ must become /country/THA, not serve it.
		const tha = await request(plain, '/country/THA/?year=2019');
		expect(tha.status).toBe(301);
		expect(tha.headers.location).toBe('/country/THA?year=2019');
		const present = await request(plain, '/present/');
		expect([present.status, present.headers.location]).toEqual([301, '/present']);
		expect((await request(plain, '/present')).body.toString()).toContain('presentations');
		expect((await request(plain, '/present/deck')).body.toString()).toContain('a deck');

		const guide = await request(plain, '/guide/');
		expect(guide.status).toBe(200);
		expect(guide.body.toString()).toContain('guide index');
		expect((await request(plain, '/guide')).headers.location).toBe('/guide/');

		// Never a redirect to another host, whatever the path starts with.
		for (const p of ['//evil.example/', '/%2f%2fevil.example/', '/%2f/evil.example/']) {
			const r = await request(plain, p);
			expect([p, r.status, r.headers.location]).toEqual([p, 301, '/evil.example']);
		}
	});

	it('answers HEAD with headers and no body, and other methods with 405', async () => {
		const head = await request(plain, '/country/THA', {}, 'HEAD');
		expect([head.status, head.body.length]).toEqual([200, 0]);
		expect(Number(head.headers['content-length'])).toBe('<h1>Thailand page</h1>'.length);
		const post = await request(plain, '/', {}, 'POST');
		expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
	});

	const escapes = [
		'/../site-old/secret.txt',
		'/..%2fsite-old/secret.txt',
		'/..%2Fsite-old%2Fsecret.txt',
		'/%2e%2e/site-old/secret.txt',
		'/%2e%2e%2fsite-old%2fsecret.txt',
		'/.%2e/secret.txt',
		'/%2e%2e%2fsecret.txt',
		'/country/..%2f..%2fsite-old/secret.txt',
		'/country/%2e%2e%2f%2e%2e%2fsecret.txt',
		'/..%5csite-old%5csecret.txt',
		'/..\\site-old\\secret.txt',
		'/%2e%2e%5c%2e%2e%5csecret.txt',
		'/%252e%252e%252fsite-old%252fsecret.txt',
		'/..%252fsite-old%252fsecret.txt',
		'/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
		'/..%2fsite-old/secret.txt%00',
		'/..%2fsite-old/secret.txt%00.html'
	];

	it('never serves a file outside its folder: encoded dots, slashes, backslashes, double encoding', async () => {
		for (const [port, prefix] of [
			[plain, ''],
			[sub, '/sub']
		] as const) {
			for (const p of escapes) {
				const r = await request(port, prefix + p);
				expect([prefix + p, r.status]).not.toEqual([prefix + p, 200]);
				expect(r.body.toString()).not.toContain(SECRET);
				expect(r.body.toString()).not.toContain('root:');
			}
		}
	});

	it('answers 400 to a null byte, and keeps serving', async () => {
		for (const p of ['/%00', '/index.html%00', '/index.html%00.txt', '/country/THA%00.html']) {
			expect([p, (await request(plain, p)).status]).toEqual([p, 400]);
		}
		expect((await request(plain, '/')).status).toBe(200);
	});

	it('with --base /sub, serves the site under /sub only', async () => {
		expect((await request(sub, '/sub/')).body.toString()).toContain('home page');
		expect((await request(sub, '/sub/country/THA')).body.toString()).toContain('Thailand page');
		const bare = await request(sub, '/sub?x=1');
		expect([bare.status, bare.headers.location]).toEqual([301, '/sub/?x=1']);
		expect((await request(sub, '/sub/country/THA/')).headers.location).toBe('/sub/country/THA');
		for (const p of ['/', '/country/THA', '/subindex.html', '/sub-other/index.html']) {
			expect([p, (await request(sub, p)).status]).toEqual([p, 404]);
		}
	});

	it('sends the headers of the site’s _headers file, the later rule winning, and never serves that file', async () => {
		const pick = (r: Reply) => [r.headers['x-rule'], r.headers['referrer-policy'], r.headers['x-frame']];
		expect(pick(await request(plain, '/'))).toEqual(['all', 'no-referrer', undefined]);
		expect(pick(await request(plain, '/country/THA'))).toEqual(['country', 'no-referrer', undefined]);
		expect(pick(await request(plain, '/km/embed/map'))).toEqual(['all', undefined, 'any: really']);
		expect(pick(await request(packaged, '/country/THA.json'))).toEqual(['country', 'no-referrer', undefined]);
		// Its patterns are paths of the site, under --base.
		expect(pick(await request(sub, '/sub/country/THA'))).toEqual(['country', 'no-referrer', undefined]);
		expect((await request(plain, '/nowhere')).headers['x-rule']).toBe('all');
		expect((await request(plain, '/_headers')).status).toBe(404);
		expect((await request(plain, '/')).headers['x-content-type-options']).toBe('nosniff');
		// --no-headers: none of them.
		expect(pick(await request(bare, '/country/THA'))).toEqual([undefined, undefined, undefined]);
	});

	const lan = Object.values(os.networkInterfaces())
		.flat()
		.find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
	it.skipIf(!lan)('listens on 127.0.0.1 only, not on the network', async () => {
		const reached = await new Promise<boolean>((resolve) => {
			const socket = net.connect({ host: lan, port: plain }, () => resolve(true));
			socket.on('error', () => resolve(false));
			socket.setTimeout(1000, () => resolve(false));
			socket.on('close', () => resolve(false));
		});
		expect(reached).toBe(false);
	});

	// Last two: against a server that crashes on them, nothing after could answer.
	it('never trips on a folder: one named like the .gz of a file, or one asked for as a page', async () => {
		const notes = await request(plain, '/notes.txt', { 'accept-encoding': 'gzip' });
		expect([notes.status, notes.headers['content-encoding'], notes.body.toString()]).toEqual([
			200,
			undefined,
			'notes'
		]);
		for (const p of ['/empty', '/empty/', '/country', '/country/', '/present/', '/notes.txt.gz']) {
			expect([p, (await request(plain, p)).status]).not.toEqual([p, 200]);
		}
		expect((await request(plain, '/')).status).toBe(200);
	});

	it('answers 400 to a malformed %-escape, and keeps serving', async () => {
		for (const p of ['/%', '/%ZZ', '/%c0%ae', '/%c0%ae%c0%ae/secret.txt', '/country/%E0%A4%A', '/sub/%']) {
			expect([p, (await request(plain, p)).status]).toEqual([p, 400]);
		}
		expect((await request(sub, '/sub/%zz')).status).toBe(400);
		expect((await request(plain, '/')).status).toBe(200);
		expect((await request(sub, '/sub/')).status).toBe(200);
	});
});
