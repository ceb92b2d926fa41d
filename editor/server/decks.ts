/**
 * Workshop decks (data/presentations/<id>.json): the live check of a deck being built, a preview of each
 * step as the audience and the speaker will see it (the lines by the map's own rule, the big figure
 * worded as the site words it), and saving or removing a deck through the store.
 */
import { placedFigures, selectCorridors } from '$lib/data/corridors';
import { canStand, standingKey } from '$lib/data/figureRule';
import { presentationSchema, type Figure, type Measure, type PresentationStep } from '$lib/data/schema';
import { messages } from '../messages.js';
import { changedFields, keyOrderOf, ordered, serialise } from './jsonWrite';
import type { Raw } from './records';
import { formatValue } from './wording';
import { BadRequest, type Change, type Report, type Store, type Version } from './store';

const order = keyOrderOf(presentationSchema);
const SAFE_ID = /^[a-z0-9-]+$/;

/** The lines, the big figure and the choice of big figures of one step, from valid data. */
export function stepPreview(
	step: Partial<PresentationStep>,
	data: Report['data'],
	placeName: (code: string) => string
) {
	const sources = data.sources;
	const placed = placedFigures(data.records.figures, data.countries);
	const year = Number(step.year);
	const measure = step.measure;
	const corridorName = (f: Pick<Figure, 'origin' | 'destination'>) =>
		`${placeName(f.origin)} → ${placeName(f.destination)}`;
	const ok = Number.isInteger(year) && typeof measure === 'string' && measure in messages.measureLabels;
	// What the presentation's map draws (src/lib/map/mapLines.ts does the same, for the site's map).
	const corridors = ok ? selectCorridors(placed, year, measure as Measure, { sources }) : [];
	const maxValue = Math.max(
		0,
		...placed.filter((f) => f.measure === measure && canStand(f)).map((f) => f.value)
	);
	const lines = ok ? { corridors, maxValue } : null;
	const highlighted = new Set(step.highlight?.corridors ?? []);
	const figures = new Map(data.records.figures.map((f) => [f.id, f]));
	const figure = step.figure ? figures.get(step.figure) : undefined;
	const sourceTitle = new Map(sources.map((s) => [s.id, s.short_title]));
	// The big figures a step can show: those the map draws, one per corridor (figureRule.ts).
	const options = (lines?.corridors ?? [])
		.filter((c) => c.carriedFrom === null)
		.map((c) => ({
			id: c.figure.id,
			corridor: c.key,
			name: corridorName(c.figure),
			value: formatValue(c.figure)
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	const citation = figure?.citations[0];
	return {
		lines: (lines?.corridors ?? []).map((c) => ({
			key: c.key,
			origin: c.origin,
			destination: c.destination,
			name: corridorName(c),
			value: formatValue(c.figure),
			raw: c.figure.value,
			figure: c.figure.id,
			highlighted: highlighted.has(c.key)
		})),
		maxValue: lines?.maxValue ?? 0,
		options,
		figure: figure
			? {
					id: figure.id,
					value: formatValue(figure),
					what: `${messages.measureLabels[figure.measure]}, ${figure.year}${figure.as_of ? ` (${figure.as_of})` : ''}`,
					corridor: corridorName(figure),
					standing: canStand(figure),
					key: standingKey(figure),
					source: citation
						? messages.decks.source(
								sourceTitle.get(citation.source) ?? citation.source,
								citation.line,
								citation.quote
							)
						: ''
				}
			: null
	};
}

export function deckOps(store: Store, placeName: (code: string) => string) {
	const rel = (id: string) => `presentations/${id}.json`;

	function list(): Raw[] {
		return store
			.jsonFilesIn('presentations')
			.map((f) => store.readJson(`presentations/${f}`))
			.filter((d): d is Raw => typeof d === 'object' && d !== null);
	}

	/** The changes that save `deck`, replacing the deck `originalId` (renamed when the id changed). */
	function changes(deck: Raw, originalId: string | null) {
		const id = String(deck.id ?? '');
		if (!SAFE_ID.test(id) || (originalId !== null && !SAFE_ID.test(originalId)))
			throw new BadRequest(messages.server.badId);
		const current = store.readText(rel(originalId ?? id));
		const text = serialise(ordered(deck, order), current?.endsWith('\n') ?? false);
		const out: Change[] = [{ rel: rel(id), text }];
		if (originalId !== null && originalId !== id) out.push({ rel: rel(originalId), text: null });
		return { out, current, text };
	}

	function preview(deck: Raw) {
		const data = store.validate().data;
		const steps = Array.isArray(deck.steps) ? (deck.steps as Partial<PresentationStep>[]) : [];
		return steps.map((s) => stepPreview(s, data, placeName));
	}

	function check(deck: Raw, originalId: string | null) {
		const { out } = changes(deck, originalId);
		return { problems: store.newProblems(store.validateCandidate(out)), preview: preview(deck) };
	}

	function save(deck: Raw, originalId: string | null, versions: Record<string, Version | null>) {
		const { out, current, text } = changes(deck, originalId);
		if (text === current && out.length === 1) return { unchanged: true as const };
		const id = String(deck.id);
		const title = messages.kinds.presentations.title;
		const before = current === null ? null : (JSON.parse(current) as Raw);
		const steps = Array.isArray(deck.steps) ? deck.steps.length : 0;
		const what = before
			? messages.changelog.edited(title, id, changedFields(before, deck))
			: messages.changelog.added(title, id, `“${String(deck.title)}”, ${messages.changelog.steps(steps)}`);
		const expected: Record<string, Version | null> = {};
		for (const c of out) expected[c.rel] = versions[c.rel] ?? null;
		return store.commit(out, expected, what);
	}

	function remove(id: string, version: Version | null) {
		if (!SAFE_ID.test(id)) throw new BadRequest(messages.server.badId);
		return store.commit(
			[{ rel: rel(id), text: null }],
			{ [rel(id)]: version },
			messages.changelog.removed(messages.kinds.presentations.title, id, '')
		);
	}

	return { list, check, save, remove, preview };
}
