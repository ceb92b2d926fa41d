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

export const units = [
	'people',
	'cases',
	'households',
	'percent',
	'USD',
	'THB',
	'MMK',
	'KHR',
	'LAK',
	'VND',
	'MYR',
	'KRW',
	'JPY',
	'other'
] as const;

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
