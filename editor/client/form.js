/**
 * The form for one figure, agreement, policy, organisation or event: new (from a selected passage) or
 * existing. Every change is checked by the server with the same validation as check:data, on the data
 * as it would be after saving; problems show at their fields and in a list with the validator's words.
 * Likely duplicates are shown with a way to add the citation to the existing record instead.
 */
import { messages } from '/messages.js';
import * as api from './api.js';
import { debounce, fill, h } from './dom.js';
import {
	countryField,
	countryListField,
	markProblems,
	numberField,
	problemList,
	radioField,
	selectField,
	textField
} from './fields.js';

/** @typedef {Record<string, any>} Obj */

const F = messages.fields;
const C = messages.choices;

/** An organisation's id from its acronym or name (the server drafts the same way). @param {string} name @param {string | null} acronym */
export function organisationId(name, acronym) {
	const slug = (acronym || name || '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, 's')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
	return slug ? `org-${slug}` : '';
}

/**
 * @param {any} state
 * @param {string} vocab @param {Record<string, string>} [help] @param {Record<string, string>} [labels]
 */
const options = (state, vocab, help = {}, labels = {}) =>
	/** @type {string[]} */ (state.vocab[vocab]).map((v) => ({
		value: String(v),
		label: labels[v] ?? String(v).replace(/_/g, ' '),
		help: help[v]
	}));

/**
 * The fields of each kind, in the order a person fills them in (the file keeps the schema's order).
 * @type {Record<string, (ctx: any) => (HTMLElement | null)[]>}
 */
const SPECS = {
	figures: (ctx) => {
		const r = ctx.obj;
		const s = ctx.state;
		return [
			numberField(ctx, 'value', { label: F.value.label, help: `${F.value.help} ${messages.form.valueHint}` }),
			selectField(ctx, 'qualifier', F.qualifier, options(s, 'qualifiers', C.qualifier)),
			r.qualifier === 'range' ? numberField(ctx, 'value_high', F.value_high, { nullable: true }) : null,
			selectField(ctx, 'measure', F.measure, options(s, 'measures', C.measure, s.measureLabels)),
			selectField(ctx, 'unit', F.unit, options(s, 'units', C.unit, {})),
			selectField(ctx, 'unit_per', F.unit_per, options(s, 'unitPers', C.unit_per), {
				nullable: true,
				noneLabel: C.unit_per['']
			}),
			countryField(ctx, 'origin', F.origin),
			countryField(ctx, 'destination', F.destination),
			numberField(ctx, 'year', F.year),
			textField(ctx, 'as_of', F.as_of, { nullable: true }),
			radioField(ctx, 'period', F.period, options(s, 'periods', C.period, messages.choiceLabels.period)),
			r.period === 'cumulative' ? textField(ctx, 'since', F.since, { nullable: true }) : null,
			radioField(ctx, 'scope', F.scope, options(s, 'scopes', C.scope, messages.choiceLabels.scope)),
			r.scope === 'subset' ? textField(ctx, 'scope_note', F.scope_note, { nullable: true }) : null,
			textField(ctx, 'multiplier', F.multiplier, { nullable: true }),
			textField(ctx, 'description', F.description, { multiline: true, max: 400 })
		];
	},
	agreements: (ctx) => [
		textField(ctx, 'title', F.title, { multiline: true, rows: 2 }),
		selectField(
			ctx,
			'type',
			F.type,
			options(ctx.state, 'agreementTypes', C.type, { MOU: 'MOU', MOC: 'MOC' })
		),
		countryListField(ctx, 'parties', F.parties, messages.form.addParty),
		textField(ctx, 'date', F.date, { nullable: true, placeholder: messages.form.datePlaceholder }),
		textField(ctx, 'subject', F.subject, { multiline: true, rows: 2, max: 400 })
	],
	policies: (ctx) => [
		textField(ctx, 'title', F.title, { multiline: true, rows: 2 }),
		countryField(ctx, 'country', F.country),
		selectField(ctx, 'kind', F.kind, options(ctx.state, 'policyKinds', C.policyKind)),
		textField(ctx, 'date', F.date, { nullable: true, placeholder: messages.form.datePlaceholder }),
		textField(ctx, 'summary', F.summary, { multiline: true, rows: 2, max: 400 })
	],
	organisations: (ctx) => [
		textField(ctx, 'name', F.name),
		textField(ctx, 'acronym', F.acronym, { nullable: true }),
		countryField(ctx, 'country', F.country),
		selectField(ctx, 'kind', F.kind, options(ctx.state, 'organisationKinds', C.organisationKind)),
		membershipsField(ctx)
	],
	events: (ctx) => [
		textField(ctx, 'title', F.title, { multiline: true, rows: 2 }),
		textField(ctx, 'date', F.date, { nullable: true, placeholder: messages.form.datePlaceholder }),
		textField(ctx, 'end_date', F.end_date, { nullable: true, placeholder: messages.form.endDatePlaceholder }),
		textField(ctx, 'city', F.city, { nullable: true }),
		countryField(ctx, 'country', F.country, { nullable: true })
	]
};

/** An organisation's memberships: report year and role, from the annual reports' lists. @param {any} ctx */
function membershipsField(ctx) {
	const list = /** @type {Obj[]} */ (ctx.obj.memberships ?? []);
	const years = /** @type {number[]} */ (ctx.state.vocab.reportYears);
	return h(
		'fieldset',
		{ class: 'field list', dataset: { field: 'memberships' } },
		h('legend', null, F.memberships.label),
		h('p', { class: 'help' }, F.memberships.help),
		list.map((m, i) => {
			const sub = { ...ctx, obj: m };
			return h(
				'div',
				{ class: 'row', dataset: { field: `memberships.${i}` } },
				selectField(
					sub,
					'report_year',
					{ label: messages.source.report_year.label, help: '' },
					years.map((y) => ({ value: String(y), label: String(y) })),
					{ asNumber: true }
				),
				selectField(sub, 'role', F.role, options(ctx.state, 'networkRoles', C.role)),
				h(
					'button',
					{
						type: 'button',
						class: 'small',
						onclick: () => {
							ctx.obj.memberships = list.filter((_, j) => j !== i);
							ctx.changed(true);
						}
					},
					messages.form.removeItem
				)
			);
		}),
		h(
			'button',
			{
				type: 'button',
				class: 'small',
				onclick: () => {
					ctx.obj.memberships = [...list, { report_year: years.at(-1), role: 'member' }];
					ctx.changed(true);
				}
			},
			messages.form.addMembership
		),
		h('div', { class: 'field-problems' })
	);
}

/** "Different from": the records this one looks like but is not, each with how they differ. @param {any} ctx */
function distinctField(ctx) {
	const list = /** @type {Obj[] | undefined} */ (ctx.obj.distinct_from);
	if (!list?.length) return null;
	return h(
		'fieldset',
		{ class: 'field list', dataset: { field: 'distinct_from' } },
		h('legend', null, F.distinct_from.label),
		h('p', { class: 'help' }, F.distinct_from.help),
		list.map((d, i) =>
			h(
				'div',
				{ class: 'row', dataset: { field: `distinct_from.${i}` } },
				h('strong', null, d.id),
				textField(
					{ ...ctx, obj: d },
					'why',
					{ label: messages.form.distinctWhy, help: '' },
					{ multiline: true, rows: 2 }
				),
				h(
					'button',
					{
						type: 'button',
						class: 'small',
						onclick: () => {
							const rest = list.filter((_, j) => j !== i);
							if (rest.length) ctx.obj.distinct_from = rest;
							else delete ctx.obj.distinct_from;
							ctx.changed(true);
						}
					},
					messages.form.removeItem
				)
			)
		),
		h('div', { class: 'field-problems' })
	);
}

/** The citations: document, line and quote, each editable; at least one. @param {any} ctx @param {(source: string, line: number) => void} show */
function citationsField(ctx, show) {
	const list = /** @type {Obj[]} */ (ctx.obj.citations ?? []);
	const sources = /** @type {any[]} */ (ctx.state.sources);
	return h(
		'fieldset',
		{ class: 'field list citations', dataset: { field: 'citations' } },
		h('legend', null, messages.form.citationsHeading),
		h('p', { class: 'help' }, messages.form.citationsHelp),
		list.map((c, i) => {
			const sub = { ...ctx, obj: c };
			return h(
				'div',
				{ class: 'citation', dataset: { field: `citations.${i}` } },
				h('h4', null, messages.form.citation(i + 1)),
				selectField(
					sub,
					'source',
					F.source,
					sources.map((s) => ({ value: s.id, label: `${s.short_title ?? s.id} (${s.id})` }))
				),
				numberField(sub, 'line', F.line),
				textField(sub, 'quote', F.quote, { multiline: true, rows: 3, max: 600 }),
				h(
					'div',
					{ class: 'row-actions' },
					h(
						'button',
						{ type: 'button', class: 'small', onclick: () => show(c.source, Number(c.line)) },
						messages.document.line(Number(c.line))
					),
					list.length > 1
						? h(
								'button',
								{
									type: 'button',
									class: 'small',
									onclick: () => {
										ctx.obj.citations = list.filter((_, j) => j !== i);
										ctx.changed(true);
									}
								},
								messages.form.removeCitation
							)
						: null
				),
				h('div', { class: 'field-problems' })
			);
		}),
		h('div', { class: 'field-problems' })
	);
}

/**
 * @param {any} app the page: state, toast, reload, showLine, openRecord, closeForm
 * @param {{ kind: string, record: Obj, originalId: string | null, suggested?: boolean }} init
 */
export function recordForm(app, init) {
	const kind = init.kind;
	const words = messages.kinds[/** @type {keyof typeof messages.kinds} */ (kind)];
	const obj = structuredClone(init.record);
	let originalId = init.originalId;
	let idTouched = Boolean(originalId) || kind !== 'organisations';
	let dirty = false;
	let seq = 0;
	/** @type {any[]} */
	let problems = [];
	/** @type {any[]} */
	let duplicates = [];

	const el = h('section', { class: 'record-form', 'aria-labelledby': 'form-heading', dataset: { kind } });
	const status = h('p', { class: 'check-status', role: 'status' });
	const problemsBox = h('div', { class: 'problems-box', 'aria-live': 'polite' });
	const duplicatesBox = h('div', { class: 'duplicates-box' });
	const banner = h('div', { class: 'banner', 'aria-live': 'assertive' });
	const body = h('div', { class: 'form-body' });

	/** An id no other record has: "org-mmn", else "org-mmn-2". @param {string} id */
	const freeId = (id) => {
		const taken = new Set(app.state.records[kind].map((/** @type {Obj} */ r) => r.id));
		let out = id;
		for (let n = 2; id && taken.has(out); n++) out = `${id}-${n}`;
		return out;
	};

	const ctx = {
		obj,
		state: app.state,
		changed(/** @type {boolean | undefined} */ structural) {
			dirty = true;
			if (kind === 'organisations' && !idTouched)
				obj.id = freeId(organisationId(obj.name ?? '', obj.acronym ?? null));
			if (structural) renderBody();
			else {
				const idInput = /** @type {HTMLInputElement | null} */ (
					body.querySelector('[data-field="id"] input')
				);
				if (idInput && document.activeElement !== idInput) idInput.value = obj.id ?? '';
			}
			check();
		}
	};

	if (kind === 'organisations' && !originalId && obj.id) obj.id = freeId(obj.id);

	function renderBody() {
		const focused = document.activeElement;
		const focusKey =
			focused && body.contains(focused) ? focused.closest('[data-field]')?.getAttribute('data-field') : null;
		ctx.state = app.state;
		fill(body, citationsField(ctx, app.showLine), SPECS[kind](ctx), distinctField(ctx), idField());
		markProblems(body, problems.filter(mine));
		if (focusKey)
			/** @type {HTMLElement | null} */ (
				body.querySelector(`[data-field="${CSS.escape(focusKey)}"] :is(input, select, textarea)`)
			)?.focus();
	}

	function idField() {
		const field = textField(
			{
				...ctx,
				changed: () => {
					idTouched = true;
					ctx.changed();
				}
			},
			'id',
			{ label: F.id.label, help: originalId ? '' : `${F.id.help} ${messages.form.idAuto}` },
			{ readOnly: Boolean(originalId) }
		);
		return field;
	}

	/** Problems about this record (the rest are listed, not placed). @param {any} p */
	const mine = (p) => p.file === `data/${kind}.json` && p.record === (obj.id ?? '');

	const check = debounce(async () => {
		const n = ++seq;
		status.textContent = messages.form.checking;
		const res = await api.post('/api/records/check', { kind, record: obj, originalId });
		if (n !== seq) return;
		status.textContent = '';
		if (res.status === 409) return showConflict(res.data);
		if (!res.ok) {
			fill(problemsBox, h('p', { class: 'error' }, res.data.error));
			return;
		}
		problems = res.data.problems;
		duplicates = res.data.duplicates;
		status.textContent = messages.form.problemsLeft(problems.length);
		showProblems();
		showDuplicates();
	}, 350);

	function showProblems(/** @type {string | undefined} */ heading) {
		markProblems(body, problems.filter(mine));
		if (!problems.length) fill(problemsBox, h('p', { class: 'ok' }, messages.form.noProblems));
		else
			fill(
				problemsBox,
				heading ? h('p', { class: 'error refused' }, heading) : null,
				h('h3', null, messages.form.problemsHeading),
				h('p', { class: 'help' }, messages.form.problemsIntro),
				problemList(problems)
			);
	}

	function showDuplicates() {
		if (!duplicates.length) return fill(duplicatesBox);
		fill(
			duplicatesBox,
			h('h3', null, messages.form.duplicatesHeading),
			h('p', { class: 'help' }, messages.form.duplicatesIntro),
			h(
				'ul',
				null,
				duplicates.map((d) => {
					const why = h('div', { class: 'distinct', hidden: true });
					return h(
						'li',
						null,
						h('p', null, messages.form.duplicateOf(d.id, d.name, d.why)),
						h(
							'button',
							{ type: 'button', class: 'primary', onclick: () => useExisting(d.id) },
							messages.form.useExisting(d.id)
						),
						' ',
						h(
							'button',
							{
								type: 'button',
								onclick: () => {
									why.hidden = false;
									const area = h('textarea', { rows: 2, 'aria-label': messages.form.distinctWhy });
									fill(
										why,
										h('label', null, messages.form.distinctWhy, area),
										h(
											'button',
											{
												type: 'button',
												onclick: () => {
													const text = /** @type {HTMLTextAreaElement} */ (area).value.trim();
													if (!text) return;
													obj.distinct_from = [...(obj.distinct_from ?? []), { id: d.id, why: text }];
													ctx.changed(true);
												}
											},
											messages.form.distinctAdd
										)
									);
									area.focus();
								}
							},
							messages.form.distinct
						),
						why
					);
				})
			)
		);
	}

	/** Opens the existing record with this form's citations added to it (nothing is saved yet). @param {string} id */
	function useExisting(id) {
		const existing = app.state.records[kind].find((/** @type {Obj} */ r) => r.id === id);
		if (!existing) return;
		const record = structuredClone(existing);
		for (const c of obj.citations ?? [])
			if (
				!record.citations.some(
					(/** @type {Obj} */ x) => x.source === c.source && x.line === c.line && x.quote === c.quote
				)
			)
				record.citations.push(c);
		app.openRecord(kind, record, id, true);
	}

	function showConflict(/** @type {any} */ data) {
		fill(
			banner,
			h(
				'div',
				{ class: 'conflict', role: 'alert' },
				h('p', null, data.error),
				h(
					'button',
					{
						type: 'button',
						class: 'primary',
						onclick: async () => {
							await app.reload();
							fill(banner, h('p', { class: 'ok' }, messages.form.reloaded));
							renderBody();
							check.now();
						}
					},
					messages.form.reload
				)
			)
		);
	}

	async function save() {
		check.cancel();
		seq++;
		fill(banner);
		status.textContent = messages.form.saving;
		const res = await api.post('/api/records/save', {
			kind,
			record: obj,
			originalId,
			version: app.state.versions[`${kind}.json`] ?? null
		});
		status.textContent = '';
		if (res.status === 409) return showConflict(res.data);
		if (res.status === 422) {
			problems = res.data.problems;
			showProblems(messages.form.refused);
			return;
		}
		if (!res.ok) return fill(banner, h('p', { class: 'error', role: 'alert' }, res.data.error));
		dirty = false;
		if (res.data.unchanged) return app.toast(messages.status.nothingChanged);
		app.toast(messages.status.saved(`${words.one} ${obj.id}`));
		await app.reload();
		app.closeForm();
	}

	async function remove() {
		const yes = h('button', { type: 'button', class: 'danger' }, messages.form.removeYes);
		const no = h('button', { type: 'button' }, messages.form.removeNo);
		fill(
			banner,
			h(
				'div',
				{ class: 'confirm', role: 'alert' },
				h('p', null, messages.form.removeConfirm(originalId ?? '')),
				yes,
				' ',
				no
			)
		);
		no.addEventListener('click', () => fill(banner));
		yes.addEventListener('click', async () => {
			const res = await api.post('/api/records/remove', {
				kind,
				id: originalId,
				version: app.state.versions[`${kind}.json`] ?? null
			});
			if (res.status === 409) return showConflict(res.data);
			if (res.status === 422) {
				fill(banner);
				problems = res.data.problems;
				return showProblems(messages.form.refused);
			}
			if (!res.ok) return fill(banner, h('p', { class: 'error' }, res.data.error));
			app.toast(messages.status.removed(`${words.one} ${originalId}`));
			dirty = false;
			await app.reload();
			app.closeForm();
		});
		yes.focus();
	}

	fill(
		el,
		h(
			'header',
			{ class: 'form-head' },
			h(
				'h2',
				{ id: 'form-heading' },
				originalId ? messages.form.editHeading(words.one, originalId) : messages.form.newHeading(words.one)
			),
			h('button', { type: 'button', class: 'small', onclick: () => app.closeForm() }, messages.form.cancel)
		),
		init.suggested && kind === 'figures' ? h('p', { class: 'note' }, messages.form.suggested) : null,
		banner,
		body,
		duplicatesBox,
		problemsBox,
		h(
			'div',
			{ class: 'actions' },
			h('button', { type: 'button', class: 'primary', onclick: save }, messages.form.save),
			originalId
				? h('button', { type: 'button', class: 'danger', onclick: remove }, messages.form.remove)
				: null,
			status
		)
	);
	renderBody();
	check.now();

	return {
		el,
		kind,
		get id() {
			return obj.id;
		},
		get originalId() {
			return originalId;
		},
		get dirty() {
			return dirty;
		},
		/** Adds a selected passage as another citation. @param {Obj} citation */
		addCitation(citation) {
			obj.citations = [...(obj.citations ?? []), citation];
			ctx.changed(true);
		},
		/** Draws the form again with the data as reloaded (the form's contents are kept). */
		refresh() {
			renderBody();
			check.now();
		}
	};
}
