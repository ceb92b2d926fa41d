/**
 * The vocabularies of the data model, as plain constants: the client imports these without zod
 * (which stays on the server, where validation happens).
 */
export const measures = [
	'stock',
	'registered_workers',
	'mou_deployments',
	'nationality_verification',
	'departures',
	'returns_deportations',
	'quota_target',
	'share',
	'cost',
	'wage',
	'remittance',
	'other'
] as const;

export const qualifiers = [
	'exact',
	'approximately',
	'more_than',
	'at_least',
	'nearly',
	'up_to',
	'less_than',
	'range'
] as const;

export const currencies = ['USD', 'THB', 'MMK', 'KHR', 'LAK', 'VND', 'MYR', 'KRW', 'JPY'] as const;

export const units = ['people', 'cases', 'households', 'percent', ...currencies, 'other'] as const;

export const agreementTypes = [
	'MOU',
	'MOC',
	'bilateral_agreement',
	'asean_instrument',
	'regional_instrument',
	'international_convention',
	'joint_statement',
	'other'
] as const;

export const policyKinds = [
	'law',
	'decree',
	'sub_decree',
	'prakas',
	'royal_ordinance',
	'regulation',
	'registration_scheme',
	'verification_scheme',
	'ban',
	'programme',
	'strategy',
	'action_plan',
	'other'
] as const;

export const organisationKinds = [
	'ngo',
	'union',
	'government',
	'un_agency',
	'intergovernmental',
	'network',
	'academic',
	'employer',
	'other'
] as const;

export const sourceKinds = ['annual_report', 'proceedings', 'minutes', 'statement'] as const;

/** Measures that count people: their unit is always `people`, and only they can size a corridor line. */
export const countMeasures = [
	'stock',
	'registered_workers',
	'mou_deployments',
	'nationality_verification',
	'departures',
	'returns_deportations',
	'quota_target'
] as const;

/** Measures of money: their unit is a currency. */
export const moneyMeasures = ['cost', 'wage', 'remittance'] as const;

/** What a figure covers: everyone in its corridor and measure, or only part of them (said in scope_note). */
export const scopes = ['all', 'subset'] as const;

/**
 * When a figure counts: a stock at a date (point), what happened within one year (year), a running total
 * over several years (cumulative), or the document does not say (unstated).
 */
export const periods = ['point', 'year', 'cumulative', 'unstated'] as const;

/** An organisation's place in the network, by annual report: members, steering committee, supporters. */
export const networkRoles = ['member', 'steering_committee', 'supporter'] as const;

/** Fields of each kind of record that hold place codes: checked against data/countries.json, named in CSV exports. */
export const placeFields: Record<
	'figures' | 'agreements' | 'policies' | 'organisations' | 'events',
	string[]
> = {
	figures: ['origin', 'destination'],
	agreements: ['parties'],
	policies: ['country'],
	organisations: ['country'],
	events: ['country']
};
