/**
 * Keeps the presenter window and the speaker view on the same step when both are open in one browser:
 * each posts its step on change and follows the other's (BroadcastChannel; a no-op where missing).
 */
export interface StepChannel {
	post(step: number): void;
	close(): void;
}

export function openStepChannel(presentationId: string, onstep: (step: number) => void): StepChannel {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(`mmc-present-${presentationId}`);
	channel.onmessage = (e: MessageEvent) => {
		const step = (e.data as { step?: unknown })?.step;
		if (typeof step === 'number' && Number.isInteger(step)) onstep(step);
	};
	return { post: (step) => channel.postMessage({ step }), close: () => channel.close() };
}
