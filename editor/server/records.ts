/**
 * Figures, agreements, policies, organisations and events: a new record's first draft from a selected
 * passage, the live check of a record being edited (the validator's problems and likely duplicates),
 * and saving or removing one through the store.
 */
import { likelyDuplicates, type Comparable } from '$lib/data/duplicates';
import { recordKinds, type RecordKind } from '$lib/data/schema';
import { messages } from '../messages.js';
import { changedFields, keyOrderOf, ordered, serialise, upsert, withoutRecord } from './jsonWrite';
import { BadRequest, Conflict, type ShownProblem, type Store, type Version } from './store';
import { formatValue } from './wording';

export const recordKindNames = Object.keys(recordKinds) as RecordKind[];
export type Raw = Record<string, unknown>;

export function assertKind(kind: unknown): RecordKind {
	if (typeof kind !== 'string' || !(recordKindNames as string[]).includes(kind))
		throw new BadRequest(messages.server.unknownKind(String(kind)));
	return kind as RecordKind;
}

/** The letter of each kind in record ids: ar2024-f001, ar2024-a001, … (organisations: org-<name>). */
const LETTER: Record<RecordKind, string> = {
	figures: 'f',
	agreements: 'a',
	policies: 'p',
	events: 'e',
	organisations: ''
};

/** The next free id of a kind for a source: ar2024-f001, then ar2024-f002, … */
export function nextId(kind: RecordKind, source: string, ids: string[]): string {
	if (kind === 'organisations') return '';
	const prefix = `${source}-${LETTER[kind]}`;
	const used = ids.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length)) || 0);
	return `${prefix}${String(Math.max(0, ...used) + 1).padStart(3, '0')}`;
}

/** An organisation's id from its acronym or name: "org-cwcc", "org-lao-womens-union". */
export function organisationId(name: string, acronym: string | null): string {
	const slug = (acronym || name)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]s\b/g, 's')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
	return slug ? `org-${slug}` : '';
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const SCALE = String.raw`(?:\s*(million|billion))?`;
const QUALIFIERS: [RegExp, string][] = [
	[/\b(about|around|approximately|roughly|some|an estimated|estimated)\s+$/i, 'approximately'],
	[/\b(more than|over|above|in excess of)\s+$/i, 'more_than'],
	[/\bat least\s+$/i, 'at_least'],
	[/\b(nearly|almost|close to)\s+$/i, 'nearly'],
	[/\bup to\s+$/i, 'up_to'],
	[/\b(less than|fewer than|under|below)\s+$/i, 'less_than']
];

function numberOf(int: string, frac: string | undefined, scale: string | undefined): number {
	const n = Number(`${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
	const k = scale?.toLowerCase() === 'billion' ? 1e9 : scale?.toLowerCase() === 'million' ? 1e6 : 1;
	return Math.round(n * k * 100) / 100;
}

/**
 * What a figure's quote says plainly: the number (a range, a percentage), the word before it, a year,
 * an "as of" date. A first guess for the form, which the user checks; never saved unseen.
 */
export function suggestFromQuote(quote: string): Raw {
	const out: Raw = {};
	const isYear = (m: RegExpMatchArray) => !m[2] && !m[3] && /^(19|20)\d{2}$/.test(m[1]!);
	const range = new RegExp(`${NUM}${SCALE}\\s*(?:to|-|–)\\s*${NUM}${SCALE}`, 'i').exec(quote);
	const numbers = [
		...quote.matchAll(new RegExp(`${NUM}${SCALE}(\\s*(?:%|per ?cent|percent))?`, 'gi'))
	].filter((m) => !isYear(m) && !(m[1]!.length === 1 && !m[3] && !m[4]));
	if (range && !/^(19|20)\d{2}$/.test(range[1]!)) {
		const scale = range[3] ?? range[6];
		out.value = numberOf(range[1]!, range[2], range[3] ?? scale);
		out.value_high = numberOf(range[4]!, range[5], range[6]);
		out.qualifier = 'range';
	} else if (numbers[0]) {
		const m = numbers[0];
		out.value = numberOf(m[1]!, m[2], m[3]);
		out.value_high = null;
		const before = quote.slice(0, m.index);
		out.qualifier = QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? 'exact';
		if (m[4]) {
			out.unit = 'percent';
			out.measure = 'share';
		}
	}
	const years = [...quote.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
	const valueText = String(out.value ?? '');
	const year = years.find((y) => String(y) !== valueText);
	if (year && year >= 1990 && year <= 2030) out.year = year;
	const asOf =
		/\b(?:as of|as at|by the end of|at the end of|by|in)\s+((?:(?:early|mid|late|end of)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2})/i.exec(
			quote
		);
	if (asOf) out.as_of = asOf[1];
	return out;
}

/** A new record from a selected passage: the citation, a free id, and what the quote says plainly. */
export function draftRecord(
	kind: RecordKind,
	citation: { source: string; line: number; quote: string },
	ids: string[],
	source: Raw | null
): Raw {
	const citations = [citation];
	const id = nextId(kind, citation.source, ids);
	const short = citation.quote.length <= 120 ? citation.quote : undefined;
	switch (kind) {
		case 'figures': {
			const s = suggestFromQuote(citation.quote);
			const year = s.year ?? (typeof source?.report_year === 'number' ? source.report_year : undefined);
			return {
				id,
				year,
				as_of: s.as_of ?? null,
				value: s.value,
				value_high: s.value_high ?? null,
				qualifier: s.qualifier,
				unit: s.unit ?? 'people',
				unit_per: null,
				measure: s.measure,
				scope_note: null,
				since: null,
				multiplier: null,
				citations
			};
		}
		case 'agreements':
			return { id, title: short, parties: [], date: null, citations };
		case 'policies':
			return { id, title: short, date: null, citations };
		case 'organisations':
			return {
				id: short ? organisationId(short, null) : '',
				name: short,
				acronym: null,
				memberships: [],
				citations
			};
		case 'events':
			return { id, title: short, date: null, end_date: null, city: null, country: null, citations };
	}
}

/** How records of a kind are compared for likely duplicates (as check:data compares them). */
function comparable(kind: RecordKind, r: Raw): Comparable | null {
	if (typeof r.id !== 'string') return null;
	const distinct_from = Array.isArray(r.distinct_from)
		? (r.distinct_from as Comparable['distinct_from'])
		: undefined;
	if (kind === 'organisations' && typeof r.name === 'string')
		return {
			id: r.id,
			name: r.name,
			acronym: (r.acronym as string | null) ?? null,
			context: String(r.country),
			distinct_from
		};
	if (kind === 'policies' && typeof r.title === 'string')
		return { id: r.id, name: r.title, context: String(r.country), distinct_from };
	if (kind === 'agreements' && typeof r.title === 'string' && Array.isArray(r.parties))
		return { id: r.id, name: r.title, context: [...(r.parties as string[])].sort().join(' '), distinct_from };
	return null;
}

export interface Duplicate {
	id: string;
	name: string;
	why: string;
}

/** Existing records that look like the same thing as `record` (check:data would flag the pair). */
export function duplicatesOf(
	kind: RecordKind,
	record: Raw,
	list: Raw[],
	originalId: string | null
): Duplicate[] {
	// A new record is compared under an id no record has, so that one with the same id is compared too.
	const me = comparable(kind, { ...record, id: originalId ?? '\u0000new' });
	if (!me) return [];
	const others = list.filter((r) => r.id !== originalId);
	const all = [...others.map((r) => comparable(kind, r)).filter((c): c is Comparable => c !== null), me];
	const names = new Map(all.map((c) => [c.id, c.name]));
	return likelyDuplicates(all)
		.filter((p) => p.a === me.id || p.b === me.id)
		.map((p) => {
			const other = p.a === me.id ? p.b : p.a;
			return { id: other, name: names.get(other) ?? other, why: p.why };
		});
}

/** A few words for the changelog: what the record is. */
export function describe(kind: RecordKind, r: Raw, placeName: (code: string) => string): string {
	try {
		if (kind === 'figures')
			return messages.changelog.figure(
				formatValue(r as Parameters<typeof formatValue>[0]),
				(messages.measureNouns as Record<string, string>)[String(r.measure)] ?? String(r.measure),
				placeName(String(r.origin)),
				placeName(String(r.destination)),
				Number(r.year)
			);
	} catch {
		// A record the validator refuses is never described; fall through to its id alone.
	}
	const name = r.title ?? r.name;
	return typeof name === 'string' ? `“${name}”` : '';
}

/** The record with its keys in schema order (and those of its citations, memberships, distinct_from). */
export function normalised(kind: RecordKind, record: Raw): Raw {
	return ordered(record, keyOrderOf(recordKinds[kind])) as Raw;
}

export function recordOps(store: Store, placeName: (code: string) => string) {
	const rel = (kind: RecordKind) => `${kind}.json`;

	function list(kind: RecordKind): Raw[] {
		const raw = store.readJson(rel(kind)) ?? [];
		if (!Array.isArray(raw))
			throw new BadRequest(messages.server.notJson(`data/${rel(kind)}`, messages.server.notAnArray));
		return raw as Raw[];
	}

	/** The file's new text with the record put in (or taken out). */
	function fileWith(kind: RecordKind, record: Raw | null, originalId: string | null, removeId?: string) {
		const current = store.readText(rel(kind)) ?? '[]';
		const records = list(kind);
		let next: Raw[];
		try {
			next =
				removeId !== undefined
					? withoutRecord(records, removeId)
					: upsert(records, normalised(kind, record!), originalId);
		} catch {
			throw new Conflict(`data/${rel(kind)}`);
		}
		const before = originalId ?? removeId;
		return {
			text: serialise(next, current.endsWith('\n')),
			current,
			before: before === undefined ? null : (records.find((r) => r.id === before) ?? null)
		};
	}

	function check(kind: RecordKind, record: Raw, originalId: string | null) {
		const { text } = fileWith(kind, record, originalId);
		const problems: ShownProblem[] = store.newProblems(store.validateCandidate([{ rel: rel(kind), text }]));
		return { problems, duplicates: duplicatesOf(kind, record, list(kind), originalId) };
	}

	function save(kind: RecordKind, record: Raw, originalId: string | null, version: Version | null) {
		const { text, current, before } = fileWith(kind, record, originalId);
		if (text === current) return { unchanged: true as const };
		const id = String(record.id);
		const title = messages.kinds[kind].title;
		const what = before
			? messages.changelog.edited(title, id, changedFields(before, normalised(kind, record)))
			: messages.changelog.added(title, id, describe(kind, record, placeName));
		return store.commit([{ rel: rel(kind), text }], { [rel(kind)]: version }, what);
	}

	function remove(kind: RecordKind, id: string, version: Version | null) {
		const { text, before } = fileWith(kind, null, null, id);
		const what = messages.changelog.removed(
			messages.kinds[kind].title,
			id,
			before ? describe(kind, before, placeName) : ''
		);
		return store.commit([{ rel: rel(kind), text }], { [rel(kind)]: version }, what);
	}

	return { list, check, save, remove };
}
