/**
 * One way to turn [longitude, latitude] into screen pixels for the flow layer, whatever draws the base
 * map: MapLibre (map.project wrapped in a d3.geoTransform) or the SVG fallback (a d3 projection). Both
 * are d3 stream transforms, so the flow layer never needs to know which one it is drawing over.
 */
import { geoTransform, type GeoStreamWrapper } from 'd3-geo';
import type { Point } from './geometry';

export type Projector = (lngLat: [number, number]) => Point | null;

/** The smallest part of a map that the flow layer needs: MapLibre's Map satisfies it, so does a fake. */
export interface ProjectingMap {
	project(lngLat: [number, number]): { x: number; y: number };
}

/** map.project as a d3 stream transform. */
export function mapTransform(map: ProjectingMap): GeoStreamWrapper {
	return geoTransform({
		point(x, y) {
			const p = map.project([x, y]);
			this.stream.point(p.x, p.y);
		}
	});
}

/** A point projector over any d3 stream transform; null where the transform clips the point away. */
export function projectorFor(transform: GeoStreamWrapper): Projector {
	let out: Point | null = null;
	const noop = () => {};
	const sink = transform.stream({
		point: (x: number, y: number) => {
			out = [x, y];
		},
		lineStart: noop,
		lineEnd: noop,
		polygonStart: noop,
		polygonEnd: noop,
		sphere: noop
	});
	return (lngLat) => {
		out = null;
		sink.point(lngLat[0], lngLat[1]);
		return out;
	};
}
