/**
 * A small helper to build the page without HTML strings: text is always text (a quote or a title can
 * never become markup), and every string shown comes from messages.js.
 */

/**
 * An element: h('button', { class: 'primary', onclick: fn }, 'Save').
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attrs]
 * @param {...(Node | string | number | null | undefined | false | (Node | string | null | undefined | false)[])} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
	const svg = ['svg', 'g', 'line', 'path', 'circle', 'text', 'title', 'marker', 'defs', 'rect'].includes(tag);
	const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
	for (const [k, v] of Object.entries(attrs ?? {})) {
		if (v === undefined || v === null || v === false) continue;
		if (k.startsWith('on') && typeof v === 'function')
			el.addEventListener(k.slice(2), /** @type {EventListener} */ (v));
		else if (k === 'dataset') Object.assign(/** @type {HTMLElement} */ (el).dataset, v);
		else if (k === 'value' && 'value' in el) /** @type {HTMLInputElement} */ (el).value = String(v);
		else if (k === 'checked' || k === 'selected' || k === 'disabled' || k === 'readOnly')
			/** @type {any} */ (el)[k] = Boolean(v);
		else el.setAttribute(k, v === true ? '' : String(v));
	}
	append(el, children);
	return /** @type {HTMLElement} */ (el);
}

/** @param {Element} el @param {unknown[]} children */
function append(el, children) {
	for (const c of children.flat(Infinity)) {
		if (c === null || c === undefined || c === false) continue;
		el.append(c instanceof Node ? c : document.createTextNode(String(c)));
	}
}

/** Replaces an element's children. @param {Element} el @param {...unknown} children */
export function fill(el, ...children) {
	el.replaceChildren();
	append(el, children);
	return el;
}

/** Calls `fn` once `ms` after the last call. @param {() => void} fn @param {number} ms */
export function debounce(fn, ms) {
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let t;
	const call = () => {
		clearTimeout(t);
		t = setTimeout(fn, ms);
	};
	call.now = () => {
		clearTimeout(t);
		fn();
	};
	call.cancel = () => clearTimeout(t);
	return call;
}

/** A unique id for label/for pairs. */
let n = 0;
export const uid = (/** @type {string} */ prefix) => `${prefix}-${++n}`;
