/**
 * The dataset's shape and its record rules, in one place. Types are inferred from these schemas (never
 * written twice). Field names are a public contract: the /data/*.json exports carry them as they are.
 *
 * Rules that involve several fields of one record live here too, as `.check()`s, so the schema alone
 * accepts only valid records; each rule says which field is wrong and how to fix it (`params.fix`).
 * Rules that need other files (countries, sources, seed texts, other records) live in server/validate.ts.
 */
import { z } from 'zod';
import {
	agreementTypes,
	countMeasures,
	currencies,
	measures,
	moneyMeasures,
	networkRoles,
	organisationKinds,
	periods,
	placeFields,
	policyKinds,
	qualifiers,
	scopes,
	sourceKinds,
	units
} from './enums';
import { baseLocale, locales } from '../i18n/locales';

/** The site's languages other than English: every place has a curated name in each. */
const otherLocales = locales.filter((l) => l !== baseLocale) as [
	Exclude<(typeof locales)[number], 'en'>,
	...Exclude<(typeof locales)[number], 'en'>[]
];

export {
	agreementTypes,
	countMeasures,
	measures,
	networkRoles,
	organisationKinds,
	periods,
	placeFields,
	policyKinds,
	qualifiers,
	scopes,
	sourceKinds,
	units
};

/** Adds a problem at `path` of the record, with the fix the validator prints under it. */
function flag(
	ctx: { issues: unknown[]; value: unknown },
	path: (string | number)[],
	message: string,
	fix: string
) {
	(ctx.issues as z.core.$ZodRawIssue[]).push({
		code: 'custom',
		message,
		path,
		input: ctx.value,
		params: { fix }
	});
}

/** Free text with a ceiling, so a pasted document cannot end up in one field (and in every page). */
const text = (max: number) =>
	z
		.string()
		.min(1, 'must not be empty')
		.max(max, `is longer than ${max} characters: shorten it (quote only the clause that carries the fact)`)
		.refine((s) => s.trim().length > 0, 'must not be blank');

/** Whether y-m-d is a day of the calendar (2019-02-30 is not). */
function isRealDay(date: string): boolean {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Partial ISO date as precise as the document prints it: 2016, 2016-06 or 2016-06-24. */
export const partialDate = z
	.string()
	.regex(
		/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
		'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD'
	)
	.refine((d) => d.length < 10 || isRealDay(d), 'is not a day of the calendar (check the day of the month)');

const id = z
	.string()
	.regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes')
	.max(120);
/** ISO 3166 alpha-3, or one of our X.. group codes; checked against data/countries.json separately. */
export const placeCode = z
	.string()
	.regex(/^[A-Z]{3}$/, 'must be a three-letter code from data/countries.json');

/** A link for readers: only http(s), never javascript: or data: (it reaches the public export). */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

export const sourceSchema = z.strictObject({
	id,
	title: text(300),
	short_title: text(80),
	producer: text(200),
	date_published: partialDate,
	date_note: text(300).nullable(),
	kind: z.enum(sourceKinds),
	report_year: z.number().int().nullable(),
	file: z.string().regex(/^[\w.-]+\.txt$/, 'must be the text file name in the documents folder'),
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
	url: webUrl.nullable()
});

/** A quote must identify its passage: at least this many characters that are not spaces. */
export const MIN_QUOTE_CHARS = 8;

export const citationSchema = z.strictObject({
	source: id,
	line: z.number().int().min(1, 'must be a 1-based line number'),
	quote: text(600).refine(
		(q) => q.replace(/\s+/g, '').length >= MIN_QUOTE_CHARS && /[\p{L}\p{N}]/u.test(q),
		`is too short to identify a passage: quote at least ${MIN_QUOTE_CHARS} characters (a few words)`
	)
});
const citations = z.array(citationSchema).min(1, 'every record needs at least one citation');

export const countrySchema = z.strictObject({
	code: placeCode,
	name: text(80),
	/** The name in each of the site's other languages, curated (CLDR's names are a start, not the answer). */
	names: z
		.partialRecord(z.enum(otherLocales), text(80))
		.refine(
			(n) => otherLocales.every((l) => n[l]),
			`must name the place in every language of the site: ${otherLocales.join(', ')}`
		),
	kind: z.enum(['country', 'territory', 'group']),
	/** gms: in the Greater Mekong Subregion; destination: a destination beyond it; other: named, not central. */
	role: z.enum(['gms', 'destination', 'other']),
	aliases: z.array(text(80)),
	/** [longitude, latitude] where flow lines start and end; null for groups that are not one place. */
	anchor: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).nullable(),
	/** The ISO 3166 numeric code used by Natural Earth / world-atlas, to join with the boundaries. */
	iso_numeric: z
		.string()
		.regex(/^\d{3}$/)
		.nullable()
});

const year = z
	.number()
	.int('must be a whole year')
	.min(1990, 'must be between 1990 and 2030')
	.max(2030, 'must be between 1990 and 2030');

const isCount = (m: string) => (countMeasures as readonly string[]).includes(m);
const isMoney = (m: string) => (moneyMeasures as readonly string[]).includes(m);
const isCurrency = (u: string) => (currencies as readonly string[]).includes(u);

export const figureSchema = z
	.strictObject({
		id,
		origin: placeCode,
		destination: placeCode,
		year,
		as_of: text(60).nullable(),
		value: z
			.number()
			.finite()
			.nonnegative('must not be negative (a fall is described in words, not as a negative count)'),
		value_high: z.number().finite().nonnegative('must not be negative').nullable(),
		qualifier: z.enum(qualifiers),
		unit: z.enum(units),
		unit_per: z.enum(['day', 'month', 'year', 'person']).nullable(),
		measure: z.enum(measures),
		/** everyone in the corridor and measure (all), or only part of them (subset, said in scope_note). */
		scope: z.enum(scopes),
		scope_note: text(120).nullable(),
		/** point: a stock at a date; year: within that year; cumulative: a running total; unstated. */
		period: z.enum(periods),
		/** For a running total: where it starts, as printed; else null. */
		since: text(60).nullable(),
		/** The printed words where a number is given only as a multiple of `value` ("about four times higher than"). */
		multiplier: text(60).nullable(),
		description: text(400),
		citations
	})
	.check((ctx) => {
		const f = ctx.value;
		if (f.value_high !== null && f.value_high < f.value)
			flag(
				ctx,
				['value_high'],
				`is ${f.value_high}, below value ${f.value}`,
				'value is the low end of a range and value_high the high end: swap them'
			);
		if ((f.qualifier === 'range') !== (f.value_high !== null))
			flag(
				ctx,
				['qualifier'],
				f.qualifier === 'range'
					? 'is "range" but value_high is null'
					: `is "${f.qualifier}" but value_high is set`,
				'a printed range has qualifier "range" and both value and value_high; anything else has value_high null'
			);
		if ((f.scope === 'subset') !== (f.scope_note !== null))
			flag(
				ctx,
				['scope_note'],
				f.scope === 'subset'
					? 'is missing: a subset must say which part it counts'
					: 'must be null when scope is "all"',
				'write in scope_note who the figure covers ("undocumented workers only", "Ruili city only"), or set scope to "all"'
			);
		if (f.since !== null && f.period !== 'cumulative')
			flag(
				ctx,
				['since'],
				`is set but period is "${f.period}"`,
				'only a running total (period "cumulative") has a start: set since to null'
			);
		if (isCount(f.measure) && f.unit !== 'people')
			flag(
				ctx,
				['unit'],
				`is "${f.unit}" but measure "${f.measure}" counts people`,
				'a count measure has unit "people"; a percentage is measure "share", a count of agencies or cases is "other"'
			);
		if ((f.measure === 'share') !== (f.unit === 'percent'))
			flag(
				ctx,
				[f.measure === 'share' ? 'unit' : 'measure'],
				f.measure === 'share'
					? `is "${f.unit}" but a share is a percentage`
					: `is "${f.measure}" but the unit is percent`,
				'percentages are measure "share" with unit "percent"; the description says of what'
			);
		if (isMoney(f.measure) && !isCurrency(f.unit))
			flag(
				ctx,
				['unit'],
				`is "${f.unit}" but measure "${f.measure}" is money`,
				'use the currency code as printed (USD, THB, ...); a ratio or a count is measure "other"'
			);
		if (f.unit_per !== null && !isMoney(f.measure) && f.measure !== 'other')
			flag(
				ctx,
				['unit_per'],
				`is "${f.unit_per}" on measure "${f.measure}"`,
				'only money (cost, wage, remittance) or "other" figures are per day, month, year or person'
			);
	});

/** Two records that look alike but are two things: the validator's duplicate check then leaves them be. */
const distinctFrom = z
	.array(z.strictObject({ id, why: text(300) }))
	.min(1)
	.optional();

export const agreementSchema = z.strictObject({
	id,
	title: text(300),
	type: z.enum(agreementTypes),
	parties: z.array(placeCode).min(1),
	date: partialDate.nullable(),
	subject: text(400),
	distinct_from: distinctFrom,
	citations
});

export const policySchema = z.strictObject({
	id,
	country: placeCode,
	title: text(300),
	date: partialDate.nullable(),
	kind: z.enum(policyKinds),
	summary: text(400),
	distinct_from: distinctFrom,
	citations
});

export const membershipSchema = z.strictObject({
	report_year: z.union([z.literal(2016), z.literal(2019)]),
	/** member and steering_committee are network membership; supporter is a funder named in that report. */
	role: z.enum(networkRoles)
});
export const organisationSchema = z.strictObject({
	id,
	name: text(200),
	acronym: text(40).nullable(),
	country: placeCode,
	kind: z.enum(organisationKinds),
	memberships: z.array(membershipSchema),
	distinct_from: distinctFrom,
	citations
});

export const eventSchema = z
	.strictObject({
		id,
		title: text(300),
		date: partialDate.nullable(),
		end_date: partialDate.nullable(),
		city: text(80).nullable(),
		country: placeCode.nullable(),
		citations
	})
	.check((ctx) => {
		const e = ctx.value;
		if (e.end_date !== null && (e.date === null || e.end_date < e.date))
			flag(
				ctx,
				['end_date'],
				e.date === null ? 'is set but date is null' : `is ${e.end_date}, before the start ${e.date}`,
				'end_date is the last day of an event that starts on date: correct the order or the year'
			);
	});

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Policy = z.infer<typeof policySchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Measure = (typeof measures)[number];
export type Qualifier = (typeof qualifiers)[number];
export type Period = (typeof periods)[number];

/** The record files, one per kind, and the schema each is validated with. */
export const recordKinds = {
	figures: figureSchema,
	agreements: agreementSchema,
	policies: policySchema,
	organisations: organisationSchema,
	events: eventSchema
	// The same kinds as placeFields (in enums.ts, so that the client's CSV export needs no zod).
} as const satisfies Record<keyof typeof placeFields, z.ZodType>;
export type RecordKind = keyof typeof recordKinds;

/** "KHM-THA": origin and destination place codes. */
export const corridorKeySchema = z
	.string()
	.regex(/^[A-Z]{3}-[A-Z]{3}$/, 'must be ORIGIN-DESTINATION codes, e.g. KHM-THA');

/** Where a presentation step points the map: explicit bounds, a country, or a corridor. */
export const frameSchema = z.union([
	z.strictObject({
		bounds: z.tuple([
			z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
			z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)])
		])
	}),
	z.strictObject({ country: placeCode }),
	z.strictObject({ corridor: corridorKeySchema })
]);

const stepHeading = text(90);
const stepCaption = text(320).refine(
	(s) => s.length <= 320,
	'one or two sentences (at most 320 characters) so it reads from the back of a room'
);
const stepNotes = text(2000).nullable();

/**
 * A step's words in another of the site's languages. A language may be missing for some steps: the
 * slide then shows that step in English and says so. Notes may be left out where only the English has them.
 */
const stepTranslationSchema = z.strictObject({
	heading: stepHeading,
	caption: stepCaption,
	notes: stepNotes.optional()
});

export const presentationStepSchema = z.strictObject({
	heading: stepHeading,
	caption: stepCaption,
	year,
	measure: z.enum(measures),
	frame: frameSchema,
	highlight: z.strictObject({ corridors: z.array(corridorKeySchema), countries: z.array(placeCode) }),
	/** A figure id, shown large with its source: it must stand for its corridor in the step's year and measure. */
	figure: id.nullable(),
	notes: stepNotes,
	/** The step in the site's other languages (heading, caption and notes), keyed by locale: "km", "zh-hans". */
	translations: z.partialRecord(z.enum(otherLocales), stepTranslationSchema).default({})
});

export const presentationSchema = z.strictObject({
	id,
	title: text(120),
	description: text(400),
	/** The deck's title and description in the site's other languages, keyed by locale. */
	translations: z
		.partialRecord(z.enum(otherLocales), z.strictObject({ title: text(120), description: text(400) }))
		.default({}),
	steps: z.array(presentationStepSchema).min(1)
});

export type Presentation = z.infer<typeof presentationSchema>;
export type PresentationStep = z.infer<typeof presentationStepSchema>;
