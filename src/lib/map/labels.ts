/** Words for a corridor line, shared by its accessible name, the hidden table and the tooltip. */
import { copy } from '$lib/copy';
import type { Corridor } from '$lib/data/corridors';
import { formatValue, measureNouns } from '$lib/data/format';
import type { Namers } from '$lib/data/namers';
import type { Point } from './geometry';

/** What the pointer or keyboard focus is on, and where, for the tooltip. */
export interface HoverInfo {
	corridor: Corridor;
	at: Point;
}

/** "Cambodia to Thailand, 2019: 686,429 registered workers, Annual Report 2019". */
export function flowLabel(c: Corridor, n: Pick<Namers, 'place' | 'sourceShort'>): string {
	const f = c.figure;
	const words = [
		n.place(c.origin),
		n.place(c.destination),
		f.year,
		formatValue(f),
		measureNouns[f.measure],
		n.sourceShort(f.citations[0]!.source)
	] as const;
	return c.carriedFrom === null ? copy.map.flowName(...words) : copy.map.flowNameCarried(...words);
}
