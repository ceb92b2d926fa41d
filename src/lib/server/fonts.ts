/**
 * Self-hosted fonts for the region's scripts, served by the site itself (nothing from another host):
 * Noto Sans Thai, Khmer, Lao and Myanmar from @fontsource, their own script subset only; and for Chinese,
 * a subset made at build time of Noto Sans SC holding just the characters the Chinese pages use (system
 * fonts come first in the page's font list, so a reader with a Chinese font downloads nothing).
 * Each script has a stylesheet, /fonts/<script>.css, with unicode-range: a page links only its own
 * language's, and a browser fetches a file only when the page shows a character of its range. An
 * English page links none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import type { LocaleInfo } from '$lib/i18n/locales';

type Script = NonNullable<LocaleInfo['script']>;
const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;

const families: Record<Exclude<Script, 'han'>, { pkg: string; family: string; subset: string }> = {
	thai: { pkg: '@fontsource/noto-sans-thai', family: 'Noto Sans Thai', subset: 'thai' },
	khmer: { pkg: '@fontsource/noto-sans-khmer', family: 'Noto Sans Khmer', subset: 'khmer' },
	lao: { pkg: '@fontsource/noto-sans-lao', family: 'Noto Sans Lao', subset: 'lao' },
	myanmar: { pkg: '@fontsource/noto-sans-myanmar', family: 'Noto Sans Myanmar', subset: 'myanmar' }
};

const packageDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

interface Face {
	family: string;
	weight: number;
	file: string;
	unicodeRange: string;
	load: () => Promise<Buffer>;
}

/** The @font-face blocks of a fontsource stylesheet: file and unicode-range of each subset. */
function fontsourceFaces(pkg: string, weight: number): { file: string; unicodeRange: string }[] {
	const css = fs.readFileSync(path.join(packageDir(pkg), `${weight}.css`), 'utf8');
	return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range: ([^;]+);/g)].map((m) => ({
		file: m[1]!,
		unicodeRange: m[2]!
	}));
}

function scriptFaces(script: Exclude<Script, 'han'>): Face[] {
	const f = families[script];
	return WEIGHTS.flatMap((weight) =>
		fontsourceFaces(f.pkg, weight)
			.filter((face) => face.file.includes(`-${f.subset}-${weight}-`))
			.map((face) => ({
				family: f.family,
				weight,
				file: face.file,
				unicodeRange: face.unicodeRange,
				load: async () => fs.readFileSync(path.join(packageDir(f.pkg), 'files', face.file))
			}))
	);
}

/** Code points as a unicode-range, runs of neighbours as one span: "U+4e00-4e02,U+4e05". */
export function asRange(points: Iterable<number>): string {
	const sorted = [...new Set(points)].sort((a, b) => a - b);
	const spans: [number, number][] = [];
	for (const p of sorted) {
		const last = spans.at(-1);
		if (last && p === last[1] + 1) last[1] = p;
		else spans.push([p, p]);
	}
	const hex = (p: number) => p.toString(16);
	return spans.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

/** The Chinese characters the site's Chinese pages can show: the catalogue and the place names. */
export function hanCharacters(): Set<number> {
	const text = [
		fs.readFileSync(path.resolve('messages/zh-hans.json'), 'utf8'),
		fs.readFileSync(path.resolve(process.env.MMC_DATA_DIR ?? 'data', 'countries.json'), 'utf8')
	].join('');
	return new Set([...text].map((ch) => ch.codePointAt(0)!).filter((c) => c >= 0x2e80));
}

let hanCache: Face[] | undefined;
/**
 * Noto Sans SC cut down to the characters used, one file per weight (about 80 KB each). Cut along
 * fontsource's slices instead, the Chinese home page fetched 35 files for 194 KB, and the browser laid the
 * page out again as each one arrived: Lighthouse counted 3.7 s of style and layout on a slowed phone.
 */
function hanFaces(): Face[] {
	if (hanCache) return hanCache;
	const used = hanCharacters();
	const pkg = '@fontsource/noto-sans-sc';
	hanCache = WEIGHTS.map((weight) => ({
		family: 'Noto Sans SC',
		weight,
		file: `noto-sans-sc-used-${weight}.woff2`,
		unicodeRange: asRange(used),
		load: async () =>
			subsetFont(
				fs.readFileSync(
					path.join(packageDir(pkg), 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`)
				),
				String.fromCodePoint(...used),
				{ targetFormat: 'woff2' }
			)
	}));
	return hanCache;
}

export const fontScripts: Script[] = ['thai', 'khmer', 'lao', 'myanmar', 'han'];
const faces = (script: Script) => (script === 'han' ? hanFaces() : scriptFaces(script));

/** An installed copy of the face, by its full name, comes before the download. */
const localSources = (f: Face) =>
	(f.weight === 700 ? [`${f.family} Bold`] : [f.family, `${f.family} Regular`])
		.map((name) => `local('${name}'),`)
		.join('');

/** The stylesheet of a script: its @font-face rules, files next to it. */
export function fontCss(script: Script): string {
	return faces(script)
		.map(
			(f) =>
				`@font-face{font-family:'${f.family}';font-style:normal;font-display:swap;font-weight:${f.weight};src:${localSources(f)}url(./${f.file}) format('woff2');unicode-range:${f.unicodeRange}}`
		)
		.join('\n');
}

/**
 * The font files a page in `script` preloads from its head: Chinese only. Found only once the stylesheet
 * is in and the page laid out, the Chinese faces arrived after the first paint, and the page was laid
 * out again in them: where the system has no Chinese font, the first paint drew empty boxes, and
 * Lighthouse measured a layout shift of 0.32 on /zh-hans/ as the map and controls moved down. Nearly
 * every reader downloads them anyway (few systems have Noto Sans SC itself, which the stylesheet's
 * local() would use). The other scripts' faces are often installed (Noto on Android), and a preload
 * would fetch them regardless, so they stay fetched on demand; /km/ scored the same with them preloaded.
 */
export const preloadedFonts = (script: Script | null): string[] =>
	script === 'han' ? faces(script).map((f) => f.file) : [];

/** Every file under /fonts/: the stylesheets and the fonts they name. */
export const fontFiles = (): string[] =>
	fontScripts.flatMap((s) => [`${s}.css`, ...faces(s).map((f) => f.file)]);

/** A font file's bytes, or null for a name that is not one of ours. */
export async function fontFile(file: string): Promise<Buffer | null> {
	const face = fontScripts.flatMap(faces).find((f) => f.file === file);
	return face ? face.load() : null;
}
