/**
 * One policy in three places: kit.csp in svelte.config.js (each page's <meta>), static/_headers and the
 * README's nginx snippet (the host's header). The header may differ from the meta only where a header
 * shared by all pages cannot know a page's hashes, and by frame-ancestors, which a meta cannot carry.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANNOUNCER_STYLE, cspDirectives } from '../../svelte.config.js';

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-hashes', 'unsafe-eval']);
const quote = (v: string) => (KEYWORDS.has(v) || /^sha256-/.test(v) ? `'${v}'` : v);

/** What the header must say: the meta's directives, with 'unsafe-inline' where Kit adds each page's hashes. */
function headerPolicy(frameAncestors: string) {
	const perPage: Record<string, string[]> = {
		'script-src': ['unsafe-inline'],
		'style-src': ['unsafe-inline']
	};
	return [
		...Object.entries(cspDirectives).map(([name, values]) =>
			[name, ...[...(values as string[]), ...(perPage[name] ?? [])].map(quote)].join(' ')
		),
		`frame-ancestors ${frameAncestors}`
	].join('; ');
}

/** static/_headers as { pattern: { header: value } }. */
function headerRules() {
	const rules: Record<string, Record<string, string>> = {};
	let current: Record<string, string> | undefined;
	for (const raw of fs.readFileSync('static/_headers', 'utf8').split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		if (!/^\s/.test(raw)) rules[line] = current = {};
		else current![line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1).trim();
	}
	return rules;
}

describe('the Content-Security-Policy', () => {
	it('cspDirectives allow nothing inline but by hash, no eval, nothing from another host', () => {
		const all = Object.values(cspDirectives).flat() as string[];
		expect(all).not.toContain('unsafe-inline');
		expect(all).not.toContain('unsafe-eval');
		expect(all.filter((v) => /^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/.test(v))).toEqual([]);
		expect(cspDirectives['default-src']).toEqual(['none']);
		expect(cspDirectives['script-src']).toEqual(['self']);
	});

	it("style-src-attr allows one attribute, SvelteKit's route announcer's, exactly as Kit writes it", () => {
		const root = fs.readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
		const styles = [...root.matchAll(/style="([^"]*)"/g)].map((m) => m[1]);
		expect(styles).toEqual([ANNOUNCER_STYLE]);
		const hash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;
		expect(cspDirectives['style-src-attr']).toEqual(['unsafe-hashes', hash]);
	});

	it('static/_headers sends the same directives, frame-ancestors, nosniff and a referrer policy', () => {
		const rules = headerRules();
		expect(Object.keys(rules)).toEqual(['/*', '/embed/*', '/:lang/embed/*']);
		expect(rules['/*']).toEqual({
			'Content-Security-Policy': headerPolicy("'self'"),
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin'
		});
		for (const embeds of ['/embed/*', '/:lang/embed/*']) {
			expect(rules[embeds]).toEqual({ 'Content-Security-Policy': headerPolicy('*') });
		}
	});

	it("the README's nginx snippet sends the same headers as static/_headers", () => {
		const readme = fs.readFileSync('README.md', 'utf8');
		const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
		const sent = (name: string) =>
			[...nginx.matchAll(new RegExp(`add_header ${name} "([^"]*)" always;`, 'g'))].map((m) => m[1]);
		expect(sent('Content-Security-Policy')).toEqual([headerPolicy("'self'"), headerPolicy('*')]);
		expect(sent('X-Content-Type-Options')).toEqual(['nosniff', 'nosniff']);
		expect(sent('Referrer-Policy')).toEqual([
			'strict-origin-when-cross-origin',
			'strict-origin-when-cross-origin'
		]);
	});
});
