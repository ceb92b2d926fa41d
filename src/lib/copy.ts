/**
 * Every user-facing string of the site, in one place, so that translation (Thai, Khmer, Lao, Burmese,
 * Vietnamese, Chinese) and wording reviews touch one module instead of the markup.
 */
export const copy = {
	siteTitle: 'Mekong Migration Corridors',
	siteTagline:
		'Labour-migration corridors of the Greater Mekong Subregion, with every figure cited to its source document.',
	siteIntro:
		'An interactive map of the corridors that migrant workers travel from Cambodia, Lao PDR, Myanmar, Viet Nam and China to Thailand, Malaysia, East Asia, the Gulf and beyond. Line widths are cited figures for the selected year; country panels list policies, agreements and the Mekong Migration Network’s member organisations, each with the sentence it was taken from.',
	skipToContent: 'Skip to content',
	navMap: 'Map',
	navSources: 'Sources',
	footerSources: 'Sources and data',
	footerNote:
		'All figures, agreements, policies and organisations come from five documents of the Mekong Migration Network, cited by line.',
	mapRegionLabel: 'Map of migration corridors',
	mapLoading: 'The map is loading. Everything it shows is also listed in the panel.',
	panelHeading: 'About this map',
	panelEmpty: 'Select a corridor or a country on the map to see its figures, policies and agreements here.',
	sourcesHeading: 'Sources',
	sourcesIntro:
		'Every record on this site is taken from one of these documents, with the line it came from and a verbatim quote.',
	sourcesTableCaption: 'Records taken from each source document, by kind',
	sourceColumn: 'Document',
	kindNames: {
		figures: 'Figures',
		agreements: 'Agreements',
		policies: 'Policies',
		organisations: 'Organisations',
		events: 'Events',
		sources: 'Sources'
	},
	downloadHeading: 'Download the data',
	downloadIntro:
		'The whole dataset, with a citation on every record. JSON files carry every citation; CSV files carry the first, with the source title, line and quote.',
	notFoundHeading: 'Page not found',
	notFoundBody: 'There is no page at this address. Start again from the map.'
} as const;
