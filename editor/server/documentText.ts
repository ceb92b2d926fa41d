/**
 * A document's text as the dataset keeps it: one paragraph per line, an empty line between paragraphs,
 * like the first five documents. Pure: the PDF step (pdf.ts) hands over what `pdftotext -bbox-layout`
 * printed, and this module turns it, or a text file, or pasted text, into the lines that records cite.
 *
 * Why -bbox-layout: plain `pdftotext` runs paragraphs together (no empty line between them), and
 * `-layout` keeps the page's columns side by side, so a two-column page interleaves its columns. The
 * bounding-box output lists poppler's blocks in reading order, column by column; each block is a
 * paragraph, each of its lines a printed line to join.
 */
import crypto from 'node:crypto';

/** Scripts written without spaces between words: a line break inside them joins with no space. */
const NO_SPACE_SCRIPT =
	/[\u0E00-\u0E7F\u0E80-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u3000-\u9FFF\uAC00-\uD7AF]/u;

/**
 * Printed lines of one paragraph as one line. A line ending in a hyphen keeps it and joins without a
 * space ("cross-" + "border" = "cross-border"; a word broken with a hyphen keeps the hyphen, which the
 * document printed). Khmer, Thai, Lao, Burmese and Chinese lines join with no space.
 */
export function joinLines(lines: string[]): string {
	let out = '';
	for (const raw of lines) {
		const line = raw.replace(/\s+/g, ' ').trim();
		if (!line) continue;
		if (!out) {
			out = line;
			continue;
		}
		const last = out.at(-1)!;
		const first = line[0]!;
		const tight =
			(last === '-' && /[\p{L}\p{N}]/u.test(out.at(-2) ?? '') && /\p{L}/u.test(first)) ||
			(NO_SPACE_SCRIPT.test(last) && NO_SPACE_SCRIPT.test(first));
		out += tight ? line : ` ${line}`;
	}
	return out;
}

/** Whether a paragraph ends a sentence (or a heading that stands alone). */
const endsSentence = (p: string) => /[.!?:;។៕"”’)\]]$/u.test(p);

/**
 * Paragraphs from blocks of printed lines. A block that stops mid-sentence and is followed by one that
 * starts in lower case is one paragraph broken by a column or a page: they are joined.
 */
export function paragraphsFromBlocks(blocks: string[][]): string[] {
	const out: string[] = [];
	for (const block of blocks) {
		const text = joinLines(block);
		if (!text) continue;
		const prev = out.at(-1);
		if (prev !== undefined && !endsSentence(prev) && /^\p{Ll}/u.test(text))
			out[out.length - 1] = joinLines([prev, text]);
		else out.push(text);
	}
	return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
			: (ENTITIES[e.toLowerCase()] ?? m)
	);

/** The blocks of `pdftotext -bbox-layout` output, in its order: each a list of printed lines. */
export function blocksFromBbox(xhtml: string): string[][] {
	const blocks: string[][] = [];
	for (const [, block] of xhtml.matchAll(/<block\b[^>]*>([\s\S]*?)<\/block>/g)) {
		const lines: string[] = [];
		for (const [, line] of block!.matchAll(/<line\b[^>]*>([\s\S]*?)<\/line>/g)) {
			const words = [...line!.matchAll(/<word\b[^>]*>([\s\S]*?)<\/word>/g)].map(([, w]) => decode(w!));
			if (words.length) lines.push(words.join(' '));
		}
		if (lines.length) blocks.push(lines);
	}
	return blocks;
}

/** The stored form: paragraphs one per line, an empty line between them, one newline at the end. */
export const fromParagraphs = (paragraphs: string[]) =>
	paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '';

/** A PDF's text, from what `pdftotext -bbox-layout` printed. */
export const textFromBbox = (xhtml: string) => fromParagraphs(paragraphsFromBlocks(blocksFromBbox(xhtml)));

/**
 * A text file or pasted text, tidied: no byte-order mark, Unix line ends, no trailing spaces, no control
 * characters, at most one empty line in a row, one newline at the end. With `join`, the printed lines of
 * each paragraph (between empty lines) become one line.
 */
export function tidyText(text: string, join = false): string {
	const lines = text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\f/g, '\n\n')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
		.split('\n')
		.map((l) => l.replace(/\s+$/u, ''));
	const blocks: string[][] = [[]];
	for (const line of lines) {
		if (line.trim() === '') {
			if (blocks.at(-1)!.length) blocks.push([]);
		} else blocks.at(-1)!.push(line);
	}
	const kept = blocks.filter((b) => b.length);
	return fromParagraphs(join ? paragraphsFromBlocks(kept) : kept.map((b) => b.join('\n')));
}

export const sha256 = (text: string) =>
	crypto.createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

/** What makes two texts the same document: their words, whatever the spaces, line breaks and Unicode form. */
export const textKey = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface KnownDocument {
	id: string;
	title: string;
	sha256: string;
	/** The document's text, when it can be read. */
	text: string | null;
}

/** The document already in the data that has this text, and why it is the same; null when none. */
export function sameDocument(
	text: string,
	known: KnownDocument[]
): { id: string; title: string; why: 'sha256' | 'text' } | null {
	const sum = sha256(text);
	const key = textKey(text);
	for (const doc of known) if (doc.sha256 === sum) return { id: doc.id, title: doc.title, why: 'sha256' };
	for (const doc of known)
		if (doc.text !== null && textKey(doc.text) === key) return { id: doc.id, title: doc.title, why: 'text' };
	return null;
}

/** A first guess at the document's title and id, for the user to confirm. */
export function suggestSource(text: string, takenIds: Iterable<string>) {
	const taken = new Set(takenIds);
	const first = text
		.split('\n')
		.map((l) => l.replace(/[#*_]/g, '').trim())
		.find((l) => /\p{L}{3}/u.test(l));
	const title = (first ?? '').slice(0, 300);
	const years = title.match(/\b(19|20)\d{2}\b/g) ?? text.slice(0, 3000).match(/\b(19|20)\d{2}\b/g) ?? [];
	const year = years.at(-1) ?? '';
	const words = title
		.toLowerCase()
		.replace(/mekong migration network|\bmmn\b/g, ' ')
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 2 && !/^(the|and|for|of|on|in|to|report|\d+)$/.test(w));
	const base = /annual report/i.test(title)
		? `ar${year}`
		: `${words.slice(0, 2).join('-') || 'document'}${year}`.replace(/-+$/, '');
	let id = base.slice(0, 40) || 'document';
	for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 36)}-${n}`;
	return {
		id,
		title,
		year: year ? Number(year) : null,
		kind: /annual report/i.test(title) ? 'annual_report' : null
	};
}
