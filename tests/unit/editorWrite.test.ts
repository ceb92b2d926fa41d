import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presentationSchema, recordKinds, sourceSchema } from '$lib/data/schema';
import { appendLine, changelogLine, localDate } from '../../editor/server/changelog';
import {
	changedFields,
	insertionIndex,
	keyOrderOf,
	ordered,
	serialise,
	upsert,
	withoutRecord
} from '../../editor/server/jsonWrite';

const data = path.resolve('data');
const read = (rel: string) => fs.readFileSync(path.join(data, rel), 'utf8');

describe('keyOrderOf: the order of fields a schema declares', () => {
	it('gives a figure’s fields and its citations’ fields in schema order', () => {
		const order = keyOrderOf(recordKinds.figures)!;
		expect(order.keys).toEqual(Object.keys(recordKinds.figures.shape));
		expect(order.keys?.slice(0, 3)).toEqual(['id', 'origin', 'destination']);
		expect(order.fields?.citations?.items?.keys).toEqual(['source', 'line', 'quote']);
	});

	it('reaches through optional, nullable and union fields (distinct_from, a step’s frame)', () => {
		expect(keyOrderOf(recordKinds.policies)!.fields?.distinct_from?.items?.keys).toEqual(['id', 'why']);
		const step = keyOrderOf(presentationSchema)!.fields?.steps?.items;
		expect(step?.keys).toEqual([
			'heading',
			'caption',
			'year',
			'measure',
			'frame',
			'highlight',
			'figure',
			'notes',
			'translations'
		]);
		expect(step?.fields?.frame?.keys).toEqual(['bounds', 'country', 'corridor']);
		expect(step?.fields?.highlight?.keys).toEqual(['corridors', 'countries']);
	});
});

describe('ordered + serialise: files as they are written', () => {
	it('puts fields in schema order, keeps unknown fields after them, and indents with tabs', () => {
		const order = keyOrderOf(recordKinds.events);
		const record = { citations: [{ quote: 'q', source: 's', line: 3 }], zzz: 1, title: 'T', id: 'x' };
		const out = ordered(record, order) as Record<string, unknown>;
		expect(Object.keys(out)).toEqual(['id', 'title', 'citations', 'zzz']);
		expect(Object.keys((out.citations as object[])[0]!)).toEqual(['source', 'line', 'quote']);
		expect(serialise([{ a: 1 }], false)).toBe('[\n\t{\n\t\t"a": 1\n\t}\n]');
		expect(serialise({ a: 1 }, true)).toBe('{\n\t"a": 1\n}\n');
	});

	it('writes every file of data/ back byte for byte: an edit moves nothing but the record edited', () => {
		for (const kind of Object.keys(recordKinds) as (keyof typeof recordKinds)[]) {
			const text = read(`${kind}.json`);
			const order = keyOrderOf(recordKinds[kind]);
			const list = (JSON.parse(text) as unknown[]).map((r) => ordered(r, order));
			expect(serialise(list, text.endsWith('\n')), kind).toBe(text);
		}
		for (const f of fs.readdirSync(path.join(data, 'sources'))) {
			const text = read(`sources/${f}`);
			expect(serialise(ordered(JSON.parse(text), keyOrderOf(sourceSchema)), text.endsWith('\n')), f).toBe(
				text
			);
		}
		for (const f of fs.readdirSync(path.join(data, 'presentations'))) {
			const text = read(`presentations/${f}`);
			expect(
				serialise(ordered(JSON.parse(text), keyOrderOf(presentationSchema)), text.endsWith('\n')),
				f
			).toBe(text);
		}
	});

	it('an edited figure changes only its own lines of figures.json', () => {
		const text = read('figures.json');
		const list = JSON.parse(text) as { id: string; value: number }[];
		const edited = { ...list[5]!, value: list[5]!.value + 1 };
		const out = serialise(upsert(list, edited, edited.id), false).split('\n');
		const before = text.split('\n');
		const changed = out.map((l, i) => (l === before[i] ? null : i)).filter((i) => i !== null);
		expect(out).toHaveLength(before.length);
		expect(changed).toHaveLength(1);
		expect(out[changed[0]!]).toContain(`"value": ${edited.value}`);
	});
});

describe('where records go', () => {
	it('a new record: at its place in a file sorted by id, else after its group, else at the end', () => {
		expect(insertionIndex(['org-a', 'org-c'], 'org-b')).toBe(1);
		expect(insertionIndex(['org-a', 'org-c'], 'org-d')).toBe(2);
		expect(
			insertionIndex(['ar2016-f002', 'ar2019-f001', 'ar2016-f003', 'yangon2017-f001'], 'ar2016-f004')
		).toBe(3);
		expect(insertionIndex(['b-f001', 'a-f001'], 'c-f001')).toBe(2);
	});

	it('an edited record stays where it was, a removed one leaves the rest in order', () => {
		const list = [{ id: 'a' }, { id: 'b', v: 1 }, { id: 'c' }];
		expect(upsert(list, { id: 'b', v: 2 }, 'b')).toEqual([{ id: 'a' }, { id: 'b', v: 2 }, { id: 'c' }]);
		expect(withoutRecord(list, 'b')).toEqual([{ id: 'a' }, { id: 'c' }]);
		expect(() => upsert(list, { id: 'z' }, 'z')).toThrow(RangeError);
	});

	it('names the fields an edit changed', () => {
		expect(changedFields({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], c: 'x', d: null })).toEqual(['b', 'd']);
	});
});

describe('the changelog line', () => {
	it('is dated, one line, ends with a full stop, and goes at the end', () => {
		expect(changelogLine('2026-12-01', 'Figure ar2024-f001 added:\n 1,234,567 workers')).toBe(
			'- 2026-12-01: Figure ar2024-f001 added: 1,234,567 workers.'
		);
		expect(changelogLine('2026-12-01', 'Done.')).toBe('- 2026-12-01: Done.');
		expect(() => changelogLine('1 December', 'x')).toThrow();
		expect(appendLine('# Log\n\n- 2026-11-25: A.\n\n', '- 2026-12-01: B.')).toBe(
			'# Log\n\n- 2026-11-25: A.\n- 2026-12-01: B.\n'
		);
		expect(appendLine('# Log\n\n- 2026-11-25: A.', '- 2026-12-01: B.')).toBe(
			'# Log\n\n- 2026-11-25: A.\n- 2026-12-01: B.\n'
		);
	});

	it('uses the local date', () => {
		expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
