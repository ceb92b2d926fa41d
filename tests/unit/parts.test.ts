import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterParts, startLater } from '$lib/hydration/parts';

afterEach(() => vi.useRealTimers());

describe('startLater(start) and afterParts(callback)', () => {
	it('starts each part in a task of its own, in the order they were queued', async () => {
		vi.useFakeTimers();
		const started: string[] = [];
		startLater(() => started.push('map'));
		startLater(() => started.push('legend'));
		startLater(() => started.push('table'));
		expect(started).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(started).toEqual(['map']);
		vi.advanceTimersToNextTimer();
		expect(started).toEqual(['map', 'legend']);
		vi.advanceTimersToNextTimer();
		expect(started).toEqual(['map', 'legend', 'table']);
	});

	it('calls back once every part queued has started, and at once when none is waiting', () => {
		vi.useFakeTimers();
		const events: string[] = [];
		afterParts(() => events.push('nothing waiting'));
		expect(events).toEqual(['nothing waiting']);
		startLater(() => events.push('map'));
		startLater(() => events.push('legend'));
		afterParts(() => events.push('all started'));
		vi.runAllTimers();
		expect(events).toEqual(['nothing waiting', 'map', 'legend', 'all started']);
	});

	it('leaves out a part cancelled before its turn (its box went away)', () => {
		vi.useFakeTimers();
		const started: string[] = [];
		startLater(() => started.push('map'));
		const cancel = startLater(() => started.push('drawing'));
		startLater(() => started.push('legend'));
		cancel();
		vi.runAllTimers();
		expect(started).toEqual(['map', 'legend']);
	});

	it('starts the parts after one whose start throws, and still calls back', () => {
		vi.useFakeTimers();
		const started: string[] = [];
		startLater(() => {
			throw new Error('broken part');
		});
		startLater(() => started.push('legend'));
		afterParts(() => started.push('all started'));
		expect(() => vi.advanceTimersToNextTimer()).toThrow('broken part');
		vi.runAllTimers();
		expect(started).toEqual(['legend', 'all started']);
	});
});
