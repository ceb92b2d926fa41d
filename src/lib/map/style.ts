/**
 * The base map's look, in one place: the MapLibre style, the SVG map, the PNG export and the page's CSS
 * variables (virtual:palette.css, made from `cssVariables()` by a Vite plugin) all read these colours.
 * No imports from the app ($lib): vite.config.ts loads this file too.
 */

export const palette = {
	sea: '#d6e6ef',
	land: { gms: '#f7f1dc', destination: '#e4ecd9', other: '#eeefef', selected: '#f3d9a4' },
	/** Only Yunnan and Guangxi of China are in the GMS: a paler tint keeps China from outweighing the five. */
	china: '#f6f3ea',
	border: { gms: '#8c7a55', destination: '#8aa07a', other: '#b9bec2' },
	borderWidth: { gms: 1.3, destination: 0.9, other: 0.5 },
	/** Text, and the halo that keeps labels legible over lines and land. */
	ink: '#1b1f24',
	inkMuted: '#4a5561',
	halo: 'rgba(255, 255, 255, 0.92)',
	/** Neutral lines: the legend's reference widths, frames. */
	reference: '#555555',
	frame: '#d9dde2',
	paper: '#ffffff'
} as const;

/**
 * Colour of a corridor by its origin, from the Okabe-Ito palette (safe for the common colour-vision
 * deficiencies); yellow is left out because it vanishes on the pale land colour.
 */
export const originColours: Record<string, string> = {
	KHM: '#D55E00',
	LAO: '#0072B2',
	MMR: '#009E73',
	VNM: '#CC79A7',
	THA: '#B07800',
	CHN: '#56B4E9'
};
export const OTHER_ORIGIN_COLOUR = '#4a4a4a';
export const originColour = (code: string) => originColours[code] ?? OTHER_ORIGIN_COLOUR;

export type LandRole = 'gms' | 'destination' | 'other' | 'none';

/** Fill and border of a country on the SVG map, as the MapLibre style draws it. */
export function landStyle(code: string, role: LandRole, selected: boolean) {
	const r = role === 'none' ? 'other' : role;
	return {
		fill: selected ? palette.land.selected : code === 'CHN' ? palette.china : palette.land[r],
		stroke: palette.border[r],
		strokeWidth: palette.borderWidth[r]
	};
}

/** The MapLibre style: one GeoJSON source, a fill and a line layer, no glyphs or sprites (nothing fetched). */
export function mapStyle(geoUrl: string) {
	const role = ['get', 'role'];
	return {
		version: 8 as const,
		sources: { countries: { type: 'geojson' as const, data: geoUrl, promoteId: 'code' } },
		layers: [
			{ id: 'sea', type: 'background' as const, paint: { 'background-color': palette.sea } },
			{
				id: 'countries-fill',
				type: 'fill' as const,
				source: 'countries',
				paint: {
					'fill-color': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						palette.land.selected,
						[
							'match',
							['get', 'code'],
							'CHN',
							palette.china,
							[
								'match',
								role,
								'gms',
								palette.land.gms,
								'destination',
								palette.land.destination,
								palette.land.other
							]
						]
					]
				}
			},
			{
				id: 'countries-line',
				type: 'line' as const,
				source: 'countries',
				paint: {
					'line-color': [
						'match',
						role,
						'gms',
						palette.border.gms,
						'destination',
						palette.border.destination,
						palette.border.other
					],
					'line-width': [
						'match',
						role,
						'gms',
						palette.borderWidth.gms,
						'destination',
						palette.borderWidth.destination,
						palette.borderWidth.other
					]
				}
			}
		]
	};
}

/**
 * The palette as CSS custom properties, for the page's stylesheet; `[data-swatch=KHM]` gets its origin's
 * colour as `--swatch`, so legends colour their swatches from the stylesheet, not from a style attribute
 * (which the Content-Security-Policy blocks).
 */
export function cssVariables(): string {
	const swatches = Object.entries(originColours)
		.map(([code, colour]) => `[data-swatch="${code}"]{--swatch:${colour}}`)
		.join('');
	return `:root{--map-sea:${palette.sea};--map-land:${palette.land.gms};--map-frame:${palette.frame};--ink:${palette.ink};--ink-muted:${palette.inkMuted};--map-reference:${palette.reference}}[data-swatch]{--swatch:${OTHER_ORIGIN_COLOUR}}${swatches}`;
}
