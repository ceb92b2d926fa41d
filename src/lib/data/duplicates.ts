/**
 * Likely duplicates among organisations, policies and agreements: the documents name one thing under
 * several spellings ("Lao Women Union", "Lao Women's Union"), and two records of one thing make a profile
 * say "joined" and "no longer listed" about the same organisation. Pure: check:data flags these pairs,
 * and the editor warns before saving one. A record that really is a different thing says so in
 * `distinct_from` (with the reason), and the pair is left alone.
 */

/** Names of places that documents append to a name: "MSD Vietnam", "CWCC, Cambodia", "(Thailand)". */
const PLACE_SUFFIXES = [
	'cambodia',
	'lao pdr',
	'laos',
	'lao',
	'myanmar',
	'burma',
	'thailand',
	'viet nam',
	'vietnam',
	'china',
	'yunnan',
	'malaysia',
	'singapore',
	'japan',
	'korea',
	'hong kong',
	'taiwan',
	'philippines',
	'indonesia'
];

/**
 * A name or title reduced to what identifies it: lower case, no "'s", no punctuation, no parenthesised
 * acronym, no trailing place name. "Lao Women’s Union" and "Lao Women Union" give the same key.
 */
export function nameKey(name: string): string {
	let s = name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\(([\p{L}\p{N}-]{2,12})\)/gu, ' ') // "(EPS)", "(NV)"
		.replace(/['’‘`]s\b/g, '')
		.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
		.trim();
	for (let changed = true; changed;) {
		changed = false;
		for (const place of PLACE_SUFFIXES) {
			if (s !== place && s.endsWith(` ${place}`)) {
				s = s.slice(0, -place.length - 1).trim();
				changed = true;
			}
		}
	}
	return s.replace(/\s+/g, ' ');
}

/** An acronym without a trailing place: "MSD Vietnam" -> "msd". */
export const acronymKey = (acronym: string) => nameKey(acronym).replace(/ /g, '');

export interface Comparable {
	id: string;
	/** The name or title. */
	name: string;
	acronym?: string | null;
	/** What else must be equal for two records to be one thing (the country of a policy, the parties). */
	context?: string;
	distinct_from?: { id: string; why: string }[];
}

export interface DuplicatePair {
	a: string;
	b: string;
	why: 'same acronym' | 'same name';
}

/** Pairs of records that look like one thing and do not say they are distinct, in a stable order. */
export function likelyDuplicates(records: Comparable[]): DuplicatePair[] {
	const declared = new Set(
		records.flatMap((r) => (r.distinct_from ?? []).flatMap((d) => [`${r.id} ${d.id}`, `${d.id} ${r.id}`]))
	);
	const pairs: DuplicatePair[] = [];
	const seen = new Set<string>();
	const index = (key: (r: Comparable) => string | null, why: DuplicatePair['why']) => {
		const groups = new Map<string, string[]>();
		for (const r of records) {
			const k = key(r);
			if (!k) continue;
			const full = `${r.context ?? ''}\u0000${k}`;
			groups.set(full, [...(groups.get(full) ?? []), r.id]);
		}
		for (const ids of groups.values())
			for (let i = 0; i < ids.length; i++)
				for (let j = i + 1; j < ids.length; j++) {
					const [a, b] = [ids[i]!, ids[j]!].sort() as [string, string];
					if (declared.has(`${a} ${b}`) || seen.has(`${a} ${b}`)) continue;
					seen.add(`${a} ${b}`);
					pairs.push({ a, b, why });
				}
	};
	index((r) => (r.acronym ? acronymKey(r.acronym) : null), 'same acronym');
	index((r) => nameKey(r.name) || null, 'same name');
	return pairs.sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
