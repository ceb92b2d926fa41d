import { inEveryLocale } from '$lib/i18n/locales';

/** This page in every language. */
export const entries = () => inEveryLocale();
