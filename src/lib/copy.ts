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
	navPresent: 'Presentations',
	footerSources: 'Sources and data',
	footerNote:
		'All figures, agreements, policies and organisations come from five documents of the Mekong Migration Network, cited by line.',
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
	map: {
		yearLabel: 'Year',
		previousYear: 'Previous year',
		nextYear: 'Next year',
		play: 'Play through the years',
		pause: 'Pause',
		measureLabel: 'Line width shows',
		earlierLabel: 'Show latest earlier figure',
		earlierHint: 'Corridors with no figure this year, drawn dashed with the year of their latest figure.',
		fitAll: 'Fit all corridors',
		resetView: 'Back to the Mekong',
		legendHeading: 'Legend',
		legendMeasure: (measure: string, year: number) => `${measure}, ${year}`,
		legendDefault: 'the measure with the most corridors this year',
		legendChosen: 'chosen by you',
		legendWidth: 'Line width: cited figure',
		legendColour: 'Colour: country of origin',
		legendDashed: (year: number) => `Dashed: latest figure before ${year}, labelled with its year`,
		noLines: (year: number) => `No corridor has a figure of this kind for ${year}.`,
		flowsGroup: 'Corridor lines',
		flowName: (from: string, to: string, year: number, value: string, noun: string, source: string) =>
			`${from} to ${to}, ${year}: ${value} ${noun}, ${source}`.replace(/\s+,/g, ','),
		carriedName: (year: number) => ` (latest figure, from ${year})`,
		offscreen: (name: string) => `to ${name}`,
		countryButton: (name: string) => `${name}: show country panel`,
		tableCaption: (measure: string, year: number) => `Corridor lines drawn: ${measure}, ${year}`,
		tableCorridor: 'Corridor',
		tableValue: 'Figure',
		tableYear: 'Year',
		tableSource: 'Source',
		moreFigures: (n: number) =>
			`${n} more figure${n === 1 ? '' : 's'} of this kind for this corridor-year, listed in the panel.`,
		asOf: 'As of',
		fallbackNotice:
			'Showing a simplified map: this browser cannot draw the interactive map (WebGL2 is unavailable).',
		contextLost:
			'The interactive map stopped drawing (its graphics context was lost), so a simplified map is shown.',
		mapError: 'The map could not be loaded; a simplified map is shown instead.'
	},
	panel: {
		close: 'Close panel',
		corridorHeading: (from: string, to: string) => `${from} to ${to}`,
		allFigures: 'All cited figures for this corridor, by measure',
		noFigures: 'No figures.',
		openProfile: (name: string) => `Country profile: ${name}`,
		corridorsFrom: 'Corridors from here',
		corridorsTo: 'Corridors to here',
		line: (n: number) => `line ${n}`
	},
	citeThis: 'Cite this page:',
	citation: (title: string, url: string, release: string) =>
		`Mekong Migration Corridors, “${title}”, ${url} (data release of ${release}). Figures as cited from documents of the Mekong Migration Network.`,
	profile: {
		title: (name: string) => `${name}: migration corridors, policies and agreements`,
		description: (name: string, policies: number, agreements: number, members: number) =>
			`${name} in the Mekong Migration Corridors: corridors with cited figures, ${policies} policies, ${agreements} agreements and ${members} member organisations of the Mekong Migration Network, each with its source.`,
		roles: { origin: 'country of origin', destination: 'country of destination' },
		rolesLine: (roles: string[]) => `In the cited figures: ${roles.join(' and ')}.`,
		noRole: 'Named in the documents; no corridor figures.',
		headline: 'Headline corridors',
		corridors: 'Corridors',
		corridorsIntro: 'Every corridor from or to this country, with its latest cited figure of each kind.',
		policies: 'Policies',
		policiesIntro: 'Laws, decrees, schemes and programmes, by date; undated ones last.',
		undated: 'undated',
		agreements: 'Agreements',
		agreementsIntro: 'MOUs, MOCs and other instruments this country is party to.',
		members: 'Member organisations',
		membersIntro:
			'Members of the Mekong Migration Network in this country, as listed in the annual reports of 2016 and 2019.',
		memberYear: (year: number) => `In ${year}`,
		notListed: 'not listed',
		otherOrganisations: 'Other organisations named',
		events: 'Events',
		none: 'None in the documents.',
		withParties: 'Parties:',
		openFullProfile: (name: string) => `Full profile of ${name}`,
		loading: 'Loading the country’s policies, agreements and organisations…',
		loadFailed: 'The country details could not be loaded. The full profile page has them.'
	},
	corridorPage: {
		title: (from: string, to: string) => `${from} to ${to}: cited migration figures`,
		description: (from: string, to: string, n: number) =>
			`All ${n} cited figures for the migration corridor from ${from} to ${to}, by measure and year, with the agreements between the two and the source of every number.`,
		figures: 'Figures by measure',
		disagree: 'Different figures for the same year are shown side by side, not averaged.',
		chartLabel: (measure: string) => `Chart: ${measure} by year`,
		agreements: 'Agreements between the two'
	},
	sourcePage: {
		title: (title: string) => title,
		description: (title: string, n: number) =>
			`The ${n} records taken from “${title}”, grouped by kind, each with its line and quote.`,
		file: 'Text file',
		published: 'Published',
		from: 'Taken from this document'
	},
	search: {
		label: 'Search countries, organisations, agreements and policies',
		placeholder: 'Search: country, organisation, MOU…',
		noResults: 'No match',
		results: (n: number) => `${n} result${n === 1 ? '' : 's'}`,
		kinds: { country: 'Country', organisation: 'Organisation', agreement: 'Agreement', policy: 'Policy' }
	},
	share: {
		share: 'Share',
		embed: 'Embed',
		close: 'Close',
		shareHeading: 'Share this view',
		shareIntro: 'This link opens the map exactly as you see it now: year, measure, selection and map area.',
		linkLabel: 'Link to this view',
		copy: 'Copy link',
		copied: 'Copied to the clipboard.',
		copyFailed: 'Could not copy automatically: the link is selected, press Ctrl+C (or ⌘C) to copy it.',
		embedHeading: 'Embed this view on your website',
		embedIntro:
			'Paste one snippet into your page. The responsive one sizes itself to its content (Pym.js, used by many newsroom sites); the fixed-height one works on sites that run no scripts.',
		responsive: 'Responsive (sizes itself)',
		fixed: 'Fixed height (no script)',
		showControls: 'Show the year and measure controls in the embed',
		preview: 'Preview',
		copySnippet: 'Copy snippet',
		iframeTitle: (title: string) => `${title} (Mekong Migration Corridors)`
	},
	download: {
		heading: 'Download this view',
		csv: 'Figures (CSV)',
		json: 'Figures (JSON)',
		slide: 'Image, slide size (PNG 1920×1080)',
		window: 'Image, window size (PNG)',
		full: 'Full dataset',
		working: 'Preparing the image…',
		failed: 'The image could not be made in this browser.',
		sourcesLine: (titles: string[], url: string) =>
			`Sources: ${titles.join('; ')}. Mekong Migration Corridors, ${url}`
	},
	embedPage: {
		openFull: 'Open full view',
		sourceLine: 'Figures cited from documents of the Mekong Migration Network.'
	},
	present: {
		listTitle: 'Workshop presentations',
		listIntro:
			'Prepared views of the corridors for workshops, stepped with a keyboard or a presentation clicker. Every number shown comes from the dataset, with its source on screen.',
		steps: (n: number) => `${n} steps`,
		open: 'Present',
		openNotes: 'Speaker view',
		keysHelp:
			'Next: → ↓ Page Down Space Enter · Back: ← ↑ Page Up Backspace · First/last: Home/End · F: full screen',
		progress: (n: number, total: number) => `Step ${n} of ${total}`,
		previous: 'Previous step',
		next: 'Next step',
		source: 'Source:',
		mapShows: (measure: string, year: number) => `Lines on the map: ${measure}, ${year}`,
		notesTitle: (title: string) => `Speaker view: ${title}`,
		notes: 'Notes',
		noNotes: 'No notes for this step.',
		nextUp: 'Next:',
		lastStep: 'This is the last step.',
		clock: 'Time',
		elapsed: 'Elapsed'
	},
	notFoundHeading: 'Page not found',
	notFoundBody: 'There is no page at this address. Start again from the map.'
} as const;
