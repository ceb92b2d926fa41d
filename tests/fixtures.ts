/**
 * The one place tests get records from: factories for unit tests (a valid record, with the fields a case
 * cares about overridden) and readers of the real data folder for build and e2e tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {
	Agreement,
	Country,
	Event,
	Figure,
	Organisation,
	Policy,
	Presentation,
	Source
} from '$lib/data/schema';

let counter = 0;

/** A valid figure: a registered-worker count for Cambodia to Thailand in 2019 that covers the whole corridor. */
export function fig(over: Partial<Figure> = {}): Figure {
	counter += 1;
	return {
		id: `t-f${String(counter).padStart(3, '0')}`,
		origin: 'KHM',
		destination: 'THA',
		year: 2019,
		as_of: null,
		value: 100,
		value_high: null,
		qualifier: 'exact',
		unit: 'people',
		unit_per: null,
		measure: 'registered_workers',
		scope: 'all',
		scope_note: null,
		period: 'point',
		since: null,
		multiplier: null,
		description: 'test figure',
		citations: [{ source: 'new', line: 1, quote: 'a quoted passage' }],
		...over
	};
}

/** A subset figure: counts only part of its corridor. */
export const part = (note: string, over: Partial<Figure> = {}) =>
	fig({ scope: 'subset', scope_note: note, ...over });

/** Citation of a source by id, for the tie rule's "newer document". */
export const citing = (source: string) => [{ source, line: 1, quote: 'a quoted passage' }];

/** Two sources, an older and a newer one, for the tie rule. */
export const publications = [
	{ id: 'old', date_published: '2017' },
	{ id: 'new', date_published: '2020' }
];

export function org(
	id: string,
	country: string,
	memberships: Organisation['memberships'],
	over: Partial<Organisation> = {}
): Organisation {
	return {
		id,
		name: id.toUpperCase(),
		acronym: null,
		country,
		kind: 'ngo',
		memberships,
		citations: citing('new'),
		...over
	};
}

export function policy(id: string, country: string, over: Partial<Policy> = {}): Policy {
	return {
		id,
		country,
		title: id,
		date: null,
		kind: 'law',
		summary: 'a policy',
		citations: citing('new'),
		...over
	};
}

export function agreement(id: string, parties: string[], over: Partial<Agreement> = {}): Agreement {
	return {
		id,
		title: id,
		type: 'MOU',
		parties,
		date: null,
		subject: 'an agreement',
		citations: citing('new'),
		...over
	};
}

/** The real data folder, read as it is (not through the app's loader). */
export const DATA = path.resolve('data');

export function readData<T = unknown>(file: string): T {
	return JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as T;
}

export const data = {
	figures: () => readData<Figure[]>('figures.json'),
	countries: () => readData<Country[]>('countries.json'),
	organisations: () => readData<Organisation[]>('organisations.json'),
	policies: () => readData<Policy[]>('policies.json'),
	agreements: () => readData<Agreement[]>('agreements.json'),
	events: () => readData<Event[]>('events.json'),
	sources: () =>
		fs
			.readdirSync(path.join(DATA, 'sources'))
			.filter((f) => f.endsWith('.json'))
			.map((f) => readData<Source>(`sources/${f}`)),
	presentations: () =>
		fs
			.readdirSync(path.join(DATA, 'presentations'))
			.filter((f) => f.endsWith('.json'))
			.map((f) => readData<Presentation>(`presentations/${f}`))
};

/** An event: a meeting with no date, place or end, citing the newer source. */
export function event(id: string, over: Partial<Event> = {}): Event {
	return {
		id,
		title: id,
		date: null,
		end_date: null,
		city: null,
		country: null,
		citations: citing('new'),
		...over
	};
}

/** Records of every kind, empty unless given: the shape of the dataset's `records`. */
export function records(
	over: Partial<{
		figures: Figure[];
		agreements: Agreement[];
		policies: Policy[];
		organisations: Organisation[];
		events: Event[];
	}> = {}
) {
	return { figures: [], agreements: [], policies: [], organisations: [], events: [], ...over };
}
