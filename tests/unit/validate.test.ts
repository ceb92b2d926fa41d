import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, validateDataDir } from '$lib/server/validate';

// A tiny but complete dataset in a temporary folder, with its own seed document, so each case below
// breaks exactly one thing and the message for it can be read.
const SEED = [
	'Title line',
	'Contents',
	'Foreword',
	'Overview',
	'In 2019 there were 686,429 Cambodian workers in Thailand.',
	'Last line'
].join('\n');

function writeDataset(mutate: (d: Record<string, unknown[]>) => void = () => {}) {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-data-'));
	const seeds = path.join(root, 'seeds');
	const data = path.join(root, 'data');
	fs.mkdirSync(seeds);
	fs.mkdirSync(path.join(data, 'sources'), { recursive: true });
	fs.writeFileSync(path.join(seeds, 'doc.txt'), SEED);
	const source = {
		id: 'doc',
		title: 'A document',
		short_title: 'Doc',
		producer: 'Someone',
		date_published: '2020',
		date_note: null,
		kind: 'annual_report',
		report_year: 2019,
		file: 'doc.txt',
		sha256: crypto.createHash('sha256').update(SEED).digest('hex'),
		url: null
	};
	const citation = { source: 'doc', line: 5, quote: 'there were 686,429 Cambodian workers' };
	const d: Record<string, unknown[]> = {
		sources: [source],
		countries: [
			{
				code: 'KHM',
				name: 'Cambodia',
				names: { th: 'x', km: 'x', lo: 'x', my: 'x', vi: 'x', 'zh-hans': 'x' },
				kind: 'country',
				role: 'gms',
				aliases: [],
				anchor: [104.9, 11.6],
				iso_numeric: '116'
			},
			{
				code: 'THA',
				name: 'Thailand',
				names: { th: 'x', km: 'x', lo: 'x', my: 'x', vi: 'x', 'zh-hans': 'x' },
				kind: 'country',
				role: 'gms',
				aliases: [],
				anchor: [100.5, 13.8],
				iso_numeric: '764'
			}
		],
		figures: [
			{
				id: 'doc-f001',
				origin: 'KHM',
				destination: 'THA',
				year: 2019,
				as_of: null,
				value: 686429,
				value_high: null,
				qualifier: 'exact',
				unit: 'people',
				unit_per: null,
				measure: 'registered_workers',
				scope: 'all',
				scope_note: null,
				period: 'point',
				since: null,
				multiplier: null,
				description: 'Cambodian workers in Thailand',
				citations: [citation]
			}
		],
		agreements: [],
		policies: [],
		organisations: [],
		events: []
	};
	mutate(d);
	for (const s of d.sources as { id: string }[])
		fs.writeFileSync(path.join(data, 'sources', `${s.id}.json`), JSON.stringify(s));
	for (const [k, v] of Object.entries(d))
		if (k !== 'sources') fs.writeFileSync(path.join(data, `${k}.json`), JSON.stringify(v));
	return { data, seeds };
}

type Fig = Record<string, unknown> & { citations: Record<string, unknown>[] };
const fig = (d: Record<string, unknown[]>) => d.figures![0] as Fig;

describe('validateDataDir(dir, seeds)', () => {
	let messages: (mutate: (d: Record<string, unknown[]>) => void) => string[];
	beforeEach(() => {
		messages = (mutate) => {
			const { data, seeds } = writeDataset(mutate);
			return validateDataDir(data, seeds).problems.map(formatProblem);
		};
	});

	it('accepts the valid dataset with no problems', () => {
		expect(messages(() => {})).toEqual([]);
	});

	const cases: [string, (d: Record<string, unknown[]>) => void, RegExp][] = [
		[
			'a missing field',
			(d) => void delete fig(d).measure,
			/data\/figures\.json › record "doc-f001" › field "measure": is missing[\s\S]*fix: add "measure"/
		],
		[
			'a wrong type',
			(d) => void (fig(d).value = '686,429'),
			/record "doc-f001" › field "value": has the wrong type[\s\S]*fix:/
		],
		[
			'an unknown country code',
			(d) => void (fig(d).destination = 'XYZ'),
			/record "doc-f001" › field "destination": unknown country code "XYZ"[\s\S]*fix: .*countries\.json/
		],
		[
			'a duplicate id',
			(d) => void d.figures!.push(structuredClone(fig(d))),
			/record "doc-f001" › field "id": duplicate id/
		],
		[
			'a quote not found at its line',
			(d) => void (fig(d).citations[0]!.line = 1),
			/field "citations\.0\.quote": quote not found at line 1/
		],
		[
			'a line past the end of the file',
			(d) => void (fig(d).citations[0]!.line = 99),
			/field "citations\.0\.line": line 99 is past the end of the document \(it has 6 lines\)/
		],
		[
			'value_high below value',
			(d) => Object.assign(fig(d), { value_high: 10, qualifier: 'range' }),
			/field "value_high": is 10, below value 686429[\s\S]*fix: .*swap/
		],
		[
			'a year outside 1990-2030',
			(d) => void (fig(d).year = 1989),
			/field "year": must be between 1990 and 2030/
		],
		[
			'a citation to an unknown source',
			(d) => void (fig(d).citations[0]!.source = 'nowhere'),
			/field "citations\.0\.source": cites unknown source "nowhere"[\s\S]*fix: use one of: doc/
		],
		[
			'a range without its high end',
			(d) => void (fig(d).qualifier = 'range'),
			/field "qualifier": is "range" but value_high is null/
		],
		[
			'a quote of ten spaces (found on every line)',
			(d) => void (fig(d).citations[0]!.quote = ' '.repeat(10)),
			/field "citations\.0\.quote": is too short to identify a passage/
		],
		[
			'a quote too short to identify a passage',
			(d) => void (fig(d).citations[0]!.quote = '686,429'),
			/field "citations\.0\.quote": is too short to identify a passage/
		],
		['a negative value', (d) => void (fig(d).value = -5), /field "value": must not be negative/],
		[
			'a subset with no note of what it covers',
			(d) => void (fig(d).scope = 'subset'),
			/field "scope_note": is missing: a subset must say which part it counts[\s\S]*fix: write in scope_note/
		],
		[
			'a scope note on a figure for the whole corridor',
			(d) => void (fig(d).scope_note = 'undocumented only'),
			/field "scope_note": must be null when scope is "all"/
		],
		[
			'a start on a figure that is not a running total',
			(d) => void (fig(d).since = '2016'),
			/field "since": is set but period is "point"/
		],
		[
			'a percentage under a count measure',
			(d) => void (fig(d).unit = 'percent'),
			/field "unit": is "percent" but measure "registered_workers" counts people[\s\S]*fix: .*"share"/
		],
		[
			'a remittance that is not money',
			(d) => Object.assign(fig(d), { measure: 'remittance', unit: 'people' }),
			/field "unit": is "people" but measure "remittance" is money/
		],
		[
			'a share that is not a percentage',
			(d) => Object.assign(fig(d), { measure: 'share' }),
			/field "unit": is "people" but a share is a percentage/
		],
		[
			'an event that ends before it starts',
			(d) =>
				void d.events!.push({
					id: 'doc-e001',
					title: 'A meeting',
					date: '2019-05-02',
					end_date: '2019-05-01',
					city: null,
					country: 'KHM',
					citations: [fig(d).citations[0]]
				}),
			/data\/events\.json › record "doc-e001" › field "end_date": is 2019-05-01, before the start 2019-05-02/
		],
		[
			'an impossible date',
			(d) =>
				void d.policies!.push({
					id: 'doc-p001',
					country: 'KHM',
					title: 'A decree',
					date: '2019-02-30',
					kind: 'decree',
					summary: 'x',
					citations: [fig(d).citations[0]]
				}),
			/record "doc-p001" › field "date": is not a day of the calendar/
		],
		[
			'a source URL that is not http(s)',
			(d) => void ((d.sources![0] as Record<string, unknown>).url = 'javascript:alert(1)'),
			/data\/sources\/doc\.json › record "doc" › field "url": must be an http\(s\) address/
		],
		[
			'a text field past a sane length',
			(d) => void (fig(d).description = 'x'.repeat(5000)),
			/field "description": is longer than 400 characters/
		],
		[
			'a country by its code, not its position',
			(d) => void ((d.countries![1] as Record<string, unknown>).role = 'nowhere'),
			/data\/countries\.json › record "THA" › field "role"/
		],
		[
			'two spellings of one organisation',
			(d) =>
				void d.organisations!.push(
					...['Lao Women Union', 'Lao Women’s Union'].map((name, i) => ({
						id: `org-${i}`,
						name,
						acronym: null,
						country: 'KHM',
						kind: 'ngo',
						memberships: [],
						citations: [fig(d).citations[0]]
					}))
				),
			/data\/organisations\.json › record "org-1" › field "name": looks like a duplicate of "org-0"[\s\S]*fix: .*distinct_from/
		],
		[
			'a source whose checksum does not match',
			(d) => void ((d.sources![0] as Record<string, unknown>).sha256 = '0'.repeat(64)),
			/data\/sources\/doc\.json › record "doc" › field "sha256": does not match the document/
		]
	];

	it.each(cases)('reports %s with file, record, field and a fix', (_name, mutate, expected) => {
		const found = messages(mutate);
		expect(found.join('\n')).toMatch(expected);
	});

	it('accepts two look-alike records that say why they are distinct', () => {
		const found = messages((d) =>
			d.policies!.push(
				...['Royal Ordinance', 'Royal Ordinance (Thailand)'].map((title, i) => ({
					id: `doc-p00${i}`,
					country: 'KHM',
					title,
					date: null,
					kind: 'law',
					summary: 'x',
					...(i
						? { distinct_from: [{ id: 'doc-p000', why: 'the 2017 ordinance replaced the 2016 one' }] }
						: {}),
					citations: [fig(d).citations[0]]
				}))
			)
		);
		expect(found).toEqual([]);
	});

	it.each([
		[
			'a key written twice in one record',
			'[{"id": "x", "value": 1, "value": 2}]',
			/^data\/policies\.json › record "x" › field "value": has the key "value" twice/
		],
		[
			'a byte-order mark',
			'\ufeff[]',
			/^data\/policies\.json: starts with a byte-order mark[\s\S]*fix: save the file as UTF-8 without a BOM/
		]
	])('reports %s, naming the file', (_name, text, expected) => {
		const { data, seeds } = writeDataset();
		fs.writeFileSync(path.join(data, 'policies.json'), text);
		const [problem] = validateDataDir(data, seeds).problems;
		expect(problem && formatProblem(problem)).toMatch(expected);
	});

	it('reports a file that is not valid JSON, naming the file', () => {
		const { data, seeds } = writeDataset();
		fs.writeFileSync(path.join(data, 'policies.json'), '[{"id": "x",]');
		const [problem] = validateDataDir(data, seeds).problems;
		expect(problem && formatProblem(problem)).toMatch(/^data\/policies\.json: is not valid JSON/);
	});

	it('says plainly that quotes were not checked when the seeds folder is absent', () => {
		const { data } = writeDataset((d) => void (fig(d).citations[0]!.line = 1));
		const report = validateDataDir(data, null);
		expect(report.problems).toEqual([]);
		expect(report.notes.join('\n')).toMatch(/quotes and checksums were NOT checked/);
	});
});

describe('validateDataDir: presentations', () => {
	const step = (over: Record<string, unknown> = {}) => ({
		heading: 'Cambodia to Thailand',
		caption: 'Registered Cambodian workers in Thailand.',
		year: 2019,
		measure: 'registered_workers',
		frame: { corridor: 'KHM-THA' },
		highlight: { corridors: ['KHM-THA'], countries: ['THA'] },
		figure: 'doc-f001',
		notes: null,
		...over
	});
	function problemsFor(steps: unknown[], id = 'talk') {
		const { data, seeds } = writeDataset();
		fs.mkdirSync(path.join(data, 'presentations'));
		fs.writeFileSync(
			path.join(data, 'presentations', 'talk.json'),
			JSON.stringify({ id, title: 'A talk', description: 'About it', steps })
		);
		const report = validateDataDir(data, seeds);
		return { messages: report.problems.map(formatProblem).join('\n'), report };
	}

	it('accepts a presentation whose steps name existing figures, countries and corridors', () => {
		const { messages, report } = problemsFor([step(), step({ frame: { country: 'KHM' } })]);
		expect(messages).toBe('');
		expect(report.data.presentations).toHaveLength(1);
	});

	it.each([
		[
			'a step that frames an unknown corridor',
			{ frame: { corridor: 'KHM-JPN' } },
			/data\/presentations\/talk\.json › record "step 2" › field "frame\.corridor": unknown corridor "KHM-JPN"/
		],
		[
			'a step that highlights an unknown corridor',
			{ highlight: { corridors: ['MMR-THA'], countries: [] } },
			/record "step 2" › field "highlight\.corridors\.0": unknown corridor "MMR-THA"/
		],
		[
			'a step with an unknown figure',
			{ figure: 'nope-f999' },
			/record "step 2" › field "figure": unknown figure "nope-f999"/
		],
		[
			'a step that frames an unknown country',
			{ frame: { country: 'ZZZ' } },
			/record "step 2" › field "frame\.country": unknown country "ZZZ"/
		],
		['a step with no heading', { heading: undefined }, /record "step 2" › field "heading": is missing/],
		[
			'a big figure of another measure than the lines',
			{ measure: 'stock' },
			/record "step 2" › field "figure": "doc-f001" is registered_workers 2019, but the step shows stock 2019/
		]
	])('names the file and step number for %s', (_name, over, expected) => {
		expect(problemsFor([step(), step(over)]).messages).toMatch(expected);
	});

	it('says once that a figure is invalid, not again in every step that shows it', () => {
		const { data, seeds } = writeDataset((d) => void (fig(d).value = -1));
		fs.mkdirSync(path.join(data, 'presentations'));
		fs.writeFileSync(
			path.join(data, 'presentations', 'talk.json'),
			JSON.stringify({ id: 'talk', title: 'A talk', description: 'About it', steps: [step(), step()] })
		);
		const found = validateDataDir(data, seeds).problems.map(formatProblem);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/record "doc-f001" › field "value"/);
	});

	it('names the file when the id does not match it', () => {
		expect(problemsFor([step()], 'other').messages).toMatch(
			/data\/presentations\/talk\.json › record "other" › field "id": does not match the file name/
		);
	});
});
