/**
 * The editor answers only the pages it served itself. A web page open in the same browser can send
 * requests to 127.0.0.1 too; the browser then says where they come from (Origin), and a page that has
 * made its own name point at 127.0.0.1 (DNS rebinding) still sends its own name as Host. Both must name
 * this server, and a request that changes anything must carry an Origin at all (browsers always send
 * one with a POST). Pure.
 */

export interface RequestHeaders {
	host?: string;
	origin?: string;
	'sec-fetch-site'?: string;
}

/** The names this server answers to on its port. */
export const ownHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];

/** Why a request is refused, or null when it comes from the editor's own page (or is a plain GET). */
export function refusal(method: string, headers: RequestHeaders, port: number): string | null {
	const hosts = ownHosts(port);
	if (!headers.host || !hosts.includes(headers.host.toLowerCase())) return `Host "${headers.host ?? ''}"`;
	const origin = headers.origin;
	const reads = method === 'GET' || method === 'HEAD';
	if (origin === undefined) return reads ? null : 'no Origin on a request that writes';
	if (!hosts.some((h) => origin.toLowerCase() === `http://${h}`)) return `Origin "${origin}"`;
	const site = headers['sec-fetch-site'];
	if (site !== undefined && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site "${site}"`;
	return null;
}
