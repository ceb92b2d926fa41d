/**
 * The editor's page: the header (with whether the data is valid), the views by address
 * (#/documents, #/add, #/document/<id>, #/records, #/decks, #/deck/<id>, #/changes), and the record form
 * that stays open while the user moves between documents (to add a citation from another one).
 */
import { messages } from '/messages.js';
import * as api from './api.js';
import { deckEditor, decksView } from './decks.js';
import { addDocumentView, documentsView, documentView } from './documents.js';
import { fill, h } from './dom.js';
import { problemList } from './fields.js';
import { recordForm } from './form.js';

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const toastEl = /** @type {HTMLElement} */ (document.getElementById('toast'));

/** @type {any} */
const app = {
	state: null,
	/** The record form, while one is open. @type {ReturnType<typeof recordForm> | null} */
	form: null,
	/** Called when the form opens or closes, by the document view on screen. @type {(() => void) | null} */
	onFormChange: null,

	async reload() {
		const res = await api.get('/api/state');
		if (!res.ok) throw new Error(res.data.error);
		app.state = res.data;
		showStatus();
	},

	/** @param {string} text */
	toast(text) {
		fill(toastEl, h('p', null, text));
		toastEl.classList.add('shown');
		clearTimeout(app.toastTimer);
		app.toastTimer = setTimeout(() => toastEl.classList.remove('shown'), 6000);
	},

	/** Scrolls the document to a line (opening that document first if another one is shown). @param {string} source @param {number} line */
	showLine(source, line) {
		const current = document.querySelector('.document')?.getAttribute('data-source');
		if (current !== source) {
			location.hash = `#/document/${source}/line/${line}`;
			return;
		}
		const el = document.getElementById(`L${line}`);
		if (!el) return;
		el.scrollIntoView({ block: 'center' });
		el.classList.remove('flash');
		void el.offsetWidth;
		el.classList.add('flash');
	},

	/** A new record from a selected passage. @param {string} kind @param {{ source: string, line: number, quote: string }} citation */
	async newRecord(kind, citation) {
		const res = await api.post('/api/draft', { kind, ...citation });
		if (!res.ok) return app.toast(res.data.error);
		app.setForm(recordForm(app, { kind, record: res.data.record, originalId: null, suggested: true }));
		getSelection()?.removeAllRanges();
	},

	/** @param {{ source: string, line: number, quote: string }} citation */
	addToForm(citation) {
		app.form?.addCitation(citation);
		getSelection()?.removeAllRanges();
		app.onFormChange?.();
	},

	/** Opens a record's form, from a record (possibly with new citations) or by id. @param {string} kind @param {any} record @param {string} id @param {boolean} [changed] */
	openRecord(kind, record, id, changed = false) {
		const form = recordForm(app, { kind, record, originalId: id });
		app.setForm(form);
		if (changed) form.refresh();
	},

	/** @param {string} kind @param {string} id @param {string} [source] the document on screen */
	openRecordById(kind, id, source) {
		const record = app.state.records[kind]?.find((/** @type {any} */ r) => r.id === id);
		if (!record) return app.toast(messages.server.recordGone(id, `data/${kind}.json`));
		const shown = document.querySelector('.document')?.getAttribute('data-source');
		const cite =
			record.citations?.find((/** @type {any} */ c) => c.source === (source ?? shown)) ??
			record.citations?.[0];
		app.setForm(recordForm(app, { kind, record, originalId: id }));
		if (cite) {
			if (shown === cite.source) requestAnimationFrame(() => app.showLine(cite.source, cite.line));
			else location.hash = `#/document/${cite.source}/line/${cite.line}`;
		}
	},

	/** @param {ReturnType<typeof recordForm> | null} form */
	setForm(form) {
		app.form = form;
		app.onFormChange?.();
		if (form) requestAnimationFrame(() => form.el.closest('.side')?.scrollTo(0, 0));
	},

	closeForm() {
		app.setForm(null);
		app.route();
	},

	route
};

function showStatus() {
	const v = app.state.validation;
	fill(
		status,
		v.problems.length
			? h(
					'details',
					{ class: 'invalid' },
					h('summary', null, messages.status.invalid(v.problems.length)),
					problemList(v.problems)
				)
			: h('span', { class: 'valid' }, messages.status.valid(v.summary)),
		v.notes.map((/** @type {string} */ n) => h('span', { class: 'note' }, ` ${messages.status.notes}: ${n}`))
	);
}

function nav() {
	const here = location.hash.split('/')[1] ?? 'documents';
	const items = [
		['documents', '#/documents', ['documents', 'document', 'add', '']],
		['records', '#/records', ['records']],
		['decks', '#/decks', ['decks', 'deck']],
		['changes', '#/changes', ['changes']]
	];
	fill(
		/** @type {HTMLElement} */ (document.getElementById('nav')),
		h(
			'ul',
			null,
			items.map(([key, href, match]) =>
				h(
					'li',
					null,
					h(
						'a',
						{ href, 'aria-current': /** @type {string[]} */ (match).includes(here) ? 'page' : undefined },
						/** @type {any} */ (messages.nav)[/** @type {string} */ (key)]
					)
				)
			)
		)
	);
}

/** The records of every kind, with a filter; each opens its form beside its document. */
function recordsView() {
	const R = messages.records;
	const kinds = ['figures', 'agreements', 'policies', 'organisations', 'events'];
	const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
	let kind = params.get('kind') ?? 'figures';
	let filter = '';
	const list = h('div', { class: 'record-list' });
	const label = (/** @type {any} */ r) => r.description ?? r.title ?? r.name ?? '';
	const render = () => {
		const all = /** @type {any[]} */ (app.state.records[kind] ?? []);
		const f = filter.toLowerCase();
		const shown = all.filter((r) => !f || `${r.id} ${label(r)} ${r.acronym ?? ''}`.toLowerCase().includes(f));
		fill(
			list,
			h('p', { class: 'sub' }, R.count(shown.length, all.length)),
			shown.length
				? h(
						'table',
						{ class: 'list' },
						h(
							'tbody',
							null,
							shown
								.slice(0, 500)
								.map((r) =>
									h(
										'tr',
										null,
										h(
											'td',
											null,
											h(
												'button',
												{ type: 'button', class: 'link', onclick: () => app.openRecordById(kind, r.id) },
												r.id
											)
										),
										h('td', null, label(r)),
										h(
											'td',
											{ class: 'sub' },
											[...new Set((r.citations ?? []).map((/** @type {any} */ c) => c.source))].join(', ')
										)
									)
								)
						)
					)
				: h('p', null, R.none)
		);
	};
	const select = h(
		'div',
		{ class: 'tabs', role: 'tablist' },
		kinds.map((k) =>
			h(
				'button',
				{
					type: 'button',
					role: 'tab',
					'aria-selected': k === kind ? 'true' : 'false',
					onclick: (/** @type {Event} */ e) => {
						kind = k;
						for (const b of select.querySelectorAll('button'))
							b.setAttribute('aria-selected', String(b === e.currentTarget));
						render();
					}
				},
				`${/** @type {any} */ (messages.kinds)[k].plural} (${app.state.records[k]?.length ?? 0})`
			)
		)
	);
	const searchId = 'record-search';
	render();
	return h(
		'section',
		{ class: 'page' },
		h('h1', null, R.heading),
		h('p', { class: 'intro' }, R.intro),
		select,
		h('label', { for: searchId }, R.search),
		h('input', {
			id: searchId,
			type: 'search',
			oninput: (/** @type {Event} */ e) => {
				filter = /** @type {HTMLInputElement} */ (e.target).value;
				render();
			}
		}),
		list
	);
}

function changesView() {
	return h(
		'section',
		{ class: 'page' },
		h('h1', null, messages.changes.heading),
		h('p', { class: 'intro' }, messages.changes.intro),
		h(
			'ul',
			{ class: 'changes' },
			app.state.changelog.map((/** @type {string} */ l) => h('li', null, l.replace(/^- /, '')))
		)
	);
}

async function route() {
	const [path] = location.hash.replace(/^#/, '').split('?');
	const parts = (path ?? '').split('/').filter(Boolean);
	nav();
	app.onFormChange = null;
	/** @type {HTMLElement} */
	let view;
	if (parts[0] === 'add') view = addDocumentView(app);
	else if (parts[0] === 'document' && parts[1])
		view = await documentView(app, parts[1], parts[2] === 'line' ? { line: Number(parts[3]) } : {});
	else if (parts[0] === 'records') view = recordsView();
	else if (parts[0] === 'decks') view = decksView(app);
	else if (parts[0] === 'deck') view = deckEditor(app, parts[1] === 'new' ? null : (parts[1] ?? null));
	else if (parts[0] === 'changes') view = changesView();
	else {
		// Outside a document the form has nowhere to stand: it stays open for when one is shown again.
		view = documentsView(app);
	}
	fill(main, view);
	if (!(parts[0] === 'document' && app.form)) main.focus({ preventScroll: true });
	document.title = messages.appTitle;
}

async function start() {
	document.title = messages.appTitle;
	fill(
		/** @type {HTMLElement} */ (document.getElementById('brand')),
		h('strong', null, messages.appHeading),
		h('span', null, ` · ${messages.appSubheading}`)
	);
	fill(main, h('p', null, messages.loading));
	try {
		await app.reload();
	} catch {
		fill(main, h('p', { class: 'error' }, messages.offline));
		return;
	}
	window.addEventListener('hashchange', () => void route());
	window.addEventListener('beforeunload', (e) => {
		if (app.form?.dirty) e.preventDefault();
	});
	await route();
	document.body.dataset.ready = 'true';
}

void start();
