/**
 * The site search: a small index built at build time (countries, organisations by name or acronym,
 * agreements, policies) and a matcher that runs in the browser. Pure, so both are unit-tested.
 */
import type { Agreement, Country, Organisation, Policy } from './schema';

export type SearchKind = 'country' | 'organisation' | 'agreement' | 'policy';

export interface SearchEntry {
	kind: SearchKind;
	label: string;
	/** The label in the site's other languages (countries), by locale; shown on that language's pages. */
	labels?: Record<string, string>;
	acronym?: string;
	detail: string;
	/** Route path with anchor, from the site root: "/country/KHM#org-cwcc". */
	href: string;
}

export interface IndexInput {
	countries: Pick<Country, 'code' | 'name' | 'names' | 'kind' | 'aliases'>[];
	profiles: string[];
	organisations: Organisation[];
	agreements: Agreement[];
	policies: Policy[];
}

export function buildSearchIndex(i: IndexInput): SearchEntry[] {
	const name = new Map(i.countries.map((c) => [c.code, c.name]));
	const has = (code: string) => i.profiles.includes(code);
	// Records of places with no profile page (groups such as ASEAN) are found on their source's page.
	const home = (code: string, id: string, source: string) =>
		has(code) ? `/country/${code}#${id}` : `/sources/${source}#${id}`;
	return [
		...i.countries
			.filter((c) => has(c.code))
			.map((c): SearchEntry => ({
				kind: 'country',
				label: c.name,
				labels: c.names,
				// Every spelling and every language's name is searchable, on every page.
				detail: [...c.aliases.filter((a) => a !== c.name).slice(0, 6), ...Object.values(c.names)].join(', '),
				href: `/country/${c.code}`
			})),
		...i.organisations.map((o): SearchEntry => ({
			kind: 'organisation',
			label: o.name,
			...(o.acronym ? { acronym: o.acronym } : {}),
			detail: name.get(o.country) ?? o.country,
			href: home(o.country, o.id, o.citations[0]!.source)
		})),
		...i.agreements.map((a): SearchEntry => {
			const party = a.parties.find(has);
			return {
				kind: 'agreement',
				label: a.title,
				detail: [a.date, a.parties.map((p) => name.get(p) ?? p).join(', ')].filter(Boolean).join(' · '),
				href: party ? `/country/${party}#${a.id}` : `/sources/${a.citations[0]!.source}#${a.id}`
			};
		}),
		...i.policies.map((p): SearchEntry => ({
			kind: 'policy',
			label: p.title,
			detail: [name.get(p.country) ?? p.country, p.date].filter(Boolean).join(' · '),
			href: home(p.country, p.id, p.citations[0]!.source)
		}))
	];
}

/**
 * Lower case, Latin accents and punctuation folded, so "Lao PDR" finds "Lao P.D.R." and "Viet Nam" finds
 * "Việt". The vowel signs and marks of Thai, Khmer, Lao and Burmese (\p{M} outside the Latin accents)
 * are kept: they are part of the word (without them "မြန်မာ", Myanmar, becomes "မ န မ").
 */
export const fold = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
		.trim();

/**
 * The words of a query. Thai, Khmer, Lao, Burmese and Chinese are written without spaces between words:
 * Intl.Segmenter finds them (its word data covers all of them, in Node and in Chromium).
 */
export function queryWords(folded: string): string[] {
	if (!folded) return [];
	if (typeof Intl.Segmenter !== 'function') return folded.split(' ');
	const words = [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(folded)]
		.filter((s) => s.isWordLike)
		.map((s) => s.segment);
	return words.length ? words : folded.split(' ');
}

/**
 * Entries matching every word of the query, best first: an exact acronym, then a label that starts with
 * the query, then countries before other kinds, then shorter labels.
 */
export function search(index: SearchEntry[], query: string, limit = 8): SearchEntry[] {
	const q = fold(query);
	if (!q) return [];
	const words = queryWords(q);
	const scored: { e: SearchEntry; score: number }[] = [];
	for (const e of index) {
		const label = fold(e.label);
		const labels = Object.values(e.labels ?? {}).map(fold);
		const acronym = e.acronym ? fold(e.acronym) : '';
		const haystack = `${label} ${labels.join(' ')} ${acronym} ${fold(e.detail)}`;
		if (!words.every((w) => haystack.includes(w))) continue;
		const score =
			(acronym === q
				? 0
				: label.startsWith(q) || labels.some((l) => l.startsWith(q))
					? 1
					: acronym.startsWith(q)
						? 2
						: ` ${label}`.includes(` ${q}`)
							? 3
							: 4) *
				10 +
			(e.kind === 'country' ? 0 : 1);
		scored.push({ e, score: score * 1000 + Math.min(label.length, 999) });
	}
	return scored
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map((s) => s.e);
}
