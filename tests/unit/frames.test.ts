import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inNextTask } from '$lib/map/frames';

describe('inNextTask', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs the work in a later task, not at once', () => {
		const work = vi.fn();
		inNextTask(work);
		expect(work).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('does not run work that was cancelled before its task', () => {
		const work = vi.fn();
		const cancel = inNextTask(work);
		cancel();
		vi.runAllTimers();
		expect(work).not.toHaveBeenCalled();
	});
});
