/**
 * Documents: the list (with what is cited and what is left in each), adding a new one (drop a PDF or
 * a text file, or paste text; confirm what it is), and one document's text with line numbers, its
 * cited passages highlighted and linked to their records, the numbers nobody cites yet, and citing by
 * selecting a passage.
 */
import { messages } from '/messages.js';
import * as api from './api.js';
import { fill, h, uid } from './dom.js';
import { numberField, problemList, radioField, textField } from './fields.js';

const M = messages.documents;
const D = messages.document;

/** @param {any} app */
export function documentsView(app) {
	const s = app.state;
	return h(
		'section',
		{ class: 'page' },
		h('h1', null, M.heading),
		h('p', { class: 'intro' }, M.intro),
		h('p', null, h('a', { class: 'button primary', href: '#/add' }, M.add)),
		h(
			'table',
			{ class: 'list' },
			h(
				'thead',
				null,
				h(
					'tr',
					null,
					Object.values(M.columns).map((c) => h('th', { scope: 'col' }, c))
				)
			),
			h(
				'tbody',
				null,
				s.sources.map((/** @type {any} */ src) => {
					const c = s.coverage[src.id] ?? { lines: 0, cited: 0, uncited: 0, found: false };
					return h(
						'tr',
						{ dataset: { source: src.id } },
						h(
							'td',
							null,
							h('a', { href: `#/document/${src.id}` }, src.short_title ?? src.id),
							h('div', { class: 'sub' }, src.title, ` (${src.id})`)
						),
						h('td', null, String(src.kind ?? '').replace(/_/g, ' ')),
						h('td', null, src.date_published),
						h('td', { class: 'num' }, c.found ? c.lines : '–'),
						h('td', { class: 'num' }, c.cited),
						h('td', { class: 'num' }, c.uncited)
					);
				})
			)
		)
	);
}

/** Adding a document: the file or the text first, then what it is. @param {any} app */
export function addDocumentView(app) {
	const A = messages.addDocument;
	const root = h('section', { class: 'page add-document' });
	const result = h('div', { class: 'convert-result', 'aria-live': 'polite' });
	let join = false;

	/** @param {Promise<import('./api.js').Answer>} request */
	async function converted(request) {
		fill(result, h('p', { class: 'busy' }, A.converting));
		const res = await request;
		if (!res.ok) return fill(result, h('p', { class: 'error', role: 'alert' }, res.data.error));
		// The text is in: what is left to do is to say what the document is.
		input.hidden = true;
		details(res.data);
	}

	const fileInput = /** @type {HTMLInputElement} */ (
		h('input', {
			type: 'file',
			id: 'document-file',
			accept: '.pdf,.txt,application/pdf,text/plain',
			class: 'visually-hidden',
			onchange: () => {
				const file = fileInput.files?.[0];
				if (file)
					converted(
						api.upload(
							`/api/documents/convert?name=${encodeURIComponent(file.name)}&join=${join ? 1 : 0}`,
							file
						)
					);
			}
		})
	);
	const drop = h(
		'div',
		{
			class: 'dropzone',
			ondragover: (/** @type {DragEvent} */ e) => {
				e.preventDefault();
				drop.classList.add('over');
			},
			ondragleave: () => drop.classList.remove('over'),
			ondrop: (/** @type {DragEvent} */ e) => {
				e.preventDefault();
				drop.classList.remove('over');
				const file = e.dataTransfer?.files?.[0];
				if (file)
					converted(
						api.upload(
							`/api/documents/convert?name=${encodeURIComponent(file.name)}&join=${join ? 1 : 0}`,
							file
						)
					);
			}
		},
		h('p', { class: 'drop-label' }, A.drop),
		fileInput,
		h('label', { for: 'document-file', class: 'button' }, A.choose)
	);
	const pasteId = uid('paste');
	const paste = /** @type {HTMLTextAreaElement} */ (h('textarea', { id: pasteId, rows: 8 }));
	const joinId = uid('join');

	/** Step two: the text's first lines, and the form for what the document is. @param {any} doc */
	function details(doc) {
		const source = {
			id: doc.suggestion.id,
			title: doc.suggestion.title || null,
			short_title: null,
			producer: messages.form.defaultProducer,
			date_published: doc.suggestion.year ? String(doc.suggestion.year) : null,
			date_note: null,
			kind: doc.suggestion.kind ?? undefined,
			report_year: doc.suggestion.kind === 'annual_report' ? doc.suggestion.year : null,
			url: null
		};
		const lines = doc.text.split('\n');
		const preview = h('ol', { class: 'preview-lines' });
		const showLines = (/** @type {number} */ n) =>
			fill(
				preview,
				lines
					.slice(0, n)
					.map((/** @type {string} */ l, /** @type {number} */ i) => h('li', { value: i + 1 }, l))
			);
		showLines(40);
		const S = messages.source;
		const ctx = { obj: source, state: app.state, changed: () => {} };
		const problems = h('div', { class: 'problems-box', 'aria-live': 'polite' });
		const save = h('button', { type: 'button', class: 'primary', disabled: Boolean(doc.duplicate) }, A.save);
		save.addEventListener('click', async () => {
			const clean = Object.fromEntries(
				Object.entries(source).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? null : v])
			);
			const res = await api.post('/api/documents', { text: doc.text, source: clean });
			if (res.status === 422)
				return fill(
					problems,
					h('p', { class: 'error refused' }, messages.form.refused),
					problemList(res.data.problems)
				);
			if (!res.ok) return fill(problems, h('p', { class: 'error', role: 'alert' }, res.data.error));
			app.toast(A.saved(source.id));
			await app.reload();
			location.hash = `#/document/${source.id}`;
		});
		fill(
			result,
			doc.duplicate
				? h('p', { class: 'error duplicate-document', role: 'alert' }, doc.duplicate.message)
				: null,
			h('p', null, A.preview(doc.lineCount)),
			preview,
			lines.length > 40
				? h('button', { type: 'button', class: 'small', onclick: () => showLines(lines.length) }, A.showAll)
				: null,
			h('h2', null, A.detailsHeading),
			h('p', { class: 'help' }, A.detailsIntro),
			h(
				'div',
				{ class: 'source-form' },
				textField(ctx, 'id', S.id),
				textField(ctx, 'title', S.title),
				textField(ctx, 'short_title', S.short_title),
				textField(ctx, 'producer', S.producer),
				textField(ctx, 'date_published', S.date_published, { placeholder: messages.form.monthPlaceholder }),
				textField(ctx, 'date_note', S.date_note, { nullable: true }),
				radioField(
					ctx,
					'kind',
					S.kind,
					app.state.vocab.sourceKinds.map((/** @type {string} */ k) => ({
						value: k,
						label: k.replace(/_/g, ' '),
						help: /** @type {any} */ (messages.choices.sourceKind)[k]
					}))
				),
				numberField(ctx, 'report_year', S.report_year, { nullable: true }),
				textField(ctx, 'url', S.url, { nullable: true, placeholder: messages.form.urlPlaceholder }),
				h('p', { class: 'help' }, `${S.file.label}: ${S.file.help} sha256 ${doc.sha256}`)
			),
			problems,
			h(
				'div',
				{ class: 'actions' },
				save,
				' ',
				h('button', { type: 'button', onclick: () => app.route() }, A.startOver)
			)
		);
	}

	const input = h(
		'div',
		{ class: 'document-input' },
		h('p', { class: 'intro' }, A.intro),
		drop,
		h('h2', null, A.orPaste),
		h('label', { for: pasteId }, A.pasteLabel),
		paste,
		h(
			'div',
			{ class: 'checkbox' },
			h('input', {
				type: 'checkbox',
				id: joinId,
				onchange: (/** @type {Event} */ e) => (join = /** @type {HTMLInputElement} */ (e.target).checked)
			}),
			h('label', { for: joinId }, A.join),
			h('p', { class: 'help' }, A.joinHelp)
		),
		h(
			'button',
			{
				type: 'button',
				onclick: () =>
					paste.value.trim() && converted(api.post('/api/documents/paste', { text: paste.value, join }))
			},
			A.usePasted
		)
	);
	fill(root, h('p', null, h('a', { href: '#/documents' }, D.back)), h('h1', null, A.heading), input, result);
	return root;
}

/**
 * Where a point of the selection is: its line (1-based) and the character in the line's text.
 * @param {Node} node @param {number} offset @param {HTMLElement} container
 */
function pointOf(node, offset, container) {
	const el = node.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (node) : node.parentElement;
	const lineEl = el?.closest('.ln');
	if (!lineEl || !container.contains(lineEl)) return null;
	const text = /** @type {HTMLElement} */ (lineEl.querySelector('.tx'));
	const line = Number(/** @type {HTMLElement} */ (lineEl).dataset.line);
	if (!text.contains(node)) return { line, col: el?.closest('.no') ? 0 : (text.textContent?.length ?? 0) };
	const r = document.createRange();
	r.setStart(text, 0);
	r.setEnd(node, offset);
	return { line, col: r.toString().length };
}

/**
 * The citation a selection makes: the line where its first words are, and the words as the validator
 * will compare them (spaces and line breaks as single spaces). Null when nothing is selected in the text.
 * @param {Selection | null} sel @param {HTMLElement} container @param {string[]} lines
 */
export function selectionCitation(sel, container, lines) {
	if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
	const range = sel.getRangeAt(0);
	const a = pointOf(range.startContainer, range.startOffset, container);
	const b = pointOf(range.endContainer, range.endOffset, container);
	if (!a || !b) return null;
	let { line, col } = a;
	// Start at the first character that is not a space (the selection may start in an empty line).
	while (line <= b.line) {
		const rest = (lines[line - 1] ?? '').slice(col);
		const skip = rest.length - rest.trimStart().length;
		if (line === b.line ? col + skip < b.col : skip < rest.length) {
			col += skip;
			break;
		}
		line++;
		col = 0;
	}
	if (line > b.line) return null;
	const parts = [];
	for (let n = line; n <= b.line; n++) {
		const text = lines[n - 1] ?? '';
		parts.push(text.slice(n === line ? col : 0, n === b.line ? b.col : text.length));
	}
	const quote = parts.join(' ').replace(/\s+/g, ' ').trim();
	return quote ? { line, quote, span: b.line - line + 1 } : null;
}

/**
 * One document's text and what it gives.
 * @param {any} app @param {string} id @param {{ kind?: string, record?: string, line?: number }} focus
 */
export async function documentView(app, id, focus = {}) {
	const res = await api.get(`/api/documents/${encodeURIComponent(id)}`);
	if (!res.ok) return h('section', { class: 'page' }, h('p', { class: 'error' }, res.data.error));
	const doc = res.data;
	const lines = /** @type {string[]} */ (doc.lines);
	const side = h('aside', { class: 'side', 'aria-label': D.coverageHeading });
	const toolbar = h('div', { class: 'cite-toolbar', hidden: true, role: 'toolbar', 'aria-label': D.citeAs });
	const text = h('div', { class: 'doc-text', 'aria-label': D.linesLabel, tabindex: 0 });

	// Lines, with the cited spans and the uncited numbers marked.
	const marks = new Map();
	for (const s of doc.spans) marks.set(s.line, [...(marks.get(s.line) ?? []), { ...s, type: 'cited' }]);
	for (const n of doc.uncited) marks.set(n.line, [...(marks.get(n.line) ?? []), { ...n, type: 'num' }]);
	const rows = lines.map((line, i) => {
		const n = i + 1;
		const tx = h('span', { class: 'tx' });
		const parts = (marks.get(n) ?? []).sort(
			(/** @type {any} */ x, /** @type {any} */ y) => x.start - y.start
		);
		let at = 0;
		for (const p of parts) {
			if (p.start < at) continue;
			tx.append(line.slice(at, p.start));
			const piece = line.slice(p.start, p.end);
			if (p.type === 'cited') {
				const refs = p.refs.map((/** @type {any} */ r) => `${r.kind}:${r.id}`);
				tx.append(
					h(
						'mark',
						{
							class: 'cited',
							dataset: { refs: [...new Set(refs)].join(' ') },
							title: [...new Set(p.refs.map((/** @type {any} */ r) => r.id))].join(', ')
						},
						piece
					)
				);
			} else tx.append(h('mark', { class: 'num', title: D.legendNumber }, piece));
			at = p.end;
		}
		tx.append(line.slice(at));
		return h(
			'div',
			{ class: 'ln', id: `L${n}`, dataset: { line: n } },
			h('span', { class: 'no', 'aria-hidden': 'true' }, n),
			tx
		);
	});
	text.append(...rows);

	/** The records whose quotes cover a clicked mark. @param {string} refs */
	const openRefs = (refs) => {
		const list = refs.split(' ').map((r) => r.split(':'));
		if (list.length === 1) return app.openRecordById(list[0][0], list[0][1]);
		fill(
			side,
			h('h2', null, D.records),
			h(
				'ul',
				{ class: 'refs' },
				list.map(([kind, rid]) =>
					h(
						'li',
						null,
						h(
							'button',
							{ type: 'button', class: 'link', onclick: () => app.openRecordById(kind, rid) },
							`${messages.kinds[kind]?.one ?? kind} ${rid}`
						)
					)
				)
			),
			h('button', { type: 'button', class: 'small', onclick: () => renderSide() }, messages.form.cancel)
		);
	};

	text.addEventListener('click', (e) => {
		const mark = /** @type {HTMLElement} */ (e.target).closest('mark.cited');
		const sel = getSelection();
		if (mark && (!sel || sel.isCollapsed)) openRefs(/** @type {HTMLElement} */ (mark).dataset.refs ?? '');
	});

	/** The toolbar for a selection: cite as a new record, or add to the record in the form. */
	function onSelect() {
		const sel = getSelection();
		const c = selectionCitation(sel, text, lines);
		if (!c) return void (toolbar.hidden = true);
		const rect = sel?.getRangeAt(0).getBoundingClientRect();
		const box = text.getBoundingClientRect();
		const citation = { source: id, line: c.line, quote: c.quote };
		const warn =
			c.span > app.state.quoteWindow
				? D.tooLong(app.state.quoteWindow)
				: c.quote.replace(/\s/g, '').length < 8
					? D.tooShort
					: null;
		fill(
			toolbar,
			h('span', { class: 'label' }, `${D.citeAs} (${D.line(c.line)}):`),
			['figures', 'agreements', 'policies', 'organisations', 'events'].map((kind) =>
				h(
					'button',
					{
						type: 'button',
						dataset: { kind },
						onclick: () => {
							toolbar.hidden = true;
							getSelection()?.removeAllRanges();
							app.newRecord(kind, citation);
						}
					},
					messages.kinds[/** @type {'figures'} */ (kind)].title
				)
			),
			app.form
				? h(
						'button',
						{
							type: 'button',
							class: 'primary add-to-open',
							onclick: () => {
								toolbar.hidden = true;
								getSelection()?.removeAllRanges();
								app.addToForm(citation);
							}
						},
						D.addToOpen(app.form.id || '…')
					)
				: null,
			warn ? h('p', { class: 'warn' }, warn) : null
		);
		toolbar.hidden = false;
		if (rect) {
			toolbar.style.top = `${rect.bottom - box.top + text.scrollTop + 6}px`;
			toolbar.style.left = `${Math.max(0, Math.min(rect.left - box.left, box.width - 420))}px`;
		}
	}
	text.addEventListener('mouseup', (e) => {
		// A click on the toolbar itself is not a new selection.
		if (!(/** @type {HTMLElement} */ (e.target).closest('.cite-toolbar'))) setTimeout(onSelect, 0);
	});
	text.addEventListener('keydown', (e) => e.key === 'Escape' && (toolbar.hidden = true));
	text.addEventListener('keyup', (e) => e.shiftKey && onSelect());
	text.append(toolbar);

	/** The side: the open form, or what the document gives. */
	function renderSide() {
		if (app.form) return fill(side, app.form.el);
		const cited = /** @type {any[]} */ (doc.citations).slice().sort((a, b) => a.line - b.line);
		fill(
			side,
			h('h2', null, D.coverageHeading),
			h('p', { class: 'help' }, D.selectHint),
			h(
				'p',
				{ class: 'legend' },
				h('mark', { class: 'cited' }, D.legendCitedSample),
				` ${D.legendCited} `,
				h('mark', { class: 'num' }, D.legendNumberSample),
				` ${D.legendNumber}`
			),
			h(
				'details',
				{ class: 'uncited', open: true },
				h('summary', null, D.uncitedHeading(doc.uncited.length)),
				h('p', { class: 'help' }, doc.uncited.length ? D.uncitedIntro : D.noUncited),
				h(
					'ul',
					null,
					doc.uncited.map((/** @type {any} */ n) =>
						h(
							'li',
							null,
							h(
								'button',
								{ type: 'button', class: 'link', onclick: () => app.showLine(id, n.line) },
								`${D.line(n.line)}: ${n.text}`
							)
						)
					)
				)
			),
			h(
				'details',
				{ class: 'cited-list', open: cited.length <= 30 },
				h('summary', null, D.citedHeading(cited.length)),
				cited.length ? null : h('p', { class: 'help' }, D.noCited),
				h(
					'ul',
					null,
					cited.map((c) =>
						h(
							'li',
							null,
							h(
								'button',
								{ type: 'button', class: 'link', onclick: () => app.openRecordById(c.kind, c.id) },
								`${D.line(c.line)} · ${messages.kinds[/** @type {'figures'} */ (c.kind)].one} ${c.id}`
							),
							h('q', null, c.quote)
						)
					)
				)
			)
		);
	}

	const page = h(
		'section',
		{ class: 'document', dataset: { source: id } },
		h(
			'header',
			{ class: 'doc-head' },
			h('a', { href: '#/documents' }, D.back),
			h('h1', null, doc.source.short_title ?? id),
			h('p', { class: 'sub' }, doc.source.title, ` (${id})`),
			doc.found ? null : h('p', { class: 'error' }, M.missingText(doc.source.file))
		),
		h('div', { class: 'doc-body' }, text, side)
	);
	app.onFormChange = renderSide;
	renderSide();
	if (focus.kind && focus.record) app.openRecordById(focus.kind, focus.record, id);
	else if (focus.line) requestAnimationFrame(() => app.showLine(id, focus.line));
	return page;
}
