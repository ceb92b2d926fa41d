import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymMessage } from '$lib/embed/pym';

describe('pymMessage(id, type, message)', () => {
	it('speaks the Pym.js wire format that pym.Parent parses', () => {
		const msg = pymMessage('mmc-map', 'height', '812');
		expect(msg).toBe('pymxPYMxmmc-mapxPYMxheightxPYMx812');
		// pym.Parent's own parser: ^pym xPYMx id xPYMx (\S+) xPYMx (.*)$
		expect(/^pymxPYMxmmc-mapxPYMx(\S+)xPYMx(.*)$/.exec(msg)?.slice(1)).toEqual(['height', '812']);
	});
});

describe('parsePymMessage(id, data)', () => {
	it.each([
		['pymxPYMxmmc-mapxPYMxwidthxPYMx640', { type: 'width', message: '640' }],
		['pymxPYMxotherxPYMxwidthxPYMx640', null],
		['hello', null],
		[{ type: 'width' }, null],
		[null, null]
	])('parsePymMessage("mmc-map", %j)', (data, expected) => {
		expect(parsePymMessage('mmc-map', data)).toEqual(expected);
	});
});
