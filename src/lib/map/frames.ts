/**
 * Runs `work` once the browser has painted what is on screen now: the next animation frame, then a task
 * after it (a frame callback itself runs before that paint). Work that can wait a frame goes here, so
 * what answers the reader's hand reaches the screen first. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(work)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * Resolves in a task of its own, after whatever the browser has queued (input first): a long piece of
 * work awaited in parts between these is several short tasks, which a reader's tap can come between.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Runs `work` in a task of its own, after whatever the browser has queued: what can wait for the next
 * task without waiting on a promise. Returns a function that cancels it (an effect's or a mount's cleanup).
 */
export function inNextTask(work: () => void): () => void {
	const timer = setTimeout(work);
	return () => clearTimeout(timer);
}
