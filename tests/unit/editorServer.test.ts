import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { seedsDir } from '$lib/server/validate';
import { createEditor } from '../../editor/server/app';
import { documentOps } from '../../editor/server/documents';
import { refusal } from '../../editor/server/guard';
import { pdfToText } from '../../editor/server/pdf';
import {
	draftRecord,
	duplicatesOf,
	nextId,
	organisationId,
	suggestFromQuote
} from '../../editor/server/records';
import { Conflict, createStore, Refused } from '../../editor/server/store';

describe('refusal: the editor answers only its own page', () => {
	const own = { host: '127.0.0.1:5178', origin: 'http://127.0.0.1:5178' };
	it('accepts its own page, on 127.0.0.1 or localhost', () => {
		expect(refusal('POST', own, 5178)).toBeNull();
		expect(refusal('POST', { host: 'localhost:5178', origin: 'http://localhost:5178' }, 5178)).toBeNull();
		expect(refusal('GET', { host: '127.0.0.1:5178' }, 5178)).toBeNull();
		expect(refusal('POST', { ...own, 'sec-fetch-site': 'same-origin' }, 5178)).toBeNull();
	});

	it('refuses other origins, other host names (DNS rebinding) and writes with no Origin', () => {
		expect(refusal('POST', { ...own, origin: 'http://evil.example' }, 5178)).toMatch(/Origin/);
		expect(refusal('POST', { ...own, origin: 'null' }, 5178)).toMatch(/Origin/);
		expect(refusal('POST', { ...own, origin: 'http://127.0.0.1:9999' }, 5178)).toMatch(/Origin/);
		expect(refusal('GET', { host: 'evil.example:5178' }, 5178)).toMatch(/Host/);
		expect(refusal('GET', {}, 5178)).toMatch(/Host/);
		expect(refusal('POST', { host: own.host }, 5178)).toMatch(/no Origin/);
		expect(refusal('POST', { ...own, 'sec-fetch-site': 'cross-site' }, 5178)).toMatch(/Sec-Fetch-Site/);
	});
});

describe('a new record’s first draft', () => {
	it('reads the number, its qualifier, a range, a percentage, a year and an “as of” from the quote', () => {
		expect(
			suggestFromQuote('In 2024 the ministry registered 1,234,567 Cambodian migrant workers')
		).toMatchObject({
			value: 1234567,
			value_high: null,
			qualifier: 'exact',
			year: 2024
		});
		expect(suggestFromQuote('with an estimated 3 to 4 million migrants in the country')).toMatchObject({
			value: 3000000,
			value_high: 4000000,
			qualifier: 'range'
		});
		expect(suggestFromQuote('more than 180,000 workers')).toMatchObject({
			value: 180000,
			qualifier: 'more_than'
		});
		expect(suggestFromQuote('about 45% of them were women')).toMatchObject({
			value: 45,
			qualifier: 'approximately',
			unit: 'percent',
			measure: 'share'
		});
		expect(suggestFromQuote('As of September 2019, 1.2 million were registered')).toMatchObject({
			value: 1200000,
			as_of: 'September 2019',
			year: 2019
		});
	});

	it('takes the next free id of its source, or an organisation’s acronym', () => {
		expect(nextId('figures', 'ar2024', ['ar2024-f001', 'ar2024-f009', 'ar2019-f050'])).toBe('ar2024-f010');
		expect(nextId('events', 'ar2024', [])).toBe('ar2024-e001');
		expect(organisationId('Lao Women’s Union', null)).toBe('org-lao-womens-union');
		expect(organisationId('Mekong Migration Network', 'MMN')).toBe('org-mmn');
		const draft = draftRecord('figures', { source: 'ar2024', line: 3, quote: 'about 45% of them' }, [], {
			report_year: 2024
		});
		expect(draft).toMatchObject({
			id: 'ar2024-f001',
			year: 2024,
			unit: 'percent',
			citations: [{ source: 'ar2024', line: 3 }]
		});
	});

	it('finds the records a new one looks like, even one with the same id', () => {
		const orgs = [
			{ id: 'org-mmn', name: 'Mekong Migration Network', acronym: 'MMN', country: 'XGM' },
			{ id: 'org-cwcc', name: 'Cambodian Women’s Crisis Center', acronym: 'CWCC', country: 'KHM' }
		];
		expect(
			duplicatesOf(
				'organisations',
				{ id: 'org-mmn', name: 'MMN', acronym: 'MMN', country: 'XGM' },
				orgs,
				null
			)
		).toEqual([{ id: 'org-mmn', name: 'Mekong Migration Network', why: 'same acronym' }]);
		expect(
			duplicatesOf('organisations', { ...orgs[1]!, name: 'Cambodian Womens Crisis Center' }, orgs, 'org-cwcc')
		).toEqual([]);
		expect(
			duplicatesOf(
				'organisations',
				{ id: 'x', name: 'Cambodian Women Crisis Center', acronym: null, country: 'KHM' },
				orgs,
				null
			)
		).toEqual([{ id: 'org-cwcc', name: 'Cambodian Women’s Crisis Center', why: 'same name' }]);
	});
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-editor-unit-'));
const paths = { data: path.join(tmp, 'data'), documents: path.join(tmp, 'documents'), seeds: seedsDir() };
const hashes = () =>
	Object.fromEntries(
		fs
			.readdirSync(paths.data, { recursive: true })
			.map(String)
			.filter((f) => fs.statSync(path.join(paths.data, f)).isFile())
			.map((f) => [
				f,
				crypto
					.createHash('sha256')
					.update(fs.readFileSync(path.join(paths.data, f)))
					.digest('hex')
			])
	);

beforeEach(() => {
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.cpSync('data', paths.data, { recursive: true });
	fs.mkdirSync(paths.documents);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the store: a write happens only when the data stays valid and the file is as the user read it', () => {
	const figure = () =>
		(
			JSON.parse(fs.readFileSync(path.join(paths.data, 'figures.json'), 'utf8')) as Record<string, unknown>[]
		)[0]!;
	const textWith = (f: Record<string, unknown>) => {
		const list = JSON.parse(fs.readFileSync(path.join(paths.data, 'figures.json'), 'utf8')) as Record<
			string,
			unknown
		>[];
		list[0] = f;
		return JSON.stringify(list, null, '\t');
	};

	it('writes a valid change and adds the dated changelog line', () => {
		const store = createStore(paths, { today: () => '2026-12-01' });
		const version = store.version('figures.json');
		const edited = { ...figure(), description: 'Edited.' };
		store.commit(
			[{ rel: 'figures.json', text: textWith(edited) }],
			{ 'figures.json': version },
			'Figure x edited: description'
		);
		expect(figure().description).toBe('Edited.');
		expect(fs.readFileSync(path.join(paths.data, 'CHANGELOG.md'), 'utf8')).toMatch(
			/\n- 2026-12-01: Figure x edited: description\.\n$/
		);
	});

	it('refuses a change that makes the data invalid, with the validator’s words, and writes nothing', () => {
		const store = createStore(paths);
		const before = hashes();
		const bad: Record<string, unknown> = { ...figure(), origin: 'ZZZ' };
		let error: unknown;
		try {
			store.commit(
				[{ rel: 'figures.json', text: textWith(bad) }],
				{ 'figures.json': store.version('figures.json') },
				'x'
			);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(Refused);
		expect((error as Refused).problems.map((p) => p.text).join('\n')).toMatch(
			new RegExp(
				`data/figures\\.json › record "${String(bad.id)}" › field "origin": unknown country code "ZZZ"`
			)
		);
		expect(hashes()).toEqual(before);
	});

	it('refuses to overwrite a file that changed on disk since it was read', () => {
		const store = createStore(paths);
		const version = store.version('figures.json');
		fs.appendFileSync(path.join(paths.data, 'figures.json'), '\n');
		const before = hashes();
		expect(() =>
			store.commit(
				[{ rel: 'figures.json', text: textWith({ ...figure(), description: 'Mine.' }) }],
				{ 'figures.json': version },
				'x'
			)
		).toThrow(Conflict);
		expect(hashes()).toEqual(before);
	});

	it('writes only inside the data folder and the documents folder', () => {
		const store = createStore(paths);
		expect(() => store.commit([{ rel: '../escape.json', text: '[]' }], {}, 'x')).toThrow();
		expect(() => store.commit([], {}, 'x', [{ file: '../escape.txt', text: 'x' }])).toThrow();
		expect(fs.existsSync(path.join(tmp, 'escape.json'))).toBe(false);
	});
});

describe('documents', () => {
	it('says how to get pdftotext when it is missing, and reads text files as they are', async () => {
		await expect(pdfToText(Buffer.from('%PDF-1.4\n'), 'mmc-no-such-pdftotext')).rejects.toMatchObject({
			missing: true
		});
		const docs = documentOps(createStore(paths), { pdfToText: (b) => pdfToText(b, 'mmc-no-such-pdftotext') });
		await expect(docs.convert({ bytes: Buffer.from('%PDF-1.4\n'), name: 'x.pdf' })).rejects.toThrow(
			/poppler-utils/
		);
		await expect(docs.convert({ bytes: Buffer.from([0xff, 0xfe, 0x00]), name: 'x.txt' })).rejects.toThrow(
			/not UTF-8/
		);
		const text = await docs.convert({ text: 'A new report.\r\n\r\nIts second paragraph.' });
		expect(text).toMatchObject({
			text: 'A new report.\n\nIts second paragraph.\n',
			lineCount: 4,
			duplicate: null
		});
	});

	it.skipIf(!paths.seeds)(
		'refuses a document whose text is already there under another id, and writes nothing',
		() => {
			const store = createStore(paths);
			const docs = documentOps(store);
			const statement = docs.view('statement2017')!;
			const before = hashes();
			const again = `${statement.lines.join('\n').replace(/ +/g, '  ')}`;
			expect(() => docs.create(again, { id: 'statement-again', title: 'Again' })).toThrow(
				/already here, as “Mekong Migration Network Statement[^”]*” \(source statement2017\)/
			);
			expect(hashes()).toEqual(before);
			expect(fs.readdirSync(paths.documents)).toEqual([]);
		}
	);

	it('adds a new document: its text in the documents folder, its source with the checksum, a changelog line', () => {
		const docs = documentOps(createStore(paths, { today: () => '2026-12-01' }));
		const text = 'Migration Monitor 2024\n\nIn 2024, 1,234,567 workers were registered.\n';
		docs.create(text, {
			id: 'monitor2024',
			title: 'Migration Monitor 2024',
			short_title: 'Monitor 2024',
			producer: 'Mekong Migration Network',
			date_published: '2024-12',
			date_note: null,
			kind: 'annual_report',
			report_year: 2024,
			url: null
		});
		expect(fs.readFileSync(path.join(paths.documents, 'monitor2024.txt'), 'utf8')).toBe(text);
		const source = fs.readFileSync(path.join(paths.data, 'sources', 'monitor2024.json'), 'utf8');
		expect(Object.keys(JSON.parse(source))).toEqual([
			'id',
			'title',
			'short_title',
			'producer',
			'date_published',
			'date_note',
			'kind',
			'report_year',
			'file',
			'sha256',
			'url'
		]);
		expect(JSON.parse(source).sha256).toBe(crypto.createHash('sha256').update(text).digest('hex'));
		expect(source.endsWith('}\n')).toBe(true);
		expect(fs.readFileSync(path.join(paths.data, 'CHANGELOG.md'), 'utf8')).toMatch(
			/- 2026-12-01: Source monitor2024 added: “Migration Monitor 2024”/
		);
		expect(docs.view('monitor2024')!.uncited.map((n) => n.text)).toEqual(['1,234,567']);
	});
});

describe('the HTTP server', () => {
	it('listens on 127.0.0.1, serves its page, and refuses a write from another origin', async () => {
		const editor = createEditor({
			paths,
			clientDir: path.resolve('editor/client'),
			messagesFile: path.resolve('editor/messages.js')
		});
		const { server, url, port } = await editor.listen(0);
		try {
			expect(server.address()).toMatchObject({ address: '127.0.0.1' });
			const page = await fetch(url);
			expect(page.status).toBe(200);
			expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
			const before = hashes();
			const foreign = await fetch(`${url}api/records/remove`, {
				method: 'POST',
				headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
				body: JSON.stringify({ kind: 'figures', id: String(figure().id) })
			});
			expect(foreign.status).toBe(403);
			expect(hashes()).toEqual(before);
			const state = await fetch(`${url}api/state`);
			expect(state.status).toBe(200);
			expect(((await state.json()) as { validation: { problems: unknown[] } }).validation.problems).toEqual(
				[]
			);
			expect(port).toBeGreaterThan(0);
		} finally {
			server.close();
		}
	});

	const figure = () =>
		(
			JSON.parse(fs.readFileSync(path.join(paths.data, 'figures.json'), 'utf8')) as Record<string, unknown>[]
		)[0]!;
});
