/**
 * Where the map's labels go so that none runs off the map or sits on another or on a country's dot: each
 * label tries the four corners around its point (right-above first, as a map reader expects), then level
 * with it on either side, in priority order, and takes the first spot that is inside the box and free.
 * A label with no free spot is left out (its place is still named by its line's accessible name and the
 * panels). Pure, so it is unit-tested.
 */
import type { Point } from './geometry';

export interface LabelRequest {
	key: string;
	/** The point the label names (a country's dot). */
	at: Point;
	/** The label's size in pixels: its width, and how far its glyphs reach above and below the baseline. */
	width: number;
	ascent: number;
	descent: number;
}

export interface PlacedLabel {
	key: string;
	/** Where the text starts (left end of its baseline) and how it is anchored. */
	x: number;
	y: number;
	anchor: 'start' | 'end';
	box: Box;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const GAP = 6;
/** Half the box kept free around a country's dot (FlowLayer draws it 3.5 px wide, at every text scale). */
const DOT = 3;
/**
 * Pixels kept free between a name and the text beside it: two names side by side that touch read as one
 * ("Lao PDRHong Kong"). Only sideways: lines of text one above the other read apart, and a clearance
 * there too left Cambodia's name out on a phone.
 */
const CLEARANCE = 2;

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const widened = (b: Box, by: number): Box => ({ ...b, x0: b.x0 - by, x1: b.x1 + by });

/** The spots around a point: right-above, left-above, right-below, left-below, then right and left. */
function candidates(r: LabelRequest): Omit<PlacedLabel, 'key'>[] {
	const [px, py] = r.at;
	const place = (right: boolean, baseline: number) => {
		const x0 = right ? px + GAP : px - GAP - r.width;
		return {
			x: right ? px + GAP : px - GAP,
			y: baseline,
			anchor: right ? ('start' as const) : ('end' as const),
			box: { x0, y0: baseline - r.ascent, x1: x0 + r.width, y1: baseline + r.descent }
		};
	};
	// Above, the glyphs' lowest point keeps clear of the dot; below, their highest.
	const [above, below] = [py - GAP / 2 - r.descent, py + GAP + r.ascent];
	// Level with the point, where no corner is free (a name between a neighbour's and the map's edge).
	const level = py + (r.ascent - r.descent) / 2;
	return [
		place(true, above),
		place(false, above),
		place(true, below),
		place(false, below),
		place(true, level),
		place(false, level)
	];
}

/**
 * Places labels in the order given (put the most important first), avoiding each other, the boxes in
 * `taken` (other text already on the map) and the edges of a `width` x `height` box (with `margin`).
 */
export function placeLabels(
	requests: LabelRequest[],
	view: { width: number; height: number },
	taken: Box[] = [],
	margin = 2
): PlacedLabel[] {
	const used = [...taken];
	const out: PlacedLabel[] = [];
	for (const r of requests) {
		const fits = candidates(r).find(
			(c) =>
				c.box.x0 >= margin &&
				c.box.y0 >= margin &&
				c.box.x1 <= view.width - margin &&
				c.box.y1 <= view.height - margin &&
				!used.some((u) => overlaps(u, widened(c.box, CLEARANCE)))
		);
		if (!fits) continue;
		used.push(fits.box);
		out.push({ key: r.key, ...fits });
	}
	return out;
}

/**
 * How far a label's glyphs reach above and below its baseline, in em, for the scripts it is written in:
 * the most any of the map's names and labels reaches in the site's fonts (measured in Chromium, canvas
 * measureText's ink box). Latin and Chinese ink stays within 0.92 em above and 0.25 below, but the box
 * Chromium gives their text reaches 14 px above the line at 13.5 px: 1.05 em, kept free so that a name
 * under an exit label never touches it (tests/e2e/present-layout). Vietnamese stacks marks up to
 * 1.08 em; Thai and Lao tone marks reach 1.17 em, their vowels 0.38 em below; Khmer and Burmese reach
 * 1.14 em above and 0.61 em below (subscript consonants). Placed with Latin's box, Burmese names sat on
 * each other.
 */
export function textExtent(text: string): Extent {
	let extent = extents.get(text);
	if (!extent) {
		extent = extentOf(text);
		// The same few names, every frame of a pan: worked out once each.
		extents.set(text, extent);
	}
	return extent;
}

interface Extent {
	ascent: number;
	descent: number;
}

const extents = new Map<string, Extent>();
/** Marks over letters, as a text's decomposed form (NFD) holds them apart. */
const MARK = /[\u0300-\u036f]/;

function extentOf(text: string): Extent {
	if (/[\p{Script=Khmer}\p{Script=Myanmar}]/u.test(text)) return { ascent: 1.15, descent: 0.65 };
	if (/[\p{Script=Thai}\p{Script=Lao}]/u.test(text)) return { ascent: 1.2, descent: 0.4 };
	// Letters with marks above (Vietnamese "Ả Rập Xê-út"), as their decomposed form shows them.
	if (MARK.test(text.normalize('NFD'))) return { ascent: 1.1, descent: 0.25 };
	return { ascent: 1.05, descent: 0.25 };
}

/** Han, kana, Hangul and full-width forms: a whole em each in every font. */
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * Latin letters and signs that are narrower or wider than most, by the most they take in DejaVu Sans
 * (regular or bold), one of the widest system fonts; the rest take up to 0.75 em. Marks over letters
 * (Vietnamese) take no width of their own.
 */
const LATIN_EMS = new Map(
	(
		[
			[" 'ijl", 0.35],
			[',-./:;IJ\\f|', 0.45],
			['!"()*[]_`rt', 0.55],
			['?Lcsxz', 0.65],
			['#+<=>ABDGHKNRUVX^~', 0.85],
			['&OQw', 0.95],
			['%@Mm', 1.05],
			['W', 1.15]
		] as const
	).flatMap(([chars, ems]) => [...chars].map((c) => [c, ems] as const))
);

/**
 * A label's width where text cannot be measured (the server's map, which a page shows until its scripts
 * run and for good without them; tests): per character, at the most a character of the map's names takes
 * in the fonts they are drawn in. Measured in Chromium for every place name and "to … →" label in every
 * language, bold and regular: Thai, Khmer, Lao and Burmese in the site's Noto fonts take up to 0.75 em a
 * UTF-16 character, Chinese 1 em, Latin as LATIN_EMS says. An estimate too small let the build's map draw
 * "Lao PDR" against "Hong Kong" and Chinese names over each other; one too large leaves out a name that
 * had room (Thailand, on a phone).
 */
export function estimateWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text.normalize('NFD')) {
		if (MARK.test(char)) continue;
		ems += FULL_WIDTH.test(char) ? 1 : (LATIN_EMS.get(char) ?? 0.75 * char.length);
	}
	return Math.ceil(ems * fontSize);
}

/**
 * The canvas that measures, and the widths it has measured by font and text, for the whole page: every
 * redraw (each frame of a pan) and every map on the page measures the same few labels again. Made on the
 * first measurement, not when a map is created: reading the page's font forces a style recalculation,
 * which in the middle of hydration costs the first load.
 */
let measuring:
	{ ctx: CanvasRenderingContext2D | null; family: string; widths: Map<string, number> } | undefined;

/** The map's text as FlowLayer's stylesheet draws it (at a text scale of 1): country names, exits, year tags. */
const LABEL_FONT = { size: 13, weight: 600 };
const EXIT_FONT = { size: 12, weight: 400 };
const TAG_FONT = { size: 11, weight: 700 };

/**
 * Sets up the measurer ahead of the map's first drawing, and measures in each font what it will be
 * asked first: the country names, an exit's text (its arrow is often in a fallback font), a year.
 * Reading the page's font and the first measurement in each font are most of what placing the text
 * costs on a browser's first load (about 55 ms of a 4x-slowed phone): a font a task (`between` waits
 * for the next), the drawing's task and each of these are short.
 */
export async function prepareTextMeasurer(
	texts: { labels: string[]; exit: string },
	between: () => Promise<void>
): Promise<void> {
	const measure = textMeasurer();
	for (const name of texts.labels) measure(name, LABEL_FONT.size, LABEL_FONT.weight);
	await between();
	measure(texts.exit, EXIT_FONT.size, EXIT_FONT.weight);
	await between();
	measure('2019', TAG_FONT.size, TAG_FONT.weight);
}

/** Measures text as the browser will draw it (canvas measureText with the page's font); estimates elsewhere. */
export function textMeasurer(): (text: string, fontSize: number, weight?: number) => number {
	if (typeof document === 'undefined') return estimateWidth;
	return (text, fontSize, weight = 400) => {
		if (!measuring) {
			const widths = new Map<string, number>();
			measuring = {
				ctx: document.createElement('canvas').getContext('2d'),
				family: getComputedStyle(document.body).fontFamily || 'sans-serif',
				widths
			};
			// A script's web font arriving changes the widths measured with the fallback before it.
			document.fonts?.addEventListener('loadingdone', () => widths.clear());
		}
		const { ctx, family, widths } = measuring;
		if (!ctx) return estimateWidth(text, fontSize);
		const font = `${weight} ${fontSize}px ${family}`;
		const key = `${font}\n${text}`;
		let width = widths.get(key);
		if (width === undefined) {
			ctx.font = font;
			width = Math.ceil(ctx.measureText(text).width);
			widths.set(key, width);
		}
		return width;
	};
}

export interface MapTextInput {
	view: { width: number; height: number };
	/** Country dots to name: code, point, name. */
	dots: { code: string; at: Point; name: string }[];
	/** Codes whose labels are placed first, in this order (the selected country, then the Mekong countries). */
	first: (string | null)[];
	/** Names of destinations off the map, where their line leaves it (kept first: they belong to a line). */
	exits: { key: string; at: Point; text: string }[];
	/** Year tags of lines drawn from an earlier year, centred above the line's middle. */
	tags: { key: string; at: Point; text: string }[];
	measure: (text: string, fontSize: number, weight?: number) => number;
	/**
	 * How many times the usual size (13 px names) the text is drawn (a projected slide draws it larger):
	 * text measured at another size than it is drawn would run off the map or over other text.
	 */
	scale?: number;
	/** Parts of the map that the page covers (a slide's caption card, key, the map's credit): no text there. */
	covered?: Box[];
}

export interface MapText {
	labels: Map<string, PlacedLabel>;
	exits: Map<string, { x: number; y: number; anchor: 'start' | 'end'; text: string }>;
	tags: Map<string, { x: number; y: number }>;
}

/** No text on the map (not yet placed). */
export const NO_TEXT: MapText = { labels: new Map(), exits: new Map(), tags: new Map() };

/**
 * All the text on the map at once: exit labels keep their place at the edge (anchored towards the
 * inside; moved along the edge, a line at a time, where they would run off the map, sit on another
 * exit label or under a covered part, and left out where no such place is free), country names take
 * the first free corner around their dot, and a year tag shows only where it clashes with nothing.
 */
export function layoutMapText(i: MapTextInput): MapText {
	const k = i.scale ?? 1;
	const margin = 2;
	const exits = new Map<string, { x: number; y: number; anchor: 'start' | 'end'; text: string }>();
	// No text over a country's dot (its name sits beside it, GAP away): a name drawn across another
	// country's dot hid it, and which country the dot was.
	const dots = i.dots.map(({ at: [x, y] }) => ({ x0: x - DOT, y0: y - DOT, x1: x + DOT, y1: y + DOT }));
	const used: Box[] = [...(i.covered ?? []), ...dots];
	const free = (b: Box) =>
		b.x0 >= margin &&
		b.y0 >= margin &&
		b.x1 <= i.view.width - margin &&
		b.y1 <= i.view.height - margin &&
		!used.some((u) => overlaps(u, b));
	for (const e of i.exits) {
		// The box the browser gives 12 px text (the font's ascent and descent: about 13 and 4 px), or
		// the glyphs' reach where the script's marks go further.
		const size = EXIT_FONT.size * k;
		const reach = textExtent(e.text);
		const [above, below] = [Math.max(13 * k, reach.ascent * size), Math.max(4 * k, reach.descent * size)];
		const lineHeight = above + below;
		const w = i.measure(e.text, size, EXIT_FONT.weight);
		const end = e.at[0] > i.view.width / 2;
		const x0 = end ? e.at[0] - w : e.at[0];
		// Its own line first, then the lines below and above it, nearest first.
		const shifts = [0, 1, -1, 2, -2, 3, -3].map((n) => n * lineHeight);
		const y = shifts
			.map((dy) => e.at[1] + dy)
			.find((y) => free({ x0, y0: y - above, x1: x0 + w, y1: y + below }));
		if (y === undefined) continue;
		used.push({ x0, y0: y - above, x1: x0 + w, y1: y + below });
		exits.set(e.key, { x: e.at[0], y, anchor: end ? 'end' : 'start', text: e.text });
	}
	const rank = (code: string) => {
		const k = i.first.indexOf(code);
		return k < 0 ? i.first.length : k;
	};
	const requests = [...i.dots]
		.sort((a, b) => rank(a.code) - rank(b.code))
		.map((d) => {
			const size = LABEL_FONT.size * k;
			const reach = textExtent(d.name);
			return {
				key: d.code,
				at: d.at,
				width: i.measure(d.name, size, LABEL_FONT.weight),
				ascent: Math.max(12 * k, reach.ascent * size),
				descent: Math.max(3 * k, reach.descent * size)
			};
		});
	const labels = new Map(placeLabels(requests, i.view, used, margin).map((l) => [l.key, l]));
	used.push(...[...labels.values()].map((l) => l.box));
	const tags = new Map<string, { x: number; y: number }>();
	for (const t of i.tags) {
		const w = i.measure(t.text, TAG_FONT.size * k, TAG_FONT.weight);
		const box = { x0: t.at[0] - w / 2, y0: t.at[1] - 10 * k, x1: t.at[0] + w / 2, y1: t.at[1] + 2 * k };
		if (used.some((u) => overlaps(u, box))) continue;
		used.push(box);
		tags.set(t.key, { x: t.at[0], y: t.at[1] });
	}
	return { labels, exits, tags };
}
