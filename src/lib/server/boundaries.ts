/**
 * Country polygons for the base map, made at build time from Natural Earth (world-atlas, 50m) and served
 * as one static GeoJSON file: no tiles, no other host. Kept small on purpose: only the part of the world
 * the corridors reach (Europe to Japan, down to Java); the 50m outlines only for the GMS and destination
 * countries (Singapore and Hong Kong vanish at 110m), the 110m ones for the rest; coordinates rounded.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import detailed from 'world-atlas/countries-50m.json';
import coarse from 'world-atlas/countries-110m.json';
import type { Country } from '$lib/data/schema';
import { boundsOverlap, geometryBounds, type BoundaryProps, type Bounds } from '$lib/map/view';

/** [west, south, east, north]: from Western Europe and the Gulf to Japan, and down to Java. */
export const MAP_EXTENT: [number, number, number, number] = [-12, -12, 150, 62];
const EXTENT_BOUNDS: Bounds = [
	[MAP_EXTENT[0], MAP_EXTENT[1]],
	[MAP_EXTENT[2], MAP_EXTENT[3]]
];

/**
 * A ring that crosses the antimeridian (Russia's mainland reaches Chukotka) jumps from +180 to -180 and
 * draws a band across the whole map: continue it east of 180 instead.
 */
export function unwrap(ring: Position[]): Position[] {
	const lons = ring.map((p) => p[0]!);
	if (Math.max(...lons) - Math.min(...lons) < 180) return ring;
	return ring.map((p) => (p[0]! < 0 ? [p[0]! + 360, p[1]!] : p));
}

/** Rings wholly outside the map's extent are never seen. */
export function insideExtent(ring: Position[]): boolean {
	const lons = ring.map((p) => p[0]!);
	return Math.max(...lons) >= MAP_EXTENT[0] && Math.min(...lons) <= MAP_EXTENT[2];
}

/** Rounds a ring to `step` degrees and drops the points that rounding made repeat. */
export function roundRing(ring: Position[], step: number): Position[] {
	const out: Position[] = [];
	for (const p of ring) {
		const q = [Math.round(p[0]! / step) * step, Math.round(p[1]! / step) * step].map((n) =>
			Number(n.toFixed(2))
		);
		const last = out[out.length - 1];
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	return out;
}

function roundGeometry(g: Geometry, step: number): Geometry | null {
	const rings = (poly: Position[][]) =>
		poly
			.map(unwrap)
			.filter(insideExtent)
			.map((r) => roundRing(r, step))
			.filter((r) => r.length >= 4);
	if (g.type === 'Polygon') {
		const coordinates = rings(g.coordinates);
		return coordinates.length ? { ...g, coordinates } : null;
	}
	if (g.type === 'MultiPolygon') {
		const coordinates = g.coordinates.map(rings).filter((p) => p.length);
		return coordinates.length ? { ...g, coordinates } : null;
	}
	return g;
}

/**
 * `fine`: for MapLibre, which zooms in. `coarse`: for the SVG map drawn at first paint (and on paper),
 * 110m everywhere and rounded to 0.1 degree, about a third of the points to project.
 */
export function buildBoundaries(
	countries: Country[],
	detail: 'fine' | 'coarse' = 'fine'
): FeatureCollection<Geometry, BoundaryProps> {
	type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const load = (t: unknown) => feature(t as World, (t as World).objects.countries).features;
	const byNumeric = new Map(countries.filter((c) => c.iso_numeric).map((c) => [c.iso_numeric!, c]));
	const prominent = (id: unknown) =>
		detail === 'fine' && ['gms', 'destination'].includes(byNumeric.get(String(id))?.role ?? '');
	const chosen = [
		...load(detailed).filter((f) => prominent(f.id)),
		...load(coarse).filter((f) => !prominent(f.id))
	];
	const features: Feature<Geometry, BoundaryProps>[] = [];
	for (const f of chosen) {
		if (!f.geometry || !boundsOverlap(geometryBounds(f.geometry), EXTENT_BOUNDS)) continue;
		const geometry = roundGeometry(f.geometry, prominent(f.id) ? 0.02 : 0.1);
		if (!geometry) continue;
		const ours = byNumeric.get(String(f.id));
		features.push({
			type: 'Feature',
			properties: {
				// A few outlines have no ISO number (N. Cyprus, Somaliland, Kosovo): name them, or MapLibre's
				// promoteId would take them for one feature.
				code: ours?.code ?? (f.id === undefined ? `N-${f.properties.name.replace(/\W+/g, '-')}` : `N${f.id}`),
				name: ours?.name ?? f.properties.name,
				role: ours?.role ?? 'none'
			},
			geometry
		});
	}
	return { type: 'FeatureCollection', features };
}
