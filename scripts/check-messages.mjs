#!/usr/bin/env node
/**
 * npm run check:messages — every language's catalogue (messages/<locale>.json) has every message of the
 * English one, none empty, none extra, each with the same placeholders ({name}); and
 * messages/review-state.json says for each language whether a native speaker has reviewed it.
 * The build runs the same check and stops on a problem (Paraglide alone would fall back to English, or
 * compile a missing message silently).
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', 'messages');
const settings = JSON.parse(
	fs.readFileSync(path.resolve(import.meta.dirname, '..', 'project.inlang', 'settings.json'), 'utf8')
);

/**
 * Every text of a message: a plain string, or the variants of a message with selectors.
 * @param {unknown} message
 * @returns {string[]}
 */
function texts(message) {
	if (typeof message === 'string') return [message];
	if (Array.isArray(message)) return message.flatMap((m) => Object.values(m?.match ?? {}).map(String));
	return [];
}
/**
 * The placeholders a text uses ({name}), without escaped braces.
 * @param {string} text
 */
const placeholders = (text) =>
	new Set([...text.replace(/\\[{}\\]/g, '').matchAll(/\{([^{}\s]+)\}/g)].map((m) => m[1]));

/** @returns {string[]} every problem, worded "file › key: what is wrong" */
export function checkMessages() {
	/** @type {string[]} */
	const problems = [];
	/** @param {string} locale @returns {Record<string, unknown> | null} */
	const read = (locale) => {
		const file = path.join(dir, `${locale}.json`);
		try {
			return JSON.parse(fs.readFileSync(file, 'utf8'));
		} catch (err) {
			const e = /** @type {NodeJS.ErrnoException} */ (err);
			problems.push(
				`messages/${locale}.json: ${e.code === 'ENOENT' ? 'is missing' : `is not valid JSON: ${e.message}`}`
			);
			return null;
		}
	};
	const base = read(settings.baseLocale);
	if (!base) return problems;
	const keys = Object.keys(base).filter((k) => k !== '$schema');
	const review = fs.existsSync(path.join(dir, 'review-state.json'))
		? JSON.parse(fs.readFileSync(path.join(dir, 'review-state.json'), 'utf8'))
		: {};
	for (const locale of settings.locales) {
		const file = `messages/${locale}.json`;
		/** @type {Record<string, unknown> | null} */
		const catalogue = locale === settings.baseLocale ? base : read(locale);
		if (!catalogue) continue;
		if (locale !== settings.baseLocale && !['reviewed', 'unreviewed'].includes(review[locale]?.state))
			problems.push(
				`messages/review-state.json › ${locale}: say "reviewed" or "unreviewed" (state), and who reviewed it`
			);
		for (const key of keys) {
			const own = catalogue[key];
			if (own === undefined) {
				problems.push(`${file} › ${key}: is missing (English: ${JSON.stringify(texts(base[key])[0] ?? '')})`);
				continue;
			}
			const ownTexts = texts(own);
			if (!ownTexts.length || ownTexts.some((t) => !t.trim())) problems.push(`${file} › ${key}: is empty`);
			const want = new Set(texts(base[key]).flatMap((t) => [...placeholders(t)]));
			const have = new Set(ownTexts.flatMap((t) => [...placeholders(t)]));
			const missing = [...want].filter((p) => !have.has(p) && !(p === 'n' && have.has('nText')));
			const extra = [...have].filter((p) => !want.has(p));
			if (missing.length)
				problems.push(
					`${file} › ${key}: lacks the placeholder(s) ${missing.map((p) => `{${p}}`).join(', ')}`
				);
			if (extra.length)
				problems.push(
					`${file} › ${key}: has unknown placeholder(s) ${extra.map((p) => `{${p}}`).join(', ')}`
				);
		}
		for (const key of /** @type {string[]} */ (Object.keys(catalogue)))
			if (key !== '$schema' && !(key in base))
				problems.push(
					`${file} › ${key}: is not an English message (remove it, or add it to messages/en.json)`
				);
	}
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const problems = checkMessages();
	for (const p of problems) console.error(p);
	if (problems.length) {
		console.error(`\ncheck:messages: ${problems.length} problem(s).`);
		process.exit(1);
	}
	console.log(`check:messages: ${settings.locales.length} catalogues complete.`);
}
