import { inEveryLocale } from '$lib/i18n/locales';
import { error } from '@sveltejs/kit';
import { corridorFigures } from '$lib/data/grouping';
import { agreementsBetween, corridorPairs } from '$lib/data/profile';
import { getDataset, localeOf, lookups } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	inEveryLocale(corridorPairs(getDataset().records.figures).map(([o, d]) => ({ pair: `${o}-${d}` })));

export function load({ params }) {
	const d = getDataset();
	const [origin, destination] = params.pair.split('-');
	const figures = origin && destination ? corridorFigures(d.records.figures, origin, destination) : [];
	if (!figures.length) error(404, `No corridor ${params.pair} in the data`);
	const profiles = new Set(d.countries.filter((c) => c.kind !== 'group').map((c) => c.code));
	const reverse = corridorFigures(d.records.figures, destination!, origin!).length > 0;
	return {
		origin: origin!,
		reverse,
		publications: d.sources.map(({ id, date_published }) => ({ id, date_published })),
		destination: destination!,
		figures,
		agreements: agreementsBetween(d.records.agreements, origin!, destination!),
		/** Group codes (abroad, various) have no profile page to link to; a movement within one country
		 * (MMR-MMR) links its profile once. */
		linkable: [...new Set([origin!, destination!])].filter((c) => profiles.has(c)),
		lookups: lookups(d, localeOf(params)),
		sourceShort: Object.fromEntries(d.sources.map((s) => [s.id, s.short_title]))
	};
}
