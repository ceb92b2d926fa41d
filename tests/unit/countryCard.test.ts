import { describe, expect, it } from 'vitest';
import { CARD_MEASURES, countryCard } from '$lib/data/countryCard';
import { countryProfile, headlines, type Records } from '$lib/data/profile';
import { fig, org, publications } from '../fixtures';

const records: Records = {
	figures: [
		fig({ id: 'kt-reg', origin: 'KHM', destination: 'THA', value: 686429, measure: 'registered_workers' }),
		fig({ id: 'km-reg', origin: 'KHM', destination: 'MYS', value: 1000, measure: 'registered_workers' }),
		fig({ id: 'kt-stock', origin: 'KHM', destination: 'THA', value: 900000, measure: 'stock' }),
		// A subset never stands for the corridor, however large.
		fig({ id: 'kt-sub', value: 5e6, measure: 'stock', scope: 'subset', scope_note: 'one province only' }),
		fig({ id: 'vk', origin: 'VNM', destination: 'KHM', value: 50, measure: 'stock' })
	],
	agreements: [
		{
			id: 'a1',
			title: 'MOU',
			type: 'MOU',
			parties: ['KHM', 'THA'],
			date: '2015',
			subject: 'x',
			citations: [{ source: 'new', line: 1, quote: 'q' }]
		}
	],
	policies: [],
	organisations: [org('o1', 'KHM', [{ report_year: 2019, role: 'member' }])],
	events: []
};

describe('countryCard(profile)', () => {
	const profile = countryProfile('KHM', records, publications);
	const card = countryCard(profile);

	it('countryCard(profile) keeps the largest standing figure of each measure, by the profile’s rule', () => {
		expect(card.headlines.map((g) => [g.measure, g.cards.map((c) => c.figure.id)])).toEqual([
			['stock', ['kt-stock']],
			['registered_workers', ['kt-reg']]
		]);
		// The same figures as the profile's own headline cards, cut to one per measure.
		expect(card.headlines.map((g) => g.cards[0]!.figure.id)).toEqual(
			profile.headlines.map((g) => g.cards[0]!.figure.id)
		);
	});

	it('countryCard(profile) lists where its corridors lead and come from, and counts the records', () => {
		expect(card.destinations).toEqual(['MYS', 'THA']);
		expect(card.origins).toEqual(['VNM']);
		expect(card.counts).toEqual({ policies: 0, agreements: 1, members: 1 });
	});

	it('countryCard(profile) of a place with no figures has no headlines and no corridors', () => {
		const empty = countryCard(countryProfile('SGP', records, publications));
		expect(empty).toEqual({
			code: 'SGP',
			headlines: [],
			destinations: [],
			origins: [],
			counts: { policies: 0, agreements: 0, members: 0 }
		});
	});

	it('headlines(corridors, cards, measures) cuts to at most that many', () => {
		const corridors = [...profile.corridorsOut, ...profile.corridorsIn];
		expect(headlines(corridors, 1, 1).map((g) => g.cards.length)).toEqual([1]);
		expect(headlines(corridors, 2, CARD_MEASURES).flatMap((g) => g.cards.map((c) => c.figure.id))).toEqual([
			'kt-stock',
			'vk',
			'kt-reg',
			'km-reg'
		]);
	});
});
