/**
 * Form fields, each bound to one key of a plain object (the record being edited): a label, the control,
 * a sentence of help, and a place for the validator's problems about that field (data-field names the
 * field as check:data does: "origin", "citations.0.quote").
 */
import { messages } from '/messages.js';
import { h, uid } from './dom.js';

/**
 * @typedef {Record<string, any>} Obj
 * @typedef {{ obj: Obj, changed: (structural?: boolean) => void, state: any }} Ctx
 */

/** @param {string} name @param {string} label @param {string} help @param {HTMLElement} control @param {string} id */
export function wrap(name, label, help, control, id) {
	return h(
		'div',
		{ class: 'field', dataset: { field: name } },
		h('label', { for: id }, label),
		control,
		help ? h('p', { class: 'help', id: `${id}-help` }, help) : null,
		h('div', { class: 'field-problems' })
	);
}

/**
 * A text field. Empty means null where the field may be null, and missing where it may not.
 * @param {Ctx} ctx @param {string} name @param {{ label: string, help: string }} words
 * @param {{ nullable?: boolean, multiline?: boolean, readOnly?: boolean, placeholder?: string, rows?: number, max?: number }} [o]
 */
export function textField(ctx, name, words, o = {}) {
	const id = uid(name);
	const value = ctx.obj[name] ?? '';
	const attrs = {
		id,
		name,
		value: String(value),
		readOnly: o.readOnly,
		placeholder: o.placeholder,
		'aria-describedby': words.help ? `${id}-help` : undefined,
		oninput: (/** @type {Event} */ e) => {
			const v = /** @type {HTMLInputElement} */ (e.target).value;
			if (v.trim() === '') {
				if (o.nullable) ctx.obj[name] = null;
				else delete ctx.obj[name];
			} else ctx.obj[name] = v;
			if (counter) counter.textContent = `${v.length} / ${o.max}`;
			ctx.changed();
		}
	};
	const control = o.multiline
		? h('textarea', { ...attrs, rows: o.rows ?? 3 })
		: h('input', { ...attrs, type: 'text' });
	if (o.multiline) /** @type {HTMLTextAreaElement} */ (control).value = String(value);
	const counter = o.max ? h('span', { class: 'counter' }, `${String(value).length} / ${o.max}`) : null;
	const el = wrap(name, words.label, words.help, control, id);
	if (counter) el.insertBefore(counter, el.querySelector('.help'));
	return el;
}

/**
 * A number typed as printed: "3,500" and "3 500" are 3500. What is not a number is kept as typed, so
 * the validator says so in its own words.
 * @param {Ctx} ctx @param {string} name @param {{ label: string, help: string }} words @param {{ nullable?: boolean }} [o]
 */
export function numberField(ctx, name, words, o = {}) {
	const id = uid(name);
	const v = ctx.obj[name];
	const control = h('input', {
		id,
		name,
		type: 'text',
		inputmode: 'decimal',
		value: v === undefined || v === null ? '' : String(v),
		'aria-describedby': `${id}-help`,
		oninput: (/** @type {Event} */ e) => {
			const raw = /** @type {HTMLInputElement} */ (e.target).value;
			const clean = raw.replace(/[,\s]/g, '');
			if (clean === '') {
				if (o.nullable) ctx.obj[name] = null;
				else delete ctx.obj[name];
			} else ctx.obj[name] = /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : raw;
			ctx.changed();
		}
	});
	return wrap(name, words.label, words.help, control, id);
}

/**
 * A choice from a vocabulary, with the help sentence of the chosen value under it.
 * @param {Ctx} ctx @param {string} name @param {{ label: string, help: string }} words
 * @param {{ value: string, label: string, help?: string }[]} options
 * @param {{ nullable?: boolean, noneLabel?: string, asNumber?: boolean }} [o]
 */
export function selectField(ctx, name, words, options, o = {}) {
	const id = uid(name);
	const current = ctx.obj[name];
	const chosen = options.find(
		(x) => x.value === (current === null || current === undefined ? '' : String(current))
	);
	const control = h(
		'select',
		{
			id,
			name,
			'aria-describedby': `${id}-help ${id}-choice`,
			onchange: (/** @type {Event} */ e) => {
				const v = /** @type {HTMLSelectElement} */ (e.target).value;
				if (v === '') {
					if (o.nullable) ctx.obj[name] = null;
					else delete ctx.obj[name];
				} else ctx.obj[name] = o.asNumber ? Number(v) : v;
				ctx.changed(true);
			}
		},
		o.nullable
			? h('option', { value: '', selected: current === null }, o.noneLabel ?? messages.form.none)
			: h('option', { value: '', selected: current === undefined }, messages.form.choose),
		options.map((x) => h('option', { value: x.value, selected: chosen === x }, x.label))
	);
	const el = wrap(name, words.label, words.help, control, id);
	el.append(h('p', { class: 'choice-help', id: `${id}-choice` }, chosen?.help ?? ''));
	return el;
}

/**
 * A choice shown as radio buttons, each with its sentence of help: for short vocabularies the user
 * should read before choosing (scope, period, kind of document).
 * @param {Ctx} ctx @param {string} name @param {{ label: string, help: string }} words
 * @param {{ value: string, label: string, help?: string }[]} options
 */
export function radioField(ctx, name, words, options) {
	const group = uid(name);
	return h(
		'fieldset',
		{ class: 'field radios', dataset: { field: name } },
		h('legend', null, words.label),
		words.help ? h('p', { class: 'help' }, words.help) : null,
		options.map((x) => {
			const id = uid(`${name}-${x.value}`);
			return h(
				'div',
				{ class: 'radio' },
				h('input', {
					type: 'radio',
					id,
					name: group,
					value: x.value,
					checked: ctx.obj[name] === x.value,
					onchange: () => {
						ctx.obj[name] = x.value;
						ctx.changed(true);
					}
				}),
				h(
					'label',
					{ for: id },
					h('strong', null, x.label),
					x.help ? h('span', { class: 'help' }, `: ${x.help}`) : null
				)
			);
		}),
		h('div', { class: 'field-problems' })
	);
}

/** Places for pickers: countries by name, then the group codes. @param {any[]} countries */
function placeOptions(countries) {
	const byName = (/** @type {any} */ a, /** @type {any} */ b) => a.name.localeCompare(b.name);
	return {
		countries: countries.filter((c) => c.kind !== 'group').sort(byName),
		groups: countries.filter((c) => c.kind === 'group').sort(byName)
	};
}

/** @param {any[]} countries @param {string | null | undefined} selected */
function placeOptionNodes(countries, selected) {
	const { countries: list, groups } = placeOptions(countries);
	const opt = (/** @type {any} */ c) =>
		h('option', { value: c.code, selected: c.code === selected }, `${c.name} (${c.code})`);
	return [
		h('optgroup', { label: messages.form.placesCountries }, list.map(opt)),
		h('optgroup', { label: messages.form.placesGroups }, groups.map(opt))
	];
}

/**
 * A country picked by its name; the record stores its code.
 * @param {Ctx} ctx @param {string} name @param {{ label: string, help: string }} words @param {{ nullable?: boolean }} [o]
 */
export function countryField(ctx, name, words, o = {}) {
	const id = uid(name);
	const current = ctx.obj[name];
	const known = ctx.state.countries.some((/** @type {any} */ c) => c.code === current);
	const control = h(
		'select',
		{
			id,
			name,
			'aria-describedby': `${id}-help`,
			onchange: (/** @type {Event} */ e) => {
				const v = /** @type {HTMLSelectElement} */ (e.target).value;
				if (v === '') {
					if (o.nullable) ctx.obj[name] = null;
					else delete ctx.obj[name];
				} else ctx.obj[name] = v;
				ctx.changed(true);
			}
		},
		h('option', { value: '', selected: !current }, o.nullable ? messages.form.none : messages.form.choose),
		// A code that is not in countries.json stays visible, so the validator's message has something to point at.
		current && !known ? h('option', { value: current, selected: true }, String(current)) : null,
		placeOptionNodes(ctx.state.countries, current)
	);
	return wrap(name, words.label, words.help, control, id);
}

/**
 * A list of countries (an agreement's parties, a step's highlighted countries).
 * @param {Ctx} ctx @param {string} name @param {{ label: string, help: string }} words @param {string} addLabel
 */
export function countryListField(ctx, name, words, addLabel) {
	const id = uid(name);
	const list = /** @type {string[]} */ (ctx.obj[name] ?? []);
	const nameOf = (/** @type {string} */ code) =>
		ctx.state.countries.find((/** @type {any} */ c) => c.code === code)?.name ?? code;
	const add = h(
		'select',
		{
			id,
			onchange: (/** @type {Event} */ e) => {
				const v = /** @type {HTMLSelectElement} */ (e.target).value;
				if (v && !list.includes(v)) ctx.obj[name] = [...list, v];
				ctx.changed(true);
			}
		},
		h('option', { value: '' }, addLabel),
		placeOptionNodes(ctx.state.countries, null)
	);
	const chips = h(
		'ul',
		{ class: 'chips' },
		list.map((code, i) =>
			h(
				'li',
				{ dataset: { field: `${name}.${i}` } },
				`${nameOf(code)} (${code})`,
				h(
					'button',
					{
						type: 'button',
						class: 'chip-remove',
						'aria-label': `${messages.form.removeItem} ${nameOf(code)}`,
						onclick: () => {
							ctx.obj[name] = list.filter((_, j) => j !== i);
							ctx.changed(true);
						}
					},
					'×'
				)
			)
		)
	);
	return h(
		'div',
		{ class: 'field', dataset: { field: name } },
		h('label', { for: id }, words.label),
		chips,
		add,
		words.help ? h('p', { class: 'help' }, words.help) : null,
		h('div', { class: 'field-problems' })
	);
}

/**
 * Shows the validator's problems at their fields, and returns those that belong to no field shown.
 * @param {HTMLElement} root @param {{ field: string | null, message: string, fix: string }[]} problems
 */
export function markProblems(root, problems) {
	for (const el of root.querySelectorAll('.field-problems')) el.replaceChildren();
	for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
	for (const el of root.querySelectorAll('.invalid')) el.classList.remove('invalid');
	for (const p of problems) {
		if (!p.field) continue;
		// The most precise field shown: "citations.0.quote", else "citations.0", else "citations".
		const parts = p.field.split('.');
		let target = null;
		for (let n = parts.length; n > 0 && !target; n--)
			target = root.querySelector(`[data-field="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
		if (!target) continue;
		target.classList.add('invalid');
		target.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
		target
			.querySelector(':scope > .field-problems')
			?.append(
				h(
					'p',
					{ class: 'field-problem' },
					`${p.message}. `,
					h('span', { class: 'fix' }, `${messages.form.fix}: ${p.fix}`)
				)
			);
	}
}

/**
 * The validator's problems, in its own words (file › record › field: what is wrong, and the fix).
 * @param {{ text: string }[]} problems
 */
export function problemList(problems) {
	return h(
		'ul',
		{ class: 'problems' },
		problems.map((p) => {
			const [where, ...rest] = p.text.split('\n');
			return h(
				'li',
				null,
				h('span', { class: 'where' }, where),
				rest.length ? h('span', { class: 'fix' }, rest.join(' ').trim()) : null
			);
		})
	);
}
