/**
 * Wording of figures as the documents print them: bounds stay bounds ("more than 180,000"), ranges keep
 * both ends ("3 to 4 million"). Pure, so the map, the panels, the CSV and the tests say the same thing.
 */
import { copy } from '$lib/copy';
import type { Blocker } from './figureRule';
import type { Figure, Measure, Qualifier } from './schema';

const qualifierWords: Record<Exclude<Qualifier, 'exact' | 'range'>, string> = {
	approximately: 'about',
	more_than: 'more than',
	at_least: 'at least',
	nearly: 'nearly',
	up_to: 'up to',
	less_than: 'less than'
};

/** 686429 -> "686,429"; 3500000 -> "3.5 million"; 2800000000 -> "2.8 billion". */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const abs = Math.abs(value);
	const scaled = (n: number, word: string) =>
		`${Number((value / n).toFixed(2)).toLocaleString('en-GB')} ${word}`;
	if (abs >= 1e9 && value % 1e7 === 0) return scaled(1e9, 'billion');
	if (abs >= 1e6 && value % 1e4 === 0) return scaled(1e6, 'million');
	return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** "3 to 4 million" rather than "3 million to 4 million", where both ends share the scale word. */
function formatRange(low: number, high: number): string {
	const a = formatNumber(low);
	const b = formatNumber(high);
	const [aNum, aWord] = a.split(' ');
	const [, bWord] = b.split(' ');
	return aWord && aWord === bWord ? `${aNum} to ${b}` : `${a} to ${b}`;
}

const unitWords: Partial<Record<Figure['unit'], string>> = {
	percent: '%',
	people: '',
	cases: ' cases',
	households: ' households'
};

/**
 * The value with its qualifier and unit, as a reader should see it: "more than 180,000", "USD 140 per
 * month". A number printed only as a multiple of another keeps the printed words: "about four times
 * higher than “more than 180,000”", never the product.
 */
export function formatValue(
	f: Pick<Figure, 'value' | 'value_high' | 'qualifier' | 'unit' | 'unit_per'> & { multiplier?: string | null }
): string {
	const printed = formatPrinted(f);
	return f.multiplier ? copy.figure.relative(f.multiplier, printed) : printed;
}

function formatPrinted(f: Pick<Figure, 'value' | 'value_high' | 'qualifier' | 'unit' | 'unit_per'>): string {
	let number =
		f.qualifier === 'range' && f.value_high !== null
			? formatRange(f.value, f.value_high)
			: formatNumber(f.value);
	if (f.qualifier !== 'exact' && f.qualifier !== 'range') number = `${qualifierWords[f.qualifier]} ${number}`;
	const per = f.unit_per ? ` per ${f.unit_per}` : '';
	if (f.unit in unitWords) return `${number}${unitWords[f.unit]}${per}`;
	if (f.unit === 'other') return `${number}${per}`;
	return `${f.unit} ${number}${per}`.replace(
		/^(\w+) (about|more than|at least|nearly|up to|less than) /,
		'$2 $1 '
	);
}

export const measureLabels: Record<Measure, string> = {
	stock: 'Migrants living or working there (stock)',
	registered_workers: 'Registered or permitted workers',
	mou_deployments: 'Workers deployed under an MOU',
	nationality_verification: 'Nationality verification (completed or under way)',
	departures: 'Departures in a period',
	returns_deportations: 'Returns or deportations',
	quota_target: 'Quota or target',
	share: 'Shares (per cent)',
	cost: 'Costs',
	wage: 'Wages',
	remittance: 'Remittances',
	other: 'Other figures'
};

/** Short nouns for accessible names and tooltips: "686,429 registered workers". */
export const measureNouns: Record<Measure, string> = {
	stock: 'migrants',
	registered_workers: 'registered workers',
	mou_deployments: 'workers deployed under MOUs',
	nationality_verification: 'in nationality verification (completed or under way)',
	departures: 'departures',
	returns_deportations: 'returns or deportations',
	quota_target: 'quota or target',
	share: 'per cent',
	cost: 'cost',
	wage: 'wage',
	remittance: 'remittances',
	other: ''
};

/** A partial ISO date in words: 2016 -> "2016", 2016-06 -> "June 2016", 2016-06-24 -> "24 June 2016". */
export function formatDate(date: string | null): string {
	if (!date) return copy.profile.undated;
	const [y, m, d] = date.split('-');
	const month = m
		? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
		: '';
	return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}

/**
 * What a figure covers, when it is not simply everyone in its corridor at a date or in a year: the part
 * it counts ("undocumented domestic workers only"), a running total, an unstated period. Null when there
 * is nothing to say. Views print it beside the value, so a subset never reads as a total.
 */
export function coverage(f: Pick<Figure, 'scope' | 'scope_note' | 'period' | 'since'>): string | null {
	const parts = [
		f.scope === 'subset' && f.scope_note ? f.scope_note : null,
		f.period === 'cumulative'
			? f.since
				? copy.figure.cumulativeSince(f.since)
				: copy.figure.cumulative
			: null,
		f.period === 'unstated' ? copy.figure.periodUnstated : null
	].filter((p): p is string => p !== null);
	return parts.length ? copy.figure.coverageList(parts) : null;
}

/** Why a figure does not size its corridor's line, in words for the legend and the panels. */
export const blockerWords: Record<Blocker, string> = copy.figure.blockers;
