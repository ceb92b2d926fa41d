/**
 * Workshop decks: the list, and the deck builder. Each step is picked on a small map of the lines the
 * site's map draws for its year and measure (click a place or a line to highlight it), framed, given a
 * big figure from the figures the map draws, a caption and speaker notes; steps are reordered with
 * buttons; a preview shows the card the audience sees and the speaker's view. Saving goes through the
 * same validation as every other change.
 */
import { messages } from '/messages.js';
import * as api from './api.js';
import { debounce, fill, h, uid } from './dom.js';
import { countryListField, markProblems, problemList, selectField, textField } from './fields.js';

const K = messages.decks;

/** @param {any} app */
export function decksView(app) {
	const decks = /** @type {any[]} */ (app.state.presentations);
	return h(
		'section',
		{ class: 'page' },
		h('h1', null, K.heading),
		h('p', { class: 'intro' }, K.intro),
		h('p', null, h('a', { class: 'button primary', href: '#/deck/new' }, K.new)),
		h(
			'ul',
			{ class: 'deck-list' },
			decks.map((d) =>
				h(
					'li',
					null,
					h('a', { href: `#/deck/${d.id}` }, d.title ?? d.id),
					h('span', { class: 'sub' }, ` ${d.id} · ${K.steps(Array.isArray(d.steps) ? d.steps.length : 0)}`),
					h('p', { class: 'sub' }, d.description)
				)
			)
		)
	);
}

/** @param {any} state */
function newStep(state) {
	const anchored = state.countries.filter((/** @type {any} */ c) => c.anchor);
	return {
		heading: '',
		caption: '',
		year: state.years.at(-1) ?? 2019,
		measure: 'stock',
		frame: { country: anchored.some((/** @type {any} */ c) => c.code === 'THA') ? 'THA' : anchored[0]?.code },
		highlight: { corridors: [], countries: [] },
		figure: null,
		notes: null
	};
}

/** A point `by` units from `from` toward `to`. @param {number[]} from @param {number[]} to @param {number} by */
function toward([x, y], [tx, ty], by) {
	const len = Math.hypot(tx - x, ty - y) || 1;
	return [x + ((tx - x) / len) * by, y + ((ty - y) / len) * by];
}

/**
 * The small map: places at their anchor points, the lines drawn for the step, highlighted ones in colour.
 * @param {any} app @param {any} step @param {any} preview @param {() => void} changed
 */
function miniMap(app, step, preview, changed) {
	const anchors = new Map(
		app.state.countries.filter((/** @type {any} */ c) => c.anchor).map((/** @type {any} */ c) => [c.code, c])
	);
	const lines = /** @type {any[]} */ (preview?.lines ?? []);
	const codes = new Set([
		...app.state.countries
			.filter((/** @type {any} */ c) => c.role === 'gms' && c.anchor)
			.map((/** @type {any} */ c) => c.code),
		...lines.flatMap((l) => [l.origin, l.destination]),
		...step.highlight.countries
	]);
	const places = [...codes].filter((c) => anchors.has(c)).map((c) => anchors.get(c));
	const W = 460;
	const H = 300;
	const pad = 28;
	const merc = (/** @type {number} */ lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	const xs = places.map((p) => p.anchor[0]);
	const ys = places.map((p) => merc(p.anchor[1]));
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const k = Math.min((W - 2 * pad) / ((x1 - x0) * (Math.PI / 180) || 1), (H - 2 * pad) / (y1 - y0 || 1));
	const at = (/** @type {any} */ p) => [
		pad + (p.anchor[0] - x0) * (Math.PI / 180) * k,
		H - pad - (merc(p.anchor[1]) - y0) * k
	];
	const max = Math.max(1, preview?.maxValue ?? 1);
	const anyHighlighted = step.highlight.corridors.length > 0;
	const toggle = (/** @type {string[]} */ list, /** @type {string} */ v) =>
		list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
	const key = (/** @type {Event} */ e, /** @type {() => void} */ fn) => {
		if (/** @type {KeyboardEvent} */ (e).key === 'Enter' || /** @type {KeyboardEvent} */ (e).key === ' ') {
			e.preventDefault();
			fn();
		}
	};
	const measureName = app.state.measureLabels[step.measure] ?? step.measure;
	return h(
		'svg',
		{
			class: 'mini-map',
			viewBox: `0 0 ${W} ${H}`,
			role: 'group',
			'aria-label': K.mapLabel(step.year, measureName)
		},
		lines
			.filter((l) => anchors.has(l.origin) && anchors.has(l.destination))
			.map((l) => {
				const [ax, ay] = at(anchors.get(l.origin));
				const [bx, by] = at(anchors.get(l.destination));
				const mx = (ax + bx) / 2 - (by - ay) * 0.15;
				const my = (ay + by) / 2 + (bx - ax) * 0.15;
				const on = step.highlight.corridors.includes(l.key);
				const act = () => {
					step.highlight.corridors = toggle(step.highlight.corridors, l.key);
					changed();
				};
				// Stop short of the places' dots, so that the arrowhead shows where the line arrives.
				const width = 1.5 + 9 * Math.sqrt(l.raw / max);
				const size = 7 + width;
				const [sx, sy] = toward([ax, ay], [mx, my], 7);
				// The arrowhead: its tip short of the destination's dot, its base where the line stops.
				const tip = toward([bx, by], [mx, my], 7);
				const [ex, ey] = toward(tip, [mx, my], size * 0.8);
				const [nx, ny] = [(tip[1] - ey) / (size * 0.8), (ex - tip[0]) / (size * 0.8)];
				const head = `M${tip[0]},${tip[1]} L${ex + nx * size * 0.55},${ey + ny * size * 0.55} L${ex - nx * size * 0.55},${ey - ny * size * 0.55} Z`;
				const d = `M${sx},${sy} Q${mx},${my} ${ex},${ey}`;
				// The middle of the curve, where a dot invites a click (the line itself can be clicked too).
				const [hx, hy] = [(ax + 2 * mx + bx) / 4, (ay + 2 * my + by) / 4];
				return h(
					'g',
					{
						class: `flow${on ? ' on' : ''}${anyHighlighted && !on ? ' dim' : ''}`,
						tabindex: 0,
						role: 'button',
						'aria-pressed': on ? 'true' : 'false',
						'aria-label': `${l.name}: ${l.value}`,
						dataset: { corridor: l.key },
						onclick: act,
						onkeydown: (/** @type {Event} */ e) => key(e, act)
					},
					h('title', null, `${l.name}: ${l.value}`),
					h('path', { d, class: 'hit' }),
					h('path', { d, class: 'stroke', 'stroke-width': width }),
					h('path', { d: head, class: 'arrowhead' }),
					h('circle', { class: 'handle', cx: hx, cy: hy, r: 5 })
				);
			}),
		places.map((p) => {
			const [x, y] = at(p);
			const on = step.highlight.countries.includes(p.code);
			const act = () => {
				step.highlight.countries = toggle(step.highlight.countries, p.code);
				changed();
			};
			return h(
				'g',
				{
					class: `place${on ? ' on' : ''}`,
					tabindex: 0,
					role: 'button',
					'aria-pressed': on ? 'true' : 'false',
					dataset: { country: p.code },
					onclick: act,
					onkeydown: (/** @type {Event} */ e) => key(e, act)
				},
				h('circle', { cx: x, cy: y, r: on ? 7 : 5 }),
				h('text', { x: x + 8, y: y + 4 }, p.name),
				h('title', null, p.name)
			);
		})
	);
}

/**
 * The deck builder.
 * @param {any} app @param {string | null} id
 */
export function deckEditor(app, id) {
	const existing = id ? app.state.presentations.find((/** @type {any} */ d) => d.id === id) : null;
	if (id && !existing)
		return h('section', { class: 'page' }, h('p', { class: 'error' }, messages.server.notFound));
	const deck = existing
		? structuredClone(existing)
		: { id: '', title: '', description: '', steps: [newStep(app.state)] };
	let originalId = existing ? existing.id : null;
	let selected = 0;
	/** @type {any[]} */
	let preview = [];
	/** @type {any[]} */
	let problems = [];
	let seq = 0;

	const root = h('section', { class: 'page deck-editor' });
	const stepsList = h('ol', { class: 'steps' });
	const stepForm = h('div', { class: 'step-form' });
	const stepControls = h('div', { class: 'step-controls' });
	const dependent = h('div', { class: 'step-dependent' });
	const previewBox = h('div', { class: 'preview', 'aria-live': 'polite' });
	const problemsBox = h('div', { class: 'problems-box', 'aria-live': 'polite' });
	const banner = h('div', { class: 'banner' });
	const status = h('p', { class: 'check-status', role: 'status' });

	const check = debounce(async () => {
		const n = ++seq;
		status.textContent = messages.form.checking;
		const res = await api.post('/api/decks/check', { deck, originalId });
		if (n !== seq) return;
		status.textContent = '';
		if (!res.ok) return fill(problemsBox, h('p', { class: 'error' }, res.data.error));
		problems = res.data.problems;
		preview = res.data.preview;
		showProblems();
		renderDependent();
		renderPreview();
		renderSteps();
	}, 300);

	/** @param {string} [heading] */
	function showProblems(heading) {
		markProblems(
			stepForm,
			problems.filter((p) => p.record === `step ${selected + 1}`)
		);
		markProblems(
			deckFields,
			problems.filter((p) => p.record !== null && !String(p.record).startsWith('step '))
		);
		fill(
			problemsBox,
			heading ? h('p', { class: 'error refused' }, heading) : null,
			problems.length
				? [
						h('h3', null, messages.form.problemsHeading),
						h('p', { class: 'help' }, messages.form.problemsIntro),
						problemList(problems)
					]
				: h('p', { class: 'ok' }, messages.form.noProblems)
		);
	}

	const changed = (/** @type {boolean} */ structural = false) => {
		if (structural) renderControls();
		renderSteps();
		check();
	};

	const deckCtx = { obj: deck, state: app.state, changed: () => changed() };
	const deckFields = h(
		'div',
		{ class: 'deck-fields' },
		originalId
			? h('p', null, h('strong', null, `${K.deckFields.id.label}: `), deck.id)
			: textField(deckCtx, 'id', K.deckFields.id),
		textField(deckCtx, 'title', K.deckFields.title),
		textField(deckCtx, 'description', K.deckFields.description, { multiline: true, rows: 2 })
	);

	function renderSteps() {
		fill(
			stepsList,
			deck.steps.map((/** @type {any} */ s, /** @type {number} */ i) =>
				h(
					'li',
					{ class: i === selected ? 'current' : '', dataset: { step: i + 1 } },
					h(
						'button',
						{
							type: 'button',
							class: 'step-pick',
							'aria-current': i === selected ? 'step' : undefined,
							onclick: () => select(i)
						},
						h('span', { class: 'step-no' }, K.stepLabel(i + 1)),
						h('span', { class: 'step-title' }, s.heading || K.untitled),
						h('span', { class: 'sub' }, `${app.state.measureLabels[s.measure] ?? s.measure}, ${s.year}`),
						problems.some((p) => p.record === `step ${i + 1}`) ? h('span', { class: 'badge' }, '!') : null
					),
					h(
						'span',
						{ class: 'step-actions' },
						h(
							'button',
							{
								type: 'button',
								class: 'small',
								disabled: i === 0,
								'aria-label': `${K.moveUp}: ${K.stepLabel(i + 1)}`,
								onclick: () => move(i, -1)
							},
							'▲'
						),
						h(
							'button',
							{
								type: 'button',
								class: 'small',
								disabled: i === deck.steps.length - 1,
								'aria-label': `${K.moveDown}: ${K.stepLabel(i + 1)}`,
								onclick: () => move(i, 1)
							},
							'▼'
						),
						h(
							'button',
							{
								type: 'button',
								class: 'small',
								disabled: deck.steps.length === 1,
								'aria-label': `${K.removeStep}: ${K.stepLabel(i + 1)}`,
								onclick: () => removeStep(i)
							},
							'✕'
						)
					)
				)
			)
		);
	}

	/** @param {number} i @param {number} by */
	function move(i, by) {
		const j = i + by;
		[deck.steps[i], deck.steps[j]] = [deck.steps[j], deck.steps[i]];
		if (selected === i) selected = j;
		else if (selected === j) selected = i;
		renderStep();
		changed();
	}
	/** @param {number} i */
	function removeStep(i) {
		deck.steps.splice(i, 1);
		selected = Math.min(selected, deck.steps.length - 1);
		renderStep();
		changed();
	}
	/** @param {number} i */
	function select(i) {
		selected = i;
		renderStep();
		renderSteps();
		renderPreview();
		showProblems();
	}

	/** The step's words: heading, caption, notes (drawn once per step, so typing keeps its place). */
	function renderStep() {
		const step = deck.steps[selected];
		const ctx = { obj: step, state: app.state, changed: () => changed() };
		const F = K.stepFields;
		fill(
			stepForm,
			h('h2', null, K.stepLabel(selected + 1)),
			textField(ctx, 'heading', F.heading, { max: 90 }),
			textField(ctx, 'caption', F.caption, { multiline: true, rows: 3, max: 320 }),
			stepControls,
			dependent,
			textField(ctx, 'notes', F.notes, { multiline: true, rows: 4, nullable: true })
		);
		renderControls();
		renderDependent();
	}

	/** Year, measure, highlights and camera: drawn again when one of them changes. */
	function renderControls() {
		const step = deck.steps[selected];
		const ctx = { obj: step, state: app.state, changed: () => changed(true) };
		const F = K.stepFields;
		const s = app.state;
		const measures = /** @type {string[]} */ (s.vocab.countMeasures).includes(step.measure)
			? s.vocab.countMeasures
			: [...s.vocab.countMeasures, step.measure];
		const corridorName = (/** @type {string} */ key) => {
			const [o, d] = key.split('-');
			const name = (/** @type {string} */ c) =>
				s.countries.find((/** @type {any} */ x) => x.code === c)?.name ?? c;
			return `${name(o)} → ${name(d)}`;
		};
		const frameKind = 'country' in step.frame ? 'country' : 'corridor' in step.frame ? 'corridor' : 'bounds';
		const frameGroup = uid('frame');
		const anchored = s.countries
			.filter((/** @type {any} */ c) => c.anchor)
			.sort((/** @type {any} */ a, /** @type {any} */ b) => a.name.localeCompare(b.name));
		const hl = { ...ctx, obj: step.highlight };
		const corridorSelectId = uid('corridors');
		fill(
			stepControls,
			h(
				'div',
				{ class: 'row' },
				selectField(
					ctx,
					'year',
					F.year,
					s.years.map((/** @type {number} */ y) => ({ value: String(y), label: String(y) })),
					{ asNumber: true }
				),
				selectField(
					ctx,
					'measure',
					F.measure,
					measures.map((/** @type {string} */ m) => ({
						value: m,
						label: s.measureLabels[m] ?? m,
						help: /** @type {any} */ (messages.choices.measure)[m]
					}))
				)
			),
			h(
				'div',
				{ class: 'field highlight', dataset: { field: 'highlight' } },
				h('h3', null, F.highlight.label),
				h('p', { class: 'help' }, F.highlight.help),
				h('div', { class: 'map-slot' }),
				countryListField(hl, 'countries', F.countries, F.countries.label),
				h(
					'div',
					{ class: 'field', dataset: { field: 'corridors' } },
					h('label', { for: corridorSelectId }, F.corridors.label),
					h(
						'ul',
						{ class: 'chips' },
						step.highlight.corridors.map((/** @type {string} */ c, /** @type {number} */ i) =>
							h(
								'li',
								{ dataset: { field: `corridors.${i}` } },
								corridorName(c),
								h(
									'button',
									{
										type: 'button',
										class: 'chip-remove',
										'aria-label': `${messages.form.removeItem} ${corridorName(c)}`,
										onclick: () => {
											step.highlight.corridors = step.highlight.corridors.filter(
												(/** @type {string} */ x) => x !== c
											);
											changed(true);
										}
									},
									'×'
								)
							)
						)
					),
					h(
						'select',
						{
							id: corridorSelectId,
							onchange: (/** @type {Event} */ e) => {
								const v = /** @type {HTMLSelectElement} */ (e.target).value;
								if (v && !step.highlight.corridors.includes(v))
									step.highlight.corridors = [...step.highlight.corridors, v];
								changed(true);
							}
						},
						h('option', { value: '' }, F.corridors.label),
						s.corridors.map((/** @type {string} */ c) =>
							h('option', { value: c }, `${corridorName(c)} (${c})`)
						)
					),
					h('div', { class: 'field-problems' })
				),
				h('div', { class: 'field-problems' })
			),
			h(
				'fieldset',
				{ class: 'field frame', dataset: { field: 'frame' } },
				h('legend', null, F.frame.label),
				h('p', { class: 'help' }, F.frame.help),
				['country', 'corridor', 'bounds'].map((kind) => {
					const rid = uid(`frame-${kind}`);
					return h(
						'div',
						{ class: 'radio' },
						h('input', {
							type: 'radio',
							name: frameGroup,
							id: rid,
							value: kind,
							checked: frameKind === kind,
							onchange: () => {
								step.frame =
									kind === 'country'
										? { country: step.highlight.countries[0] ?? 'THA' }
										: kind === 'corridor'
											? { corridor: step.highlight.corridors[0] ?? s.corridors[0] }
											: {
													bounds: [
														[92, 5],
														[110, 28]
													]
												};
								changed(true);
							}
						}),
						h('label', { for: rid }, /** @type {any} */ (K.frameKinds)[kind])
					);
				}),
				frameKind === 'country'
					? selectField(
							{ ...ctx, obj: step.frame },
							'country',
							{ label: K.frameCountry, help: '' },
							anchored.map((/** @type {any} */ c) => ({ value: c.code, label: `${c.name} (${c.code})` }))
						)
					: frameKind === 'corridor'
						? selectField(
								{ ...ctx, obj: step.frame },
								'corridor',
								{ label: K.frameCorridor, help: '' },
								s.corridors.map((/** @type {string} */ c) => ({
									value: c,
									label: `${corridorName(c)} (${c})`
								}))
							)
						: h(
								'div',
								{ class: 'row bounds' },
								[0, 1, 2, 3].map((n) => {
									const bid = uid('bound');
									const [corner, axis] = [n < 2 ? 0 : 1, n % 2];
									return h(
										'div',
										{ class: 'field' },
										h('label', { for: bid }, K.bounds[n]),
										h('input', {
											id: bid,
											type: 'number',
											step: 'any',
											value: step.frame.bounds[corner][axis],
											oninput: (/** @type {Event} */ e) => {
												step.frame.bounds[corner][axis] = Number(
													/** @type {HTMLInputElement} */ (e.target).value
												);
												changed();
											}
										})
									);
								})
							),
				h('div', { class: 'field-problems' })
			)
		);
		renderDependent();
	}

	/** The small map and the choice of big figure: they follow the server's answer. */
	function renderDependent() {
		const step = deck.steps[selected];
		const p = preview[selected];
		const slot = stepControls.querySelector('.map-slot');
		if (slot)
			fill(
				slot,
				miniMap(app, step, p, () => changed(true))
			);
		const F = K.stepFields.figure;
		const opts = (p?.options ?? []).map((/** @type {any} */ o) => ({
			value: o.id,
			label: K.figureOption(o.name, o.value, o.id)
		}));
		if (step.figure && !opts.some((/** @type {any} */ o) => o.value === step.figure))
			opts.push({ value: step.figure, label: step.figure });
		fill(
			dependent,
			selectField({ obj: step, state: app.state, changed: () => changed() }, 'figure', F, opts, {
				nullable: true,
				noneLabel: K.noFigure
			}),
			p && !p.options.length ? h('p', { class: 'help' }, K.noFigures) : null
		);
		markProblems(
			stepForm,
			problems.filter((x) => x.record === `step ${selected + 1}`)
		);
	}

	/** What the audience and the speaker will see for the selected step. */
	function renderPreview() {
		const step = deck.steps[selected];
		const p = preview[selected];
		const next = deck.steps[selected + 1];
		fill(
			previewBox,
			h('h2', null, K.previewHeading),
			h(
				'div',
				{ class: 'audience' },
				h('h3', null, K.audience),
				h(
					'div',
					{ class: 'card' },
					h('p', { class: 'progress' }, K.progress(selected + 1, deck.steps.length, deck.title || '…')),
					h('p', { class: 'card-heading' }, step.heading || K.untitled),
					h('p', { class: 'caption' }, step.caption),
					p?.figure
						? h(
								'div',
								{ class: 'big' },
								h('span', { class: 'value' }, p.figure.value),
								h('span', { class: 'what' }, `${p.figure.corridor} · ${p.figure.what}`),
								h('p', { class: 'source' }, p.figure.source)
							)
						: null
				),
				h('h4', null, K.lines),
				p?.lines?.length
					? h(
							'ul',
							{ class: 'lines' },
							p.lines.map((/** @type {any} */ l) =>
								h(
									'li',
									{ class: l.highlighted ? 'on' : '' },
									`${l.name}: ${l.value}`,
									l.highlighted ? h('strong', null, ` (${K.highlighted})`) : null
								)
							)
						)
					: h('p', { class: 'help' }, K.noLines)
			),
			h(
				'div',
				{ class: 'speaker' },
				h('h3', null, K.speaker),
				h('p', { class: 'progress' }, K.progress(selected + 1, deck.steps.length, deck.title || '…')),
				h('p', { class: 'card-heading' }, step.heading || K.untitled),
				h('p', { class: 'notes' }, step.notes || K.noNotes),
				h('p', { class: 'next' }, next ? K.nextStep(next.heading || K.untitled) : K.lastStep)
			)
		);
	}

	async function save() {
		check.cancel();
		seq++;
		fill(banner);
		const res = await api.post('/api/decks/save', { deck, originalId, versions: app.state.versions });
		if (res.status === 409)
			return fill(
				banner,
				h(
					'div',
					{ class: 'conflict', role: 'alert' },
					h('p', null, res.data.error),
					h(
						'button',
						{
							type: 'button',
							class: 'primary',
							onclick: async () => {
								await app.reload();
								fill(banner, h('p', { class: 'ok' }, messages.form.reloaded));
								check.now();
							}
						},
						messages.form.reload
					)
				)
			);
		if (res.status === 422) {
			problems = res.data.problems;
			return showProblems(messages.form.refused);
		}
		if (!res.ok) return fill(banner, h('p', { class: 'error', role: 'alert' }, res.data.error));
		if (res.data.unchanged) return app.toast(messages.status.nothingChanged);
		app.toast(messages.status.saved(`${messages.kinds.presentations.one} ${deck.id}`));
		const first = originalId === null;
		originalId = deck.id;
		await app.reload();
		if (first) location.hash = `#/deck/${deck.id}`;
		else check.now();
	}

	async function removeDeck() {
		const yes = h('button', { type: 'button', class: 'danger' }, messages.form.removeYes);
		const no = h('button', { type: 'button' }, messages.form.removeNo);
		fill(
			banner,
			h(
				'div',
				{ class: 'confirm', role: 'alert' },
				h('p', null, K.removeConfirm(originalId ?? '')),
				yes,
				' ',
				no
			)
		);
		no.addEventListener('click', () => fill(banner));
		yes.addEventListener('click', async () => {
			const res = await api.post('/api/decks/remove', {
				id: originalId,
				version: app.state.versions[`presentations/${originalId}.json`] ?? null
			});
			if (res.status === 422) {
				problems = res.data.problems;
				fill(banner);
				return showProblems(messages.form.refused);
			}
			if (!res.ok) return fill(banner, h('p', { class: 'error' }, res.data.error));
			app.toast(messages.status.removed(`${messages.kinds.presentations.one} ${originalId}`));
			await app.reload();
			location.hash = '#/decks';
		});
	}

	fill(
		root,
		h('p', null, h('a', { href: '#/decks' }, K.heading)),
		h('h1', null, originalId ? `${messages.kinds.presentations.title} ${originalId}` : K.new),
		banner,
		deckFields,
		h(
			'div',
			{ class: 'deck-body' },
			h(
				'div',
				{ class: 'deck-steps' },
				h('h2', null, K.stepsHeading),
				stepsList,
				h(
					'button',
					{
						type: 'button',
						class: 'add-step',
						onclick: () => {
							const base = deck.steps[selected];
							deck.steps.splice(selected + 1, 0, {
								...newStep(app.state),
								year: base?.year ?? newStep(app.state).year,
								measure: base?.measure ?? 'stock'
							});
							select(selected + 1);
							changed();
						}
					},
					K.addStep
				)
			),
			stepForm,
			previewBox
		),
		problemsBox,
		h(
			'div',
			{ class: 'actions' },
			h('button', { type: 'button', class: 'primary', onclick: save }, K.save),
			originalId ? h('button', { type: 'button', class: 'danger', onclick: removeDeck }, K.remove) : null,
			status
		)
	);
	renderSteps();
	renderStep();
	renderPreview();
	check.now();
	return root;
}
