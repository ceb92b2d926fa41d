/**
 * A presentation in one of the site's languages. The deck file holds every language (data/presentations/,
 * `translations` per deck and per step); a page gets only its own, so its payload carries one language.
 * A step without a translation stays whole in English (heading, caption, notes never mixed) and says so:
 * `lang` is the language its words are in, and the slide marks a step whose `lang` is not the page's.
 */
import { baseLocale, type Locale } from '$lib/i18n/locales';
import type { Presentation, PresentationStep } from '$lib/data/schema';

export type LocalisedStep = Omit<PresentationStep, 'translations'> & {
	/** The language of heading and caption: the page's, or English where the step is not translated. */
	lang: Locale;
	/** The language of the notes, which a translation may leave to the English. */
	notesLang: Locale;
};

export type LocalisedPresentation = Omit<Presentation, 'translations' | 'steps'> & {
	/** The language of title and description. */
	lang: Locale;
	steps: LocalisedStep[];
};

/** The translation for a locale; English is the deck's own words, never a translation. */
const translationIn = <T>(translations: Partial<Record<Exclude<Locale, 'en'>, T>>, locale: Locale) =>
	locale === 'en' ? undefined : translations[locale];

export function localiseStep(step: PresentationStep, locale: Locale): LocalisedStep {
	const { translations, ...rest } = step;
	const own = translationIn(translations, locale);
	if (!own) return { ...rest, lang: baseLocale, notesLang: baseLocale };
	const notes = own.notes === undefined ? rest.notes : own.notes;
	return {
		...rest,
		heading: own.heading,
		caption: own.caption,
		notes,
		lang: locale,
		notesLang: own.notes === undefined ? baseLocale : locale
	};
}

export function localisePresentation(presentation: Presentation, locale: Locale): LocalisedPresentation {
	const { translations, steps, ...rest } = presentation;
	const own = translationIn(translations, locale);
	return {
		...rest,
		...(own ?? {}),
		lang: own ? locale : baseLocale,
		steps: steps.map((s) => localiseStep(s, locale))
	};
}
