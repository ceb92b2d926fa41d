/**
 * The dataset's shape, in one place. Types are inferred from these schemas (never written twice).
 * Field names are a public contract: the /data/*.json exports carry them as they are.
 */
import { z } from 'zod';
import { agreementTypes, measures, organisationKinds, policyKinds, qualifiers, sourceKinds, units } from './enums';

export { agreementTypes, measures, organisationKinds, policyKinds, qualifiers, sourceKinds, units };


/** Partial ISO date as precise as the document prints it: 2016, 2016-06 or 2016-06-24. */
export const partialDate = z
	.string()
	.regex(
		/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
		'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD'
	);

const id = z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes');
/** ISO 3166 alpha-3, or one of our X.. group codes; checked against data/countries.json separately. */
export const placeCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter code from data/countries.json');

export const sourceSchema = z.strictObject({
	id,
	title: z.string().min(1),
	short_title: z.string().min(1),
	producer: z.string().min(1),
	date_published: partialDate,
	date_note: z.string().nullable(),
	kind: z.enum(sourceKinds),
	report_year: z.number().int().nullable(),
	file: z.string().regex(/^[\w.-]+\.txt$/, 'must be the text file name in the seeds folder'),
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
	url: z.url().nullable()
});

export const citationSchema = z.strictObject({
	source: id,
	line: z.number().int().min(1, 'must be a 1-based line number'),
	quote: z.string().min(6, 'must quote the passage verbatim (at least a few words)')
});
const citations = z.array(citationSchema).min(1, 'every record needs at least one citation');

export const countrySchema = z.strictObject({
	code: placeCode,
	name: z.string().min(1),
	kind: z.enum(['country', 'territory', 'group']),
	/** gms: in the Greater Mekong Subregion; destination: a destination beyond it; other: named, not central. */
	role: z.enum(['gms', 'destination', 'other']),
	aliases: z.array(z.string()),
	/** [longitude, latitude] where flow lines start and end; null for groups that are not one place. */
	anchor: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).nullable(),
	/** The ISO 3166 numeric code used by Natural Earth / world-atlas, to join with the boundaries. */
	iso_numeric: z.string().regex(/^\d{3}$/).nullable()
});


const year = z
	.number()
	.int('must be a whole year')
	.min(1990, 'must be between 1990 and 2030')
	.max(2030, 'must be between 1990 and 2030');

export const figureSchema = z.strictObject({
	id,
	origin: placeCode,
	destination: placeCode,
	year,
	as_of: z.string().min(1).nullable(),
	value: z.number().finite(),
	value_high: z.number().finite().nullable(),
	qualifier: z.enum(qualifiers),
	unit: z.enum(units),
	unit_per: z.enum(['day', 'month', 'year', 'person']).nullable(),
	measure: z.enum(measures),
	description: z.string().min(1),
	citations
});

export const agreementSchema = z.strictObject({
	id,
	title: z.string().min(1),
	type: z.enum(agreementTypes),
	parties: z.array(placeCode).min(1),
	date: partialDate.nullable(),
	subject: z.string().min(1),
	citations
});

export const policySchema = z.strictObject({
	id,
	country: placeCode,
	title: z.string().min(1),
	date: partialDate.nullable(),
	kind: z.enum(policyKinds),
	summary: z.string().min(1),
	citations
});

export const membershipSchema = z.strictObject({
	report_year: z.union([z.literal(2016), z.literal(2019)]),
	role: z.enum(['member', 'steering_committee'])
});
export const organisationSchema = z.strictObject({
	id,
	name: z.string().min(1),
	acronym: z.string().min(1).nullable(),
	country: placeCode,
	kind: z.enum(organisationKinds),
	memberships: z.array(membershipSchema),
	citations
});

export const eventSchema = z.strictObject({
	id,
	title: z.string().min(1),
	date: partialDate.nullable(),
	end_date: partialDate.nullable(),
	city: z.string().min(1).nullable(),
	country: placeCode.nullable(),
	citations
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

/** The record files, one per kind, and the schema each is validated with. */
export const recordKinds = {
	figures: figureSchema,
	agreements: agreementSchema,
	policies: policySchema,
	organisations: organisationSchema,
	events: eventSchema
} as const;
export type RecordKind = keyof typeof recordKinds;

/** "KHM-THA": origin and destination place codes. */
export const corridorKeySchema = z.string().regex(/^[A-Z]{3}-[A-Z]{3}$/, 'must be ORIGIN-DESTINATION codes, e.g. KHM-THA');

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

export const presentationStepSchema = z.strictObject({
	heading: z.string().min(1).max(90),
	caption: z.string().min(1).max(320, 'one or two sentences (at most 320 characters) so it reads from the back of a room'),
	year,
	measure: z.enum(measures),
	frame: frameSchema,
	highlight: z.strictObject({ corridors: z.array(corridorKeySchema), countries: z.array(placeCode) }),
	/** A figure id, shown large with its source. */
	figure: id.nullable(),
	notes: z.string().nullable()
});

export const presentationSchema = z.strictObject({
	id,
	title: z.string().min(1),
	description: z.string().min(1),
	steps: z.array(presentationStepSchema).min(1)
});

export type Presentation = z.infer<typeof presentationSchema>;
export type PresentationStep = z.infer<typeof presentationStepSchema>;
