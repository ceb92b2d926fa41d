/**
 * Keeps the presenter window and the speaker view on the same step when both are open in one browser
 * (BroadcastChannel; a no-op where missing). Two messages:
 * - "state": a window's step, posted whenever it changes and in answer to "hello";
 * - "hello": a window that starts without a step in its URL asks the others where the talk is.
 */
export type StepMessage = { type: 'hello' } | { type: 'state'; step: number };

/** A message from another window, or null for anything else on the channel. */
export function parseMessage(data: unknown): StepMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as { type?: unknown; step?: unknown };
	if (m.type === 'hello') return { type: 'hello' };
	if (m.type === 'state' && typeof m.step === 'number' && Number.isInteger(m.step) && m.step >= 0)
		return { type: 'state', step: m.step };
	return null;
}

export interface StepChannel {
	/** Tells the other windows this window's step. */
	state(step: number): void;
	/** Asks the other windows for their step (they answer with "state"). */
	hello(): void;
	close(): void;
}

export function openStepChannel(
	presentationId: string,
	on: { state: (step: number) => void; hello: () => void }
): StepChannel {
	if (typeof BroadcastChannel === 'undefined') return { state: () => {}, hello: () => {}, close: () => {} };
	const channel = new BroadcastChannel(`mmc-present-${presentationId}`);
	channel.onmessage = (e: MessageEvent) => {
		const m = parseMessage(e.data);
		if (m?.type === 'state') on.state(m.step);
		else if (m?.type === 'hello') on.hello();
	};
	const send = (m: StepMessage) => channel.postMessage(m);
	return {
		state: (step) => send({ type: 'state', step }),
		hello: () => send({ type: 'hello' }),
		close: () => channel.close()
	};
}
