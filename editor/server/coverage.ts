/**
 * What a document gives and what is left: where each citation's quote sits in the text (found the way
 * the validator finds it: whitespace normalised, starting on its line, within QUOTE_WINDOW lines), and
 * the numbers in the text that no quote covers. Pure, for the document view and the documents list.
 */
import { QUOTE_WINDOW } from '$lib/server/validate';

/** A record's citation of this document. */
export interface CitationRef {
	kind: string;
	id: string;
	/** Index of the citation in the record's citations. */
	index: number;
	line: number;
	quote: string;
}

/** Characters [start, end) of one line (1-based), and the citations whose quote covers them. */
export interface Span {
	line: number;
	start: number;
	end: number;
	refs: { kind: string; id: string; index: number }[];
}

export interface NumberHit {
	line: number;
	start: number;
	end: number;
	text: string;
}

/**
 * Where a quote is in the text: for each line it covers, the characters [start, end). Null when the
 * quote is not in its window (the validator reports that).
 */
export function locateQuote(
	lines: string[],
	line: number,
	quote: string
): { line: number; start: number; end: number }[] | null {
	const target = quote.replace(/\s+/g, ' ').trim();
	if (!target || line < 1) return null;
	// The window as one whitespace-normalised string, remembering where each character came from.
	let text = '';
	const from: { line: number; col: number }[] = [];
	const last = Math.min(lines.length, line - 1 + QUOTE_WINDOW);
	for (let li = line - 1; li < last; li++) {
		const l = lines[li]!;
		for (let col = 0; col <= l.length; col++) {
			const ch = col === l.length ? ' ' : l[col]!;
			if (/\s/.test(ch)) {
				if (text && !text.endsWith(' ')) {
					text += ' ';
					from.push({ line: li + 1, col: -1 });
				}
			} else {
				text += ch;
				from.push({ line: li + 1, col });
			}
		}
	}
	const at = text.indexOf(target);
	if (at < 0) return null;
	const ranges = new Map<number, { start: number; end: number }>();
	for (const { line: l, col } of from.slice(at, at + target.length)) {
		if (col < 0) continue;
		const r = ranges.get(l);
		if (!r) ranges.set(l, { start: col, end: col + 1 });
		else r.end = col + 1;
	}
	return [...ranges].map(([l, r]) => ({ line: l, ...r }));
}

/**
 * The cited spans of a document: the quotes located, split where they overlap so that each span lists
 * every citation covering it. Ordered by line and start. Citations whose quote is not found are returned
 * apart, so the view can still link them by line.
 */
export function citedSpans(
	lines: string[],
	citations: CitationRef[]
): { spans: Span[]; unplaced: CitationRef[] } {
	const byLine = new Map<number, { start: number; end: number; ref: Span['refs'][number] }[]>();
	const unplaced: CitationRef[] = [];
	for (const c of citations) {
		const found = locateQuote(lines, c.line, c.quote);
		if (!found) {
			unplaced.push(c);
			continue;
		}
		for (const r of found)
			byLine.set(r.line, [
				...(byLine.get(r.line) ?? []),
				{ ...r, ref: { kind: c.kind, id: c.id, index: c.index } }
			]);
	}
	const spans: Span[] = [];
	for (const [line, ranges] of [...byLine].sort(([a], [b]) => a - b)) {
		const cuts = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
		for (let i = 0; i + 1 < cuts.length; i++) {
			const [start, end] = [cuts[i]!, cuts[i + 1]!];
			const refs = ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.ref);
			if (!refs.length) continue;
			const prev = spans.at(-1);
			const same =
				prev &&
				prev.line === line &&
				prev.end === start &&
				prev.refs.length === refs.length &&
				prev.refs.every((p, k) => p.id === refs[k]!.id && p.index === refs[k]!.index);
			if (same) prev.end = end;
			else spans.push({ line, start, end, refs });
		}
	}
	return { spans, unplaced };
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const NUMBER = new RegExp(
	String.raw`(?<![\p{L}\p{Nd}_.,/:+\-])(?:\p{Nd}{1,3}(?:,\p{Nd}{3})+|\p{Nd}+)(?:\.\p{Nd}+)?(?:\s?(?:%|per ?cent\b|percent\b|million\b|billion\b))?(?![\p{L}\p{Nd}_/:\-]|[.,]\p{Nd})`,
	'giu'
);
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^\s${MONTH}\b`, 'i');

/** Where the digit zero is in the scripts of the region: ASCII, Thai, Lao, Burmese, Khmer. */
const ZEROS = [0x30, 0x0e50, 0x0ed0, 0x1040, 0x17e0];
/** Decimal digits of these scripts as ASCII digits: "២០២៤" -> "2024". */
const asciiDigits = (s: string) =>
	s.replace(/\p{Nd}/gu, (d) => {
		const cp = d.codePointAt(0)!;
		const zero = ZEROS.find((z) => cp >= z && cp <= z + 9);
		return zero === undefined ? d : String(cp - zero);
	});

/**
 * Numbers in one line that could be figures: not a year (1900-2099 printed alone), not a day next to a
 * month name, not a footnote mark (<sup>), not a single digit, not a page number (a line with nothing
 * else), not five digits or more without separators (postcodes, phone numbers: a printed count of
 * 10,000 or more has its commas), and not glued to letters, dashes, slashes or colons (C189, 2018-19,
 * 9:00).
 */
export function numbersInLine(line: string): { start: number; end: number; text: string }[] {
	if (/^\s*[-–—#*\s]*\p{Nd}+\s*$/u.test(line)) return [];
	const out: { start: number; end: number; text: string }[] = [];
	for (const m of line.matchAll(NUMBER)) {
		const text = m[0];
		const start = m.index!;
		const end = start + text.length;
		const digits = asciiDigits(text);
		const bare = /^\d+$/.test(digits);
		if (bare && digits.length === 1) continue;
		// Postcodes, phone numbers and reference numbers: long numbers printed without separators, or with a leading 0.
		if (bare && (digits.length >= 5 || (digits.length > 1 && digits.startsWith('0')))) continue;
		if (bare && /^(19|20)\d{2}$/.test(digits)) continue;
		if (
			bare &&
			Number(digits) <= 31 &&
			(MONTH_BEFORE.test(line.slice(0, start)) || MONTH_AFTER.test(line.slice(end)))
		)
			continue;
		if (/<sup>\s*$/i.test(line.slice(0, start))) continue;
		out.push({ start, end, text });
	}
	return out;
}

/** The numbers of the text that no cited span covers, in text order. */
export function uncitedNumbers(lines: string[], spans: Span[]): NumberHit[] {
	const covered = new Map<number, Span[]>();
	for (const s of spans) covered.set(s.line, [...(covered.get(s.line) ?? []), s]);
	const out: NumberHit[] = [];
	lines.forEach((text, i) => {
		const line = i + 1;
		const cited = covered.get(line) ?? [];
		for (const n of numbersInLine(text))
			if (!cited.some((s) => s.start < n.end && n.start < s.end)) out.push({ line, ...n });
	});
	return out;
}

/** Coverage of one document: cited spans, citations whose quote is not found, and uncited numbers. */
export function coverage(lines: string[], citations: CitationRef[]) {
	const { spans, unplaced } = citedSpans(lines, citations);
	return { spans, unplaced, uncited: uncitedNumbers(lines, spans) };
}
