import type { ParamMatcher } from '@sveltejs/kit';
import { baseLocale, isLocale } from '$lib/i18n/locales';

/** A language prefix of the URL: /th/, /km/, ... (English has none). */
export const match: ParamMatcher = (param) => isLocale(param) && param !== baseLocale;
