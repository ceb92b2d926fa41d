/**
 * The editor's API, from the page. Every answer is { ok, status, data }: a refused save (status 422), a
 * file changed on disk (409) or a request the editor cannot do (400) is an answer to show, not an
 * exception. The server sends these with HTTP 200 and an "outcome" (so the browser's console stays
 * clean); they are given their usual status numbers here. Only a server that does not answer throws.
 */
const OUTCOMES = { refused: 422, conflict: 409, invalid: 400 };

/** @typedef {{ ok: boolean, status: number, data: any }} Answer */

/** @param {Response} res @returns {Promise<Answer>} */
async function answer(res) {
	/** @type {any} */
	let data;
	try {
		data = await res.json();
	} catch {
		data = { error: res.statusText };
	}
	const outcome = /** @type {keyof typeof OUTCOMES | undefined} */ (data?.outcome);
	const status = outcome ? OUTCOMES[outcome] : res.status;
	return { ok: status >= 200 && status < 300, status, data };
}

/** @param {string} path */
export const get = async (path) => answer(await fetch(path, { headers: { Accept: 'application/json' } }));

/** @param {string} path @param {unknown} body */
export const post = async (path, body) =>
	answer(
		await fetch(path, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify(body)
		})
	);

/** A file's bytes, as they are. @param {string} path @param {Blob} file */
export const upload = async (path, file) =>
	answer(
		await fetch(path, {
			method: 'POST',
			headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
			body: file
		})
	);
