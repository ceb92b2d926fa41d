/**
 * What the compact country card (/embed/card/<ISO3>) holds, from the country's profile: its headline
 * figures by the profile's own rule (headlines(), so the figure that stands for a corridor is the one
 * figureRule.ts decides), cut to the largest corridor of each measure so the card stays short in a
 * narrow column; the places its corridors lead to and come from; and how many policies, agreements and
 * member organisations the full profile lists.
 */
import { headlines, type CountryProfile, type HeadlineGroup } from './profile';

/** Headline figures on the card: one per measure, at most three measures. */
export const CARD_CARDS_PER_MEASURE = 1;
export const CARD_MEASURES = 3;

export interface CountryCard {
	code: string;
	headlines: HeadlineGroup[];
	/** Destinations of the corridors from the country, and origins of those to it, in the profile's order. */
	destinations: string[];
	origins: string[];
	counts: { policies: number; agreements: number; members: number };
}

export function countryCard(p: CountryProfile): CountryCard {
	return {
		code: p.code,
		headlines: headlines([...p.corridorsOut, ...p.corridorsIn], CARD_CARDS_PER_MEASURE, CARD_MEASURES),
		destinations: p.corridorsOut.map((c) => c.destination),
		origins: p.corridorsIn.map((c) => c.origin),
		counts: { policies: p.policies.length, agreements: p.agreements.length, members: p.members.length }
	};
}
