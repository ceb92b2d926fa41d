/**
 * The two embed snippets a partner pastes into a page, as text:
 * - responsive: a Pym.js container (the script replaces its content with a self-sizing iframe). Inside
 *   it, for pages that run no script, a <noscript> iframe and a plain link to the full view;
 * - fixed: a plain iframe of a set height, for sites that allow no script at all.
 * The URLs pin the view (year and measure written out), so a new data release leaves a published story
 * as it was. Attribute values are escaped: titles come from the catalogue and place names.
 */
export interface SnippetInput {
	/** Absolute URL of the embed, with its query. */
	src: string;
	/** Absolute URL of the full view, for the no-script link. */
	fullUrl: string;
	/** Absolute URL of the Pym.js script this site serves. */
	pymScript: string;
	/** The iframe's title: what a screen reader announces. */
	title: string;
	/** Height of the fixed iframe (and the no-script one), in pixels. */
	height: number;
	/** The embed's height cap in pixels (taller content scrolls inside it), or null for none. */
	maxHeight: number | null;
	/** Hide the year and measure controls (controls=0). */
	hideControls?: boolean;
}

/** "&", "<", ">" and quotes as entities, for an attribute value or text. */
export const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The embed's URL with the embedding's own parameters (controls=0, maxheight=...). */
export function embedSrc(src: string, o: Pick<SnippetInput, 'maxHeight' | 'hideControls'>): string {
	const url = new URL(src);
	if (o.hideControls) url.searchParams.set('controls', '0');
	if (o.maxHeight !== null) url.searchParams.set('maxheight', String(o.maxHeight));
	return url.href;
}

export function embedSnippets(i: SnippetInput): { responsive: string; fixed: string } {
	const src = escapeHtml(embedSrc(i.src, i));
	const title = escapeHtml(i.title);
	const height = i.maxHeight === null ? i.height : Math.min(i.height, i.maxHeight);
	const iframe = `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
	return {
		responsive:
			`<div data-pym-src="${src}" data-pym-title="${title}">` +
			`<noscript>${iframe}</noscript>` +
			`<a href="${escapeHtml(i.fullUrl)}" target="_blank" rel="noopener">${title}</a></div>\n` +
			`<script src="${escapeHtml(i.pymScript)}"></${'script'}>`,
		fixed: iframe
	};
}
