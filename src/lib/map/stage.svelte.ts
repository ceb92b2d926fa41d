/**
 * What the layers over the base map share, through a typed context rather than props passed down:
 * the projection from [longitude, latitude] to pixels and the box's size. MapStage owns it; the flow
 * layer and the tooltip read it. `project` is replaced by a new function whenever the base map moves
 * or resizes, so whatever reads it redraws through Svelte's reactivity, not a counter.
 */
import { getContext, setContext } from 'svelte';
import type { Projector } from './projection';

export class Stage {
	project = $state.raw<Projector | null>(null);
	width = $state(0);
	height = $state(0);
	/**
	 * The flow layer has drawn its text (country names, exit labels, year tags). Its first drawing is
	 * the lines, and the text a task later: what stands in for the layer meanwhile (the build's drawing)
	 * keeps its own text until then.
	 */
	textDrawn = $state(false);
	/**
	 * A drawing at this fixed width and height that CSS scales to its box (the prerendered map): the
	 * layers draw in these units under a viewBox, not in the box's pixels.
	 */
	readonly fixed: boolean;

	constructor(fixed?: { width: number; height: number; project: Projector }) {
		this.fixed = !!fixed;
		if (fixed) {
			this.width = fixed.width;
			this.height = fixed.height;
			this.project = fixed.project;
			this.textDrawn = true;
		}
	}

	/** Takes a projector as it is now; call again after every move, with the same or a new projector. */
	update(project: Projector | null) {
		this.project = project && ((lngLat) => project(lngLat));
	}
}

const KEY = Symbol('map-stage');

export const setStage = (stage: Stage) => setContext(KEY, stage);

export function getStage(): Stage {
	const stage = getContext<Stage | undefined>(KEY);
	if (!stage) throw new Error('This layer draws over a map: put it inside a MapStage.');
	return stage;
}
