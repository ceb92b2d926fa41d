/**
 * The current map view as one PNG: title, base map, flow lines and labels, legend, year and a sources
 * line, composited on a canvas (the SVG overlay is not part of the WebGL canvas, so it is drawn in by
 * hand). Browser-only.
 */
import type { Point } from './geometry';
import type { Box } from './labelPlacement';
import { palette } from './style';
import { placeValueLabels } from './valueLabels';

export interface LegendPart {
	widthHeading: string;
	colourHeading: string;
	widths: { label: string; width: number }[];
	colours: { label: string; colour: string }[];
}

/**
 * The image's layout at 1920x1080 (scaled for other sizes): margins, the title band, the sources line
 * at the foot, and the legend in a column right of the map, so that the map takes the slide's height.
 */
export const LAYOUT = { pad: 40, titleBand: 100, footBand: 70, legendColumn: 360, gap: 30 };

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/**
 * Where the parts go in an image of `size` for a map box of `box` on screen: `s` scales the type, `k`
 * scales the map (as large as the space allows, its shape kept), the legend starts right of the map.
 */
export function slideLayout(size: { width: number; height: number }, box: { width: number; height: number }) {
	const s = Math.min(size.width / 1920, size.height / 1080) || 1;
	const pad = LAYOUT.pad * s;
	const top = pad * 0.7 + LAYOUT.titleBand * s;
	const area = {
		w: size.width - 2 * pad - (LAYOUT.legendColumn + LAYOUT.gap) * s,
		h: size.height - top - LAYOUT.footBand * s
	};
	const k = Math.min(area.w / box.width, area.h / box.height);
	const map: Rect = { x: pad + (area.w - box.width * k) / 2, y: top, w: box.width * k, h: box.height * k };
	const legend: Rect = {
		x: map.x + map.w + LAYOUT.gap * s,
		y: top,
		w: size.width - pad - (map.x + map.w + LAYOUT.gap * s),
		h: area.h
	};
	return { s, pad, k, map, legend };
}

/**
 * How much sharper than on screen to draw the WebGL map, so that it fills `size` without blurring:
 * the ratio of the map's area in the image to the box on screen, between 1 and 3.
 */
export function captureScale(
	size: { width: number; height: number },
	box: { width: number; height: number }
): number {
	return Math.min(Math.max(slideLayout(size, box).k, 1), 3);
}

export interface ImageParts {
	/** Output size in pixels: 1920x1080 for a slide, or the window's size. */
	width: number;
	height: number;
	/** Size of the map box on screen, which the overlay's coordinates refer to. */
	box: { width: number; height: number };
	/** The base map: the captured WebGL canvas, or the SVG fallback map. */
	base: HTMLCanvasElement | SVGSVGElement | null;
	overlay: SVGSVGElement | null;
	/** The lines, when there are so many that they are painted on a canvas rather than in the SVG. */
	flowCanvas?: HTMLCanvasElement | null;
	title: string;
	subtitle: string;
	legend: LegendPart;
	sources: string;
	/** Each line's value as worded on the page, by corridor key, most important first. */
	values: { key: string; text: string }[];
	/** The lines the view picks out (a corridor, a country's lines); the others are dimmed. Null: none. */
	emphasis: Set<string> | null;
}

/** How faint a line that the view does not pick out is drawn (the page's .dimmed). */
const DIMMED = 0.22;

/** Computed styles worth keeping when an SVG leaves the page (Svelte's scoped CSS stays behind). */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'visibility',
	'display'
];

/** "U+1780-17FF, U+25CC" as [first, last] code point pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
	return range.split(',').flatMap((part) => {
		const m = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
		if (!m) return [];
		if (m[1]!.includes('?'))
			return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'F'), 16)]];
		const first = parseInt(m[1]!, 16);
		return [[first, m[2] ? parseInt(m[2], 16) : first]];
	});
}

/** Whether a font face with this unicode-range (none: every character) draws any character of the text. */
export function rangeCovers(range: string, text: string): boolean {
	if (!range.trim()) return true;
	const spans = parseUnicodeRange(range);
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		if (cp > 0x7f && spans.some(([a, b]) => cp >= a && cp <= b)) return true;
	}
	return false;
}

/**
 * The page's web fonts that the text needs, as @font-face rules with the files inlined. An SVG drawn as
 * an image may not fetch anything, so without them its Khmer or Burmese labels come out as empty boxes.
 * Only the faces whose unicode-range meets the text's characters are read (same-origin files).
 */
export async function inlineFontFaces(text: string): Promise<string> {
	const faces = [...document.styleSheets]
		.flatMap((sheet) => {
			try {
				return [...sheet.cssRules];
			} catch {
				return []; // another origin's sheet: not ours to read, and the site links none
			}
		})
		.filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
		.filter((r) => rangeCovers(r.style.getPropertyValue('unicode-range'), text));
	const blocks = await Promise.all(
		faces.map(async (face) => {
			const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(face.style.getPropertyValue('src'))?.[1];
			if (!url) return '';
			// A font that cannot be read (offline, refused) leaves its text to the system's fonts: the image
			// is still worth having.
			const response = await fetch(new URL(url, face.parentStyleSheet?.href ?? location.href)).catch(
				() => null
			);
			if (!response?.ok) return '';
			const bytes = new Uint8Array(await response.arrayBuffer());
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000)
				binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			const get = (p: string) => face.style.getPropertyValue(p);
			return `@font-face{font-family:${get('font-family')};font-weight:${get('font-weight') || 'normal'};font-style:${get('font-style') || 'normal'};unicode-range:${get('unicode-range') || 'U+0-10FFFF'};src:url(data:font/woff2;base64,${btoa(binary)}) format("woff2")}`;
		})
	);
	return blocks.join('');
}

/** An SVG element as an image, with its computed styles inlined and the web fonts its text needs. */
export async function svgImage(
	svg: SVGSVGElement,
	width: number,
	height: number,
	emphasis: Set<string> | null = null
): Promise<HTMLImageElement> {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const fonts = await inlineFontFaces(svg.textContent ?? '');
	if (fonts) {
		const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
		style.textContent = fonts;
		clone.prepend(style);
	}
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	// Through the CSSOM, not setAttribute('style'): the page's Content-Security-Policy blocks style
	// attributes, not styles set by script; the serializer writes them out as attributes all the same.
	originals.forEach((el, i) => {
		const computed = getComputedStyle(el);
		const style = (copies[i] as SVGElement).style;
		style.cssText = '';
		for (const p of STYLE_PROPS) style.setProperty(p, computed.getPropertyValue(p));
	});
	// The arrowheads' colour is a fill attribute; written into the style too, so that nothing (no rule
	// left behind on the page) can turn them black once the SVG stands alone.
	for (const head of clone.querySelectorAll<SVGElement>('.head[fill]'))
		head.style.setProperty('fill', head.getAttribute('fill'));
	if (emphasis)
		for (const flow of clone.querySelectorAll<SVGElement>('.flow[data-corridor]'))
			if (!emphasis.has(flow.dataset.corridor!)) flow.style.setProperty('opacity', String(DIMMED));
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const url = URL.createObjectURL(
		new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' })
	);
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		return img;
	} finally {
		URL.revokeObjectURL(url);
	}
}

export async function composeImage(p: ImageParts): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = p.width;
	canvas.height = p.height;
	const ctx = canvas.getContext('2d')!;
	const { s, pad, k, map, legend } = slideLayout(p, p.box);
	// The page's own font list, which leads with its language's web font (Khmer, Burmese...): a canvas
	// draws with a web font only once it is loaded, so load the faces for every text drawn here first.
	const family = getComputedStyle(document.body).fontFamily;
	const font = (size: number, weight = 400) => `${weight} ${Math.round(size * s)}px ${family}`;
	const texts = [
		p.title,
		p.subtitle,
		p.legend.widthHeading,
		p.legend.colourHeading,
		p.sources,
		...p.legend.widths.map((w) => w.label),
		...p.legend.colours.map((c) => c.label),
		...p.values.map((v) => v.text)
	].join(' ');
	await Promise.all([400, 600, 700].map((w) => document.fonts.load(font(20, w), texts)));

	ctx.fillStyle = palette.paper;
	ctx.fillRect(0, 0, p.width, p.height);

	// Title (what the view shows) and subtitle
	ctx.fillStyle = palette.ink;
	ctx.textBaseline = 'top';
	ctx.font = font(44, 700);
	ctx.fillText(p.title, pad, pad * 0.7, p.width - 2 * pad);
	ctx.font = font(28);
	ctx.fillStyle = palette.inkMuted;
	ctx.fillText(p.subtitle, pad, pad * 0.7 + 56 * s, p.width - 2 * pad);

	// The map, as large as the space left of the legend allows
	ctx.fillStyle = palette.sea;
	ctx.fillRect(map.x, map.y, map.w, map.h);
	if (p.base instanceof HTMLCanvasElement) ctx.drawImage(p.base, map.x, map.y, map.w, map.h);
	else if (p.base)
		ctx.drawImage(await svgImage(p.base, p.box.width, p.box.height), map.x, map.y, map.w, map.h);
	if (p.flowCanvas) ctx.drawImage(p.flowCanvas, map.x, map.y, map.w, map.h);
	if (p.overlay)
		ctx.drawImage(
			await svgImage(p.overlay, p.box.width, p.box.height, p.emphasis),
			map.x,
			map.y,
			map.w,
			map.h
		);
	if (p.overlay) drawValues(ctx, p, { map, k, s, font });
	ctx.strokeStyle = palette.frame;
	ctx.strokeRect(map.x, map.y, map.w, map.h);

	// Legend, in a column right of the map: reference widths, then colours by origin
	let y = legend.y;
	const heading = (text: string) => {
		ctx.fillStyle = palette.ink;
		ctx.font = font(24, 600);
		ctx.fillText(text, legend.x, y, legend.w);
		y += 42 * s;
		ctx.font = font(22);
	};
	heading(p.legend.widthHeading);
	for (const w of p.legend.widths) {
		const stroke = w.width * k;
		const mid = y + Math.max(14 * s, stroke / 2);
		ctx.strokeStyle = palette.reference;
		ctx.lineWidth = stroke;
		ctx.beginPath();
		ctx.moveTo(legend.x, mid);
		ctx.lineTo(legend.x + 60 * s, mid);
		ctx.stroke();
		ctx.fillStyle = palette.ink;
		ctx.textBaseline = 'middle';
		ctx.fillText(w.label, legend.x + 76 * s, mid, legend.w - 76 * s);
		ctx.textBaseline = 'top';
		y = mid + Math.max(14 * s, stroke / 2) + 14 * s;
	}
	y += 24 * s;
	heading(p.legend.colourHeading);
	for (const c of p.legend.colours) {
		ctx.fillStyle = c.colour;
		ctx.fillRect(legend.x, y, 24 * s, 24 * s);
		ctx.fillStyle = palette.ink;
		ctx.fillText(c.label, legend.x + 36 * s, y + 1 * s, legend.w - 36 * s);
		y += 38 * s;
	}

	// Sources
	ctx.font = font(20);
	ctx.fillStyle = palette.inkMuted;
	ctx.fillText(p.sources, pad, p.height - pad * 0.5 - 24 * s, p.width - 2 * pad);

	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}

/**
 * Each line's value near the middle of its curve (read from the overlay's paths), clear of the names on
 * the map where there is room: on a slide there is no tooltip to hover for the number.
 */
function drawValues(
	ctx: CanvasRenderingContext2D,
	p: ImageParts,
	{ map, k, s, font }: { map: Rect; k: number; s: number; font: (size: number, weight?: number) => string }
) {
	const toImage = (x: number, y: number): Point => [map.x + x * k, map.y + y * k];
	const boxOf = (b: DOMRect): Box => {
		const [x0, y0] = toImage(b.x, b.y);
		const [x1, y1] = toImage(b.x + b.width, b.y + b.height);
		return { x0, y0, x1, y1 };
	};
	// The names on the map (countries, lines leaving the view, year tags) stay readable.
	const taken = [...p.overlay!.querySelectorAll<SVGGraphicsElement>('text, circle')].map((el) =>
		boxOf(el.getBBox())
	);
	ctx.font = font(22, 700);
	const height = 28 * s;
	const requests = p.values.flatMap(({ key, text }) => {
		const line = p.overlay!.querySelector<SVGPathElement>(`.flow[data-corridor="${key}"] path.line`);
		if (!line) return [];
		const length = line.getTotalLength();
		const along = [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => {
			const pt = line.getPointAtLength(length * t);
			return toImage(pt.x, pt.y);
		});
		const width = ctx.measureText(text).width + 8 * s;
		return [{ key, text, width, height, along, lineWidth: Number(line.getAttribute('stroke-width')) * k }];
	});
	const area = { x0: map.x, y0: map.y, x1: map.x + map.w, y1: map.y + map.h };
	const placed = placeValueLabels(requests, area, taken);
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.lineJoin = 'round';
	for (const label of placed) {
		const text = requests.find((r) => r.key === label.key)!.text;
		const dimmed = p.emphasis !== null && !p.emphasis.has(label.key);
		// A dimmed line's value with no room clear of the other text would sit on a name or another value:
		// left out (the picked-out lines come first, so theirs are always drawn).
		if (dimmed && label.crowded) continue;
		ctx.globalAlpha = dimmed ? 0.45 : 1;
		ctx.strokeStyle = palette.halo;
		ctx.lineWidth = 6 * s;
		ctx.strokeText(text, label.x, label.y);
		ctx.fillStyle = palette.ink;
		ctx.fillText(text, label.x, label.y);
	}
	ctx.globalAlpha = 1;
	ctx.textAlign = 'start';
	ctx.textBaseline = 'top';
}

/** Saves a Blob as a file through a temporary link. */
export function saveBlob(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
