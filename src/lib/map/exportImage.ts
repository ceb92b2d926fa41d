/**
 * The current map view as one PNG: title, base map, flow lines and labels, legend, year and a sources
 * line, composited on a canvas (the SVG overlay is not part of the WebGL canvas, so it is drawn in by
 * hand). Browser-only.
 */
import { palette } from './style';

export interface LegendPart {
	heading: string;
	widths: { label: string; width: number }[];
	colours: { label: string; colour: string }[];
}

/** The image's layout at 1920x1080 (scaled for other sizes): margins, the title band and the legend band. */
export const LAYOUT = { pad: 40, titleBand: 100, legendBand: 170 };

/**
 * How much sharper than on screen to draw the WebGL map, so that it fills `size` without blurring:
 * the ratio of the map's area in the image to the box on screen, between 1 and 3.
 */
export function captureScale(
	size: { width: number; height: number },
	box: { width: number; height: number }
): number {
	const s = Math.min(size.width / 1920, size.height / 1080) || 1;
	const area = {
		w: size.width - 2 * LAYOUT.pad * s,
		h: size.height - (0.7 * LAYOUT.pad + LAYOUT.titleBand + LAYOUT.legendBand) * s
	};
	const k = Math.min(area.w / box.width, area.h / box.height);
	return Math.min(Math.max(k, 1), 3);
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
}

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
export async function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
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
	const s = Math.min(p.width / 1920, p.height / 1080) * 1.0 || 1;
	// The page's own font list, which leads with its language's web font (Khmer, Burmese...): a canvas
	// draws with a web font only once it is loaded, so load the faces for every text drawn here first.
	const family = getComputedStyle(document.body).fontFamily;
	const font = (size: number, weight = 400) => `${weight} ${Math.round(size * s)}px ${family}`;
	const texts = [p.title, p.subtitle, p.legend.heading, p.sources, ...p.legend.widths.map((w) => w.label)]
		.concat(p.legend.colours.map((c) => c.label))
		.join(' ');
	await Promise.all([400, 600, 700].map((w) => document.fonts.load(font(20, w), texts)));
	const pad = LAYOUT.pad * s;

	ctx.fillStyle = palette.paper;
	ctx.fillRect(0, 0, p.width, p.height);

	// Title and subtitle
	ctx.fillStyle = palette.ink;
	ctx.textBaseline = 'top';
	ctx.font = font(44, 700);
	ctx.fillText(p.title, pad, pad * 0.7);
	ctx.font = font(28);
	ctx.fillStyle = palette.inkMuted;
	ctx.fillText(p.subtitle, pad, pad * 0.7 + 56 * s);

	// The map, fitted into the space between the title and the legend
	const top = pad * 0.7 + LAYOUT.titleBand * s;
	const bottomBand = LAYOUT.legendBand * s;
	const area = { w: p.width - 2 * pad, h: p.height - top - bottomBand };
	const k = Math.min(area.w / p.box.width, area.h / p.box.height);
	const mw = p.box.width * k;
	const mh = p.box.height * k;
	const mx = pad + (area.w - mw) / 2;
	ctx.fillStyle = palette.sea;
	ctx.fillRect(mx, top, mw, mh);
	if (p.base instanceof HTMLCanvasElement) ctx.drawImage(p.base, mx, top, mw, mh);
	else if (p.base) ctx.drawImage(await svgImage(p.base, p.box.width, p.box.height), mx, top, mw, mh);
	if (p.flowCanvas) ctx.drawImage(p.flowCanvas, mx, top, mw, mh);
	if (p.overlay) ctx.drawImage(await svgImage(p.overlay, p.box.width, p.box.height), mx, top, mw, mh);
	ctx.strokeStyle = palette.frame;
	ctx.strokeRect(mx, top, mw, mh);

	// Legend: what the lines show, reference widths, colours by origin
	let y = top + mh + 22 * s;
	ctx.fillStyle = palette.ink;
	ctx.font = font(26, 600);
	ctx.fillText(p.legend.heading, pad, y);
	y += 40 * s;
	let x = pad;
	ctx.font = font(22);
	for (const w of p.legend.widths) {
		ctx.strokeStyle = palette.reference;
		ctx.lineWidth = w.width * k;
		ctx.beginPath();
		ctx.moveTo(x, y + 14 * s);
		ctx.lineTo(x + 60 * s, y + 14 * s);
		ctx.stroke();
		ctx.fillStyle = palette.ink;
		ctx.fillText(w.label, x + 70 * s, y + 2 * s);
		x += 90 * s + ctx.measureText(w.label).width;
	}
	x += 30 * s;
	for (const c of p.legend.colours) {
		ctx.fillStyle = c.colour;
		ctx.fillRect(x, y + 3 * s, 24 * s, 24 * s);
		ctx.fillStyle = palette.ink;
		ctx.fillText(c.label, x + 32 * s, y + 2 * s);
		x += 60 * s + ctx.measureText(c.label).width;
	}

	// Sources
	ctx.font = font(20);
	ctx.fillStyle = palette.inkMuted;
	ctx.fillText(p.sources, pad, p.height - pad * 0.5 - 24 * s, p.width - 2 * pad);

	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
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
