/**
 * The editor's HTTP server: the page and its scripts, and a small JSON API. It listens on 127.0.0.1
 * only and answers only its own page (guard.ts); everything it writes goes through the store, which
 * validates first. Not part of the site: nothing under src/routes, nothing in the static build.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import * as enums from '$lib/data/enums';
import { membershipSchema } from '$lib/data/schema';
import { QUOTE_WINDOW } from '$lib/server/validate';
import { messages } from '../messages.js';
import { deckOps } from './decks';
import { documentOps } from './documents';
import { refusal } from './guard';
import { assertKind, draftRecord, recordKindNames, recordOps, type Raw } from './records';
import { BadRequest, Conflict, createStore, Refused, shown, type Paths, type Version } from './store';

export interface EditorOptions {
	paths: Paths;
	/** The folder of index.html, app.js and style.css, and the messages module. */
	clientDir: string;
	messagesFile: string;
	today?: () => string;
	pdfToText?: (bytes: Buffer) => Promise<string>;
}

const MAX_BODY = 50 * 1024 * 1024;
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml'
};
const HEADERS = {
	'Cache-Control': 'no-store',
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Content-Security-Policy':
		"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'"
};

class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly extra: Record<string, unknown> = {}
	) {
		super(message);
	}
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (c: Buffer) => {
			size += c.length;
			if (size > MAX_BODY) {
				reject(new HttpError(413, messages.server.tooLarge));
				req.destroy();
			} else chunks.push(c);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

async function readJsonBody(req: http.IncomingMessage): Promise<Raw> {
	const body = await readBody(req);
	try {
		const value = JSON.parse(body.toString('utf8')) as unknown;
		if (value && typeof value === 'object' && !Array.isArray(value)) return value as Raw;
	} catch {
		// fall through
	}
	throw new HttpError(400, messages.server.badRequest(messages.server.notAnObject));
}

const asVersion = (v: unknown): Version | null =>
	v && typeof v === 'object' && typeof (v as Version).sha256 === 'string' ? (v as Version) : null;
const asRecord = (v: unknown): Raw => {
	if (!v || typeof v !== 'object' || Array.isArray(v))
		throw new HttpError(400, messages.server.badRequest(messages.server.noRecord));
	return v as Raw;
};
const asId = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function createEditor(options: EditorOptions) {
	const store = createStore(options.paths, { today: options.today });
	const countries = () => {
		const list = store.readJson('countries.json');
		return Array.isArray(list) ? (list as Raw[]) : [];
	};
	const placeName = (code: string) => String(countries().find((c) => c.code === code)?.name ?? code);
	const records = recordOps(store, placeName);
	const documents = documentOps(store, { pdfToText: options.pdfToText });
	const decks = deckOps(store, placeName);

	function versions() {
		const out: Record<string, Version | null> = {};
		for (const kind of recordKindNames) out[`${kind}.json`] = store.version(`${kind}.json`);
		for (const f of store.jsonFilesIn('presentations'))
			out[`presentations/${f}`] = store.version(`presentations/${f}`);
		for (const f of store.jsonFilesIn('sources')) out[`sources/${f}`] = store.version(`sources/${f}`);
		return out;
	}

	function state() {
		const report = store.validate();
		const list: Record<string, Raw[]> = {};
		for (const kind of recordKindNames) list[kind] = records.list(kind);
		const corridors = [
			...new Set(
				list
					.figures!.filter((f) => typeof f.origin === 'string' && typeof f.destination === 'string')
					.map((f) => `${f.origin}-${f.destination}`)
			)
		].sort();
		const log = (store.readText('CHANGELOG.md') ?? '')
			.split('\n')
			.filter((l) => /^- \d{4}-\d{2}-\d{2}/.test(l));
		return {
			paths: options.paths,
			quoteWindow: QUOTE_WINDOW,
			vocab: {
				measures: enums.measures,
				countMeasures: enums.countMeasures,
				moneyMeasures: enums.moneyMeasures,
				qualifiers: enums.qualifiers,
				units: enums.units,
				currencies: enums.currencies,
				unitPers: ['day', 'month', 'year', 'person'],
				scopes: enums.scopes,
				periods: enums.periods,
				agreementTypes: enums.agreementTypes,
				policyKinds: enums.policyKinds,
				organisationKinds: enums.organisationKinds,
				sourceKinds: enums.sourceKinds,
				networkRoles: enums.networkRoles,
				reportYears: membershipSchema.shape.report_year.options.map((o) => o.value)
			},
			measureLabels: messages.measureLabels,
			countries: countries(),
			sources: documents.sources(),
			records: list,
			presentations: decks.list(),
			versions: versions(),
			validation: {
				problems: report.problems.map(shown),
				notes: report.notes,
				summary: report.summary
			},
			coverage: documents.summary(),
			corridors,
			years: [...new Set(report.data.records.figures.map((f) => f.year))].sort((a, b) => a - b),
			changelog: log.slice(-40).reverse()
		};
	}

	async function api(method: string, route: string, url: URL, req: http.IncomingMessage): Promise<unknown> {
		if (method === 'GET' && route === '/api/state') return state();
		const doc = /^\/api\/documents\/([a-z0-9-]+)$/.exec(route);
		if (method === 'GET' && doc) {
			const view = documents.view(doc[1]!);
			if (!view) throw new HttpError(404, messages.server.unknownSource(doc[1]!));
			return view;
		}
		if (method !== 'POST') throw new HttpError(404, messages.server.notFound);
		if (route === '/api/documents/convert')
			return documents.convert({
				bytes: await readBody(req),
				name: url.searchParams.get('name') ?? '',
				join: url.searchParams.get('join') === '1'
			});
		const body = await readJsonBody(req);
		switch (route) {
			case '/api/documents/paste':
				return documents.convert({ text: String(body.text ?? ''), join: body.join === true });
			case '/api/documents':
				return documents.create(String(body.text ?? ''), asRecord(body.source));
			case '/api/draft': {
				const kind = assertKind(body.kind);
				const source = documents.sources().find((s) => s.id === body.source) ?? null;
				if (!source) throw new HttpError(400, messages.server.unknownSource(String(body.source)));
				const ids = records.list(kind).map((r) => String(r.id));
				return {
					record: draftRecord(
						kind,
						{ source: source.id, line: Number(body.line), quote: String(body.quote ?? '') },
						ids,
						source
					)
				};
			}
			case '/api/records/check':
				return records.check(assertKind(body.kind), asRecord(body.record), asId(body.originalId));
			case '/api/records/save':
				return records.save(
					assertKind(body.kind),
					asRecord(body.record),
					asId(body.originalId),
					asVersion(body.version)
				);
			case '/api/records/remove':
				return records.remove(assertKind(body.kind), String(body.id ?? ''), asVersion(body.version));
			case '/api/decks/check':
				return decks.check(asRecord(body.deck), asId(body.originalId));
			case '/api/decks/save': {
				const given = (body.versions ?? {}) as Record<string, unknown>;
				const versionsIn = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, asVersion(v)]));
				return decks.save(asRecord(body.deck), asId(body.originalId), versionsIn);
			}
			case '/api/decks/remove':
				return decks.remove(String(body.id ?? ''), asVersion(body.version));
		}
		throw new HttpError(404, messages.server.notFound);
	}

	function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string) {
		res.writeHead(status, { ...HEADERS, 'Content-Type': type });
		res.end(body);
	}
	const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
		send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

	function staticFile(route: string): string | null {
		if (route === '/' || route === '/index.html') return path.join(options.clientDir, 'index.html');
		if (route === '/messages.js') return options.messagesFile;
		const m = /^\/app\/([a-zA-Z]+\.(?:js|css|svg))$/.exec(route);
		return m ? path.join(options.clientDir, m[1]!) : null;
	}

	async function handle(req: http.IncomingMessage, res: http.ServerResponse, port: number) {
		const method = req.method ?? 'GET';
		const why = refusal(method, req.headers as Record<string, string>, port);
		if (why) {
			// Read nothing of what it sent, but let it finish sending before the answer.
			req.resume();
			res.setHeader('Connection', 'close');
			return sendJson(res, 403, { error: messages.server.forbidden, why });
		}
		const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
		const route = url.pathname;
		try {
			if (route.startsWith('/api/')) return sendJson(res, 200, await api(method, route, url, req));
			const file = method === 'GET' || method === 'HEAD' ? staticFile(route) : null;
			if (!file || !fs.existsSync(file)) return sendJson(res, 404, { error: messages.server.notFound });
			return send(res, 200, fs.readFileSync(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
		} catch (e) {
			// A refused save, a file changed on disk and a request the editor cannot do are answers for the
			// page to show, not failures of the request: HTTP 200 with an "outcome" (a browser reports
			// every 4xx in its console, and the page handled it). Only foreign requests get a 403.
			if (e instanceof Refused)
				return sendJson(res, 200, { outcome: 'refused', error: e.message, problems: e.problems });
			if (e instanceof Conflict)
				return sendJson(res, 200, { outcome: 'conflict', error: e.message, conflict: e.file });
			if (e instanceof BadRequest) return sendJson(res, 200, { outcome: 'invalid', error: e.message });
			if (e instanceof HttpError)
				return sendJson(res, 200, { outcome: 'invalid', error: e.message, ...e.extra });
			console.error(e);
			return sendJson(res, 500, { error: String((e as Error).message ?? e) });
		}
	}

	/** Listens on 127.0.0.1 (never on other interfaces); port 0 picks a free one. */
	function listen(port: number): Promise<{ server: http.Server; port: number; url: string }> {
		return new Promise((resolve, reject) => {
			let actual = port;
			const server = http.createServer((req, res) => void handle(req, res, actual));
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				actual = (server.address() as { port: number }).port;
				resolve({ server, port: actual, url: `http://127.0.0.1:${actual}/` });
			});
		});
	}

	return { listen, store, state };
}
