/**
 * The child side of Pym.js's protocol (the de-facto standard for self-sizing iframes on news sites):
 * the embed tells its parent its height whenever it changes, as "pym" xPYMx id xPYMx "height" xPYMx px,
 * so an existing pym.Parent on the host page sizes the iframe. We listen only to our parent window.
 */
const DELIMITER = 'xPYMx';

export const pymMessage = (id: string, type: string, message: string) =>
	['pym', id, type, message].join(DELIMITER);

/** The type and body of a Pym message for `id`, or null for anything else. */
export function parsePymMessage(id: string, data: unknown): { type: string; message: string } | null {
	if (typeof data !== 'string') return null;
	const parts = data.split(DELIMITER);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
	return { type: parts[2]!, message: parts[3]! };
}

/**
 * Starts reporting the page's height to the parent frame. Does nothing outside an iframe. Returns a
 * function that stops it. The id is the childId pym.Parent puts in our URL ("embed" when absent, for
 * hosts that listen without Pym).
 */
export function startPymChild(win: Window = window): () => void {
	if (win.parent === win) return () => {};
	const id = new URLSearchParams(win.location.search).get('childId') ?? 'embed';
	let last = -1;
	const send = () => {
		const height = win.document.body.offsetHeight;
		if (height === last) return;
		last = height;
		win.parent.postMessage(pymMessage(id, 'height', String(height)), '*');
	};
	const onMessage = (e: MessageEvent) => {
		// Only our own parent may ask; its "width" message means "tell me your height again".
		if (e.source !== win.parent) return;
		const msg = parsePymMessage(id, e.data);
		if (msg?.type === 'width') {
			last = -1;
			send();
		}
	};
	const observer = new ResizeObserver(send);
	observer.observe(win.document.body);
	win.addEventListener('message', onMessage);
	send();
	return () => {
		observer.disconnect();
		win.removeEventListener('message', onMessage);
	};
}
