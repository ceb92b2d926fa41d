/**
 * The presentation's windows in step: the channel's messages, and two decks (a presenter window and a
 * speaker view) talking over a real BroadcastChannel, as two windows of one browser do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Deck } from '$lib/present/deck.svelte';
import { parseMessage } from '$lib/present/sync';

describe('parseMessage(data)', () => {
	it('reads hello and state', () => {
		expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(parseMessage({ type: 'state', step: 4 })).toEqual({ type: 'state', step: 4 });
	});
	it.each([
		null,
		3,
		'hello',
		{ step: 2 },
		{ type: 'state', step: -1 },
		{ type: 'state', step: 1.5 },
		{ type: 'state' }
	])('ignores %j', (data) => {
		expect(parseMessage(data)).toBeNull();
	});
});

const key = (k: string) => ({ key: k, target: null, preventDefault() {} }) as unknown as KeyboardEvent;

/** Until the channel has delivered what was posted (messages arrive as tasks, in order). */
const settle = () => new Promise((r) => setTimeout(r, 30));

describe('Deck: two windows of one presentation', () => {
	let open: Deck[] = [];
	const deck = (search: string, id = 'talk') => {
		const d = new Deck(id, 8);
		d.start(search);
		open.push(d);
		return d;
	};
	afterEach(() => {
		open.forEach((d) => d.stop());
		open = [];
	});

	it('a window opened without a step joins the talk where it is', async () => {
		const audience = deck('?step=5');
		await settle();
		const speaker = deck('');
		await settle();
		expect(speaker.index).toBe(4);
		// Its Next moves the audience on from there, not back to the start.
		speaker.next();
		await settle();
		expect(audience.index).toBe(5);
	});

	it('a window opened with a step keeps it and takes the others there', async () => {
		const audience = deck('?step=2');
		await settle();
		const speaker = deck('?step=6');
		await settle();
		expect([speaker.index, audience.index]).toEqual([5, 5]);
	});

	it('a window alone, or with a step number that is not one, starts at the first step', async () => {
		const lone = deck('?step=99');
		await settle();
		expect(lone.index).toBe(0);
	});

	it('keys step both windows; other presentations are not touched', async () => {
		const audience = deck('?step=1');
		const speaker = deck('');
		const other = deck('?step=3', 'another-talk');
		await settle();
		audience.onkeydown(key('End'));
		await settle();
		expect([audience.index, speaker.index, other.index]).toEqual([7, 7, 2]);
		speaker.onkeydown(key('PageUp'));
		await settle();
		expect(audience.index).toBe(6);
	});
});
