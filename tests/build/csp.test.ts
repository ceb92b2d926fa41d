/**
 * Every prerendered page carries its Content-Security-Policy before anything it governs, allows its own
 * inline script and stylesheet by hash, and has nothing inline that the policy would refuse.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BUILD, builtPage, builtRoutes, parseHtml } from './helpers';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([n]) => n === name)
		?.slice(1) ?? [];

describe('build output: the Content-Security-Policy', () => {
	const routes = builtRoutes();

	it('every page has one policy in a meta tag, first in its head but for charset and viewport', () => {
		expect(routes.length).toBeGreaterThan(100);
		for (const route of routes) {
			const head = parseHtml(builtPage(route)).querySelector('head')!;
			const metas = head.querySelectorAll('meta[http-equiv="content-security-policy"]');
			expect([route, metas.length]).toEqual([route, 1]);
			const before = head.children.slice(0, head.children.indexOf(metas[0]!));
			expect([
				route,
				before.filter(
					(el) => !['META', 'LINK'].includes(el.tagName) || el.getAttribute('rel') === 'stylesheet'
				)
			]).toEqual([route, []]);
		}
	}, 120_000); // every page of every language: seconds on a busy machine

	it('allows each inline script and stylesheet of a page by its hash, and no style or event attribute is left', () => {
		for (const route of routes) {
			// Scripts and styles with their text (the shared parser leaves it out).
			const doc = parse(builtPage(route), { blockTextElements: { script: true, style: true } });
			const policy = doc
				.querySelector('meta[http-equiv="content-security-policy"]')!
				.getAttribute('content')!;
			for (const script of doc.querySelectorAll('script:not([src]):not([type="application/json"])')) {
				expect([route, directive(policy, 'script-src')]).toEqual([
					route,
					expect.arrayContaining([sha256(script.rawText)])
				]);
			}
			for (const style of doc.querySelectorAll('style')) {
				expect([route, directive(policy, 'style-src')]).toEqual([
					route,
					expect.arrayContaining([sha256(style.rawText)])
				]);
			}
			const inline = doc
				.querySelectorAll('*')
				.flatMap((el) => Object.keys(el.attributes).filter((a) => a === 'style' || /^on/i.test(a)))
				.map((a) => `${route}: ${a}`);
			expect(inline).toEqual([]);
		}
	}, 120_000); // every page of every language: seconds on a busy machine

	it('the host headers (_headers) are in the build, for the static host', () => {
		expect(fs.readFileSync(path.join(BUILD, '_headers'), 'utf8')).toContain('frame-ancestors');
	});
});
