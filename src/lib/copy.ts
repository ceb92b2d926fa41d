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
	navLabel: 'Site',
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
		sources: 'Sources',
		lines: 'Map lines (the figure each corridor line shows, for every year and measure)'
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
		undrawnHeading: 'Corridors with figures but no line in this view:',
		undrawnPart: (from: string, to: string, year: number, part: string) =>
			`${from} to ${to}: no total in ${year}, only a figure that covers part of it (${part}).`,
		undrawnLatest: (from: string, to: string, year: number, value: string, latestYear: number) =>
			`${from} to ${to}: no total in ${year}; latest ${value}, ${latestYear}.`,
		undrawnPartAndLatest: (
			from: string,
			to: string,
			year: number,
			part: string,
			value: string,
			latestYear: number
		) =>
			`${from} to ${to}: no total in ${year}, only a figure that covers part of it (${part}); latest total ${value}, ${latestYear}.`,
		showEarlier: 'Show the latest earlier figures',
		flowsGroup: 'Corridor lines',
		roleDescription: 'map',
		keysHelp:
			'Map of the corridors. Arrow keys move the map, + and - zoom; Tab reaches each line and country.',
		twoFingers: 'Use two fingers to move the map',
		flowName: (from: string, to: string, year: number, value: string, noun: string, source: string) =>
			`${from} to ${to}, ${year}: ${value} ${noun}, ${source}`.replace(/\s+,/g, ','),
		carriedName: (year: number) => ` (latest figure, from ${year})`,
		offscreen: (name: string) => `to ${name} →`,
		countryButton: (name: string) => `${name}: show country panel`,
		tableCaption: (measure: string, year: number) => `Corridor lines drawn: ${measure}, ${year}`,
		tableCorridor: 'Corridor',
		tableValue: 'Figure',
		tableYear: 'Year',
		tableSource: 'Source',
		moreFigures: (n: number) =>
			`${n} more figure${n === 1 ? '' : 's'} of this kind for this corridor-year (not drawn), listed in the panel.`,
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
		corridorPage: 'All figures on the corridor page',
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
		corridorsIntro:
			'Every corridor from or to this country, with the figure that stands for it in each measure: the latest year with a figure that covers the whole corridor.',
		standingLine: (measure: string, year: number, value: string, source: string) =>
			`${measure}, ${year}: ${value} (${source})`,
		otherFigures: (n: number) =>
			`${n} other figure${n === 1 ? '' : 's'} (earlier years, parts of the corridor, running totals, shares, money) on the corridor page`,
		headlineMeasure: (measure: string) => measure,
		headlineCard: (year: number, source: string) => `${year}, ${source}`,
		internal: 'Within the country',
		internalIntro:
			'Figures about people moving or displaced inside the country: not a corridor between countries.',
		supporters: 'Supporters of the network',
		supportersIntro:
			'Named as supporters (funders) of the Mekong Migration Network in its annual reports; not members.',
		supporterYears: (years: number[]) => `Supporter in ${years.join(' and ')}`,
		memberRoles: { member: 'member', steering_committee: 'steering committee' },
		changes: { joined: 'joined', left: 'no longer listed', both: 'listed both years' },
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
		summary: 'What the map draws',
		summaryIntro:
			'For each measure and year, the figure that covers the whole corridor and sizes its line on the map. Figures that count only part of the corridor, running totals and other numbers are listed below with what they cover.',
		noSummary:
			'No figure covers the whole corridor in any year, so the map draws no line for it. Every figure is listed below with what it covers.',
		reverse: (from: string, to: string) => `The other direction: ${from} to ${to}`,
		columns: {
			measure: 'Measure',
			year: 'Year',
			figure: 'Figure',
			counts: 'What it counts',
			source: 'Source'
		},
		disagree: 'Different figures for the same year are shown side by side, not averaged.',
		chartLabel: (measure: string) => `Chart: ${measure} by year`,
		barTitle: (value: string, source: string) => `${value}, ${source}`,
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
		elapsed: 'Elapsed',
		legendLabel: 'What the map shows',
		legendWidth: 'Line width:',
		legendColour: 'Colour: country of origin',
		noLines: (year: number) => `No corridor has a figure of this kind for ${year}, so no line is drawn.`
	},
	figure: {
		relative: (words: string, printed: string) => `${words} “${printed}”`,
		cumulative: 'running total',
		cumulativeSince: (since: string) => `running total since ${since}`,
		periodUnstated: 'period not stated',
		coverageList: (parts: string[]) => parts.join('; '),
		blockers: {
			'not-count': 'not a count of people',
			subset: 'counts only part of the corridor',
			period: 'not a count for a date or a year (a running total, or the period is not stated)',
			relative: 'printed only relative to another number',
			internal: 'within one country'
		},
		standsFor: 'Drawn on the map',
		notDrawn: 'Not drawn',
		measuresLink: 'What the measures mean'
	},
	measuresPage: {
		title: 'What the figures count: measures, scope and period',
		description:
			'Plain definitions of every measure on the Mekong Migration Corridors map (stock, registered workers, MOU deployments, nationality verification and more), what a figure covers, and why measures are never added together.',
		intro:
			'Every number on this site is quoted from a document of the Mekong Migration Network. Numbers count different things, over different spans of time, and often only part of the people in a corridor. This page says what each kind of figure means, so that figures are compared only where they can be.',
		measuresHeading: 'Measures',
		measures: {
			stock:
				'How many migrants from one country live or work in another at a date, whatever their status: “an estimated 3 million Myanmar migrants in Thailand”. Estimates of this kind usually include undocumented people and are the widest count of a corridor.',
			registered_workers:
				'Migrants who hold a registration, a work permit or another legal status in the destination at a date: for Thailand, the workers in its three categories (recruited under an MOU, registered in Thailand, and seasonal workers with a border pass). Undocumented migrants are not in it, so it is smaller than the stock.',
			mou_deployments:
				'Workers recruited and sent through the government-to-government channel set up by a Memorandum of Understanding, such as those between Thailand and Cambodia, Lao PDR and Myanmar. The documents mostly give running totals since the channel opened; those are listed with their wording and never drawn as one year’s movement.',
			nationality_verification:
				'Migrants in Thailand who entered without documents can regularise their status when their country of origin verifies their nationality and issues a passport or certificate of identity. These figures count people who have completed that process or are going through it; each figure says which.',
			departures:
				'Workers who left their country for work abroad within a period: one year, or part of one (“from January to October 2019”).',
			returns_deportations:
				'People who returned, or were deported, to their country of origin. Their lines point home: from the country they left to the one they returned to.',
			quota_target: 'A cap, plan or target: how many workers may be hired or are planned to be sent.',
			share:
				'A percentage. Each share says what it is a share of (women among migrants abroad, migrants in a labour force); shares are listed, never drawn as lines.',
			cost: 'What migrating costs a worker: recruitment and documentation fees, in the currency printed.',
			wage: 'Wages earned by migrant workers, or minimum wages in a destination, in the currency printed.',
			remittance:
				'Money migrants actually sent home. Limits on transfers, deposits and projected revenues are not remittances; they are listed as other figures.',
			other:
				'Everything else the documents count: agencies, attachés, cases, ages, people affected by one event. Listed with their sources, never drawn.'
		},
		scopeHeading: 'What a figure covers',
		scopes: {
			all: 'The figure covers everyone in the corridor for its measure (all Myanmar migrants in Thailand; all registered Cambodian workers in Thailand). Only these figures size a line on the map or a headline on a country page.',
			subset:
				'The figure counts only part of the corridor: undocumented workers only, one sector (domestic work, fishing), one scheme (technical interns), one town or province, one route. It is shown with what it covers (“undocumented domestic workers only”) beside the total, never instead of it.'
		},
		periodHeading: 'When a figure counts',
		periods: {
			point: 'A count at a date: how many there were “as of September 2019”.',
			year: 'What happened within one year, or part of one: departures in 2019, deportations in 2016.',
			cumulative:
				'A running total over several years, often since a scheme began. It is shown with its wording, never as one year’s movement.',
			unstated:
				'The document does not say over what time the number counts. Such figures are listed, not drawn.'
		},
		addingHeading: 'Why measures are never added together',
		adding:
			'The same person can be in several counts at once: a worker recruited under an MOU is also a registered worker and part of the stock of migrants; a worker who completed nationality verification is registered too. Adding measures counts people twice. Where a corridor has several figures for a year, the map draws one measure at a time, and two documents that disagree are both shown, side by side, not averaged.',
		ruleHeading: 'Which figure the map draws',
		rule: 'For each corridor, year and measure, the line is drawn from a figure that covers the whole corridor, counts people at a date (or within the year, for departures, deployments and returns), and prints its number. Where several qualify, the most recent date wins (“September 2019” before “June 2019”), then the more recently published document. Corridors that have figures but none of this kind are listed under the map’s legend, with their latest earlier figure.',
		directionHeading: 'Which way the arrows point',
		direction:
			'An arrow points the way people moved: from the country of origin to the destination, and for returns and deportations, back home.',
		termLabels: {
			all: 'Whole corridor',
			subset: 'Part of the corridor',
			point: 'At a date',
			year: 'Within a year',
			cumulative: 'Running total',
			unstated: 'Period not stated'
		}
	},
	notFoundHeading: 'Page not found',
	notFoundBody: 'There is no page at this address. Start again from the map.'
} as const;
