import type { Geometry, Position } from 'geojson';

/** Properties of each country polygon in /geo/countries.json. */
export interface BoundaryProps {
	/** Our place code where the country is in data/countries.json, else "N" + ISO numeric. */
	code: string;
	name: string;
	role: 'gms' | 'destination' | 'other' | 'none';
}

/** Map views as bounds, and the check for what the interactive map needs. Pure apart from webgl2Available. */
export type Bounds = [[number, number], [number, number]];

/** Room to leave around fitted bounds, in pixels (e.g. for a caption card over the map). */
export type ViewPadding = number | { top: number; bottom: number; left: number; right: number };

/** The GMS and East Asia: Myanmar to Japan, Java's latitude to Korea's. */
export const DEFAULT_BOUNDS: Bounds = [
	[88, -2],
	[146, 44]
];

/** Bounds around points, padded by a share of their span so lines and labels are not on the edge. */
export function boundsAround(points: [number, number][], pad = 0.08): Bounds {
	if (!points.length) return DEFAULT_BOUNDS;
	const lngs = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [w, e, s, n] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
	const [dx, dy] = [Math.max(e - w, 4) * pad, Math.max(n - s, 4) * pad];
	return [
		[Math.max(-180, w - dx), Math.max(-80, s - dy)],
		[Math.min(180, e + dx), Math.min(80, n + dy)]
	];
}

/** The west-south and east-north corners of a geometry's coordinates (a shape across 180° spans the globe). */
export function geometryBounds(geometry: Geometry): Bounds {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	// Plain comparisons, no array per point: the browser runs this over every country's coastline
	// while the map's first drawing is under way (FallbackMap).
	const visit = (c: Position | Position[] | Position[][] | Position[][][]): void => {
		if (typeof c[0] === 'number') {
			const x = c[0] as number;
			const y = c[1] as number;
			if (x < w) w = x;
			if (x > e) e = x;
			if (y < s) s = y;
			if (y > n) n = y;
		} else for (const inner of c as Position[]) visit(inner);
	};
	const walk = (g: Geometry): void =>
		g.type === 'GeometryCollection' ? g.geometries.forEach(walk) : visit(g.coordinates);
	walk(geometry);
	return [
		[w, s],
		[e, n]
	];
}

/** Whether two bounds are the same view. */
export const sameBounds = (a: Bounds, b: Bounds): boolean =>
	a[0][0] === b[0][0] && a[0][1] === b[0][1] && a[1][0] === b[1][0] && a[1][1] === b[1][1];

/** Whether two bounds share any area (or an edge). */
export const boundsOverlap = (a: Bounds, b: Bounds): boolean =>
	a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** Whether this browser can run MapLibre 6, which needs WebGL2. */
export function webgl2Available(): boolean {
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}

export const prefersReducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
