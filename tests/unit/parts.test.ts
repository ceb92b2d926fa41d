import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterParts, startLater, startWhenNeeded } from '$lib/hydration/parts';

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

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

/** A part's box as the browser has it: what is in it, and the events that reach it. */
function partBox(children = ['legend']) {
	const box = Object.assign(new EventTarget(), { children: children.map((name) => ({ name })) });
	return box as unknown as HTMLElement;
}

/** The browser's IntersectionObserver, told by the test when what it watches comes into view. */
function watchViewport() {
	const watchers: { callback: IntersectionObserverCallback; watched: unknown[]; on: boolean }[] = [];
	vi.stubGlobal(
		'IntersectionObserver',
		class {
			#watcher;
			constructor(callback: IntersectionObserverCallback) {
				this.#watcher = { callback, watched: [] as unknown[], on: true };
				watchers.push(this.#watcher);
			}
			observe(target: unknown) {
				this.#watcher.watched.push(target);
			}
			disconnect() {
				this.#watcher.on = false;
			}
		}
	);
	return {
		watched: () => watchers.filter((w) => w.on).flatMap((w) => w.watched),
		/** What the browser reports of each watched element: in view, or not (as it first does off-screen). */
		report: (isIntersecting: boolean) => {
			for (const w of watchers.filter((w) => w.on))
				w.callback(
					w.watched.map((target) => ({ target, isIntersecting }) as unknown as IntersectionObserverEntry),
					{} as IntersectionObserver
				);
		}
	};
}

describe('startWhenNeeded(box, until, start): a part below the fold', () => {
	it('does not start while the reader has not reached it, and starts a task after it comes into view', () => {
		vi.useFakeTimers();
		const viewport = watchViewport();
		const started: string[] = [];
		startWhenNeeded(partBox(['legend', 'note']), 'seen', () => started.push('legend'));
		viewport.report(false);
		vi.runAllTimers();
		expect(started).toEqual([]);
		expect(viewport.watched()).toEqual([{ name: 'legend' }, { name: 'note' }]);
		viewport.report(true);
		expect(started).toEqual([]);
		vi.runAllTimers();
		expect(started).toEqual(['legend']);
		expect(viewport.watched()).toEqual([]);
	});

	it('starts at once on a press, the focus or a click inside it, so that the part answers it, and only once', () => {
		vi.useFakeTimers();
		watchViewport();
		for (const type of ['pointerdown', 'focusin', 'click']) {
			const box = partBox();
			const started: string[] = [];
			startWhenNeeded(box, 'seen', () => started.push('downloads'));
			box.dispatchEvent(new Event(type));
			expect(started).toEqual(['downloads']);
			box.dispatchEvent(new Event(type));
			vi.runAllTimers();
			expect(started).toEqual(['downloads']);
		}
	});

	it('starts a task after its props change (its markup is out of date), whether or not it is seen', () => {
		vi.useFakeTimers();
		const viewport = watchViewport();
		const started: string[] = [];
		const table = startWhenNeeded(partBox(), 'changed', () => started.push('table'));
		expect(viewport.watched()).toEqual([]);
		table.changed();
		table.changed();
		vi.runAllTimers();
		expect(started).toEqual(['table']);
	});

	it('holds back the callbacks after one that changed its props (the URL’s view) until it has started', () => {
		vi.useFakeTimers();
		watchViewport();
		const events: string[] = [];
		const table = startWhenNeeded(partBox(), 'changed', () => events.push('table, in the URL’s view'));
		startLater(() => events.push('map'));
		afterParts(() => {
			events.push('view from the URL');
			table.changed();
		});
		afterParts(() => events.push('page started'));
		vi.runAllTimers();
		expect(events).toEqual(['map', 'view from the URL', 'table, in the URL’s view', 'page started']);
	});

	it('starts at once on a press that comes before its turn, once it is queued', () => {
		vi.useFakeTimers();
		const viewport = watchViewport();
		const box = partBox();
		const started: string[] = [];
		startWhenNeeded(box, 'seen', () => started.push('downloads'));
		viewport.report(true);
		box.dispatchEvent(new Event('pointerdown'));
		expect(started).toEqual(['downloads']);
		vi.runAllTimers();
		expect(started).toEqual(['downloads']);
	});

	it('never starts once cancelled (its box went away)', () => {
		vi.useFakeTimers();
		const viewport = watchViewport();
		const box = partBox();
		const started: string[] = [];
		const legend = startWhenNeeded(box, 'seen', () => started.push('legend'));
		legend.changed();
		legend.cancel();
		viewport.report(true);
		box.dispatchEvent(new Event('pointerdown'));
		vi.runAllTimers();
		expect(started).toEqual([]);
	});
});
