/**
 * Reading pages (a profile, a corridor, the sources, the measures) are read, not played with: they are
 * prerendered whole and do not start the app, so a phone does not hydrate thousands of nodes to show
 * text. Their one script (src/lib/reading/main.ts) works the search and the Share and Embed dialogs.
 * The benchmark builds them hydrated as well (MMC_HYDRATE_READING=1), to measure what this saves.
 */
export const csr = __HYDRATE_READING__;
