import { describe, expect, it } from 'vitest';
import { firstDuplicateKey, parseStrictJson } from '$lib/server/strictJson';

describe('firstDuplicateKey(text)', () => {
	it.each([
		['[{"id":"a","v":1},{"id":"b","v":2,"v":3}]', [1, 'v']],
		[String.raw`{"a":{"x":[1,{"q":"\"","q":2}]}}`, ['a', 'x', 1, 'q']],
		['{"a":"unterminated', null],
		['[{"id":"a","v":{"id":1}}]', null],
		['{"a":"}","a":1}', ['a']],
		['[]', null],
		['{}', null]
	])('firstDuplicateKey(%s) is %j', (text, path) => {
		expect(firstDuplicateKey(text)).toEqual(path);
	});
});

describe('parseStrictJson(text)', () => {
	it('parses valid JSON', () => {
		expect(parseStrictJson('[{"a":1}]')).toEqual({ ok: true, value: [{ a: 1 }] });
	});
	it.each([
		['\ufeff[]', 'bom'],
		['[1,]', 'syntax'],
		['{"a":1,"a":2}', 'duplicate-key']
	])('rejects %j as %s', (text, problem) => {
		const result = parseStrictJson(text);
		expect(result.ok ? null : result.problem).toBe(problem);
	});
});
