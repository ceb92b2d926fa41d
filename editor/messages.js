/**
 * Every user-visible string of the editor, in one place: the page, the forms, the help for each choice,
 * the server's answers and the lines it adds to data/CHANGELOG.md. The server imports this module and
 * sends nothing else in words; the browser imports it as /messages.js.
 *
 * The plain definitions of measures, scopes and periods that readers see on the site's /measures page
 * (src/lib/copy.ts, measuresPage) are shown beside the data rules below; the rules repeat data/README.md.
 */

/** @param {number} n @param {string} one @param {string} [many] */
const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const messages = {
	appTitle: 'Data editor · Mekong Migration Corridors',
	appHeading: 'Data editor',
	appSubheading: 'Mekong Migration Corridors',
	nav: { documents: 'Documents', records: 'Records', decks: 'Workshop decks', changes: 'Changes' },
	loading: 'Loading…',
	offline: 'The editor is not answering. Is `npm run edit` still running in its terminal?',
	status: {
		valid: (/** @type {string} */ summary) => `The data is valid: ${summary}.`,
		invalid: (/** @type {number} */ n) =>
			`The data folder has ${plural(n, 'problem')} already (edited outside the editor). A save is refused only for new problems; fix these ones too.`,
		notes: 'Note',
		saved: (/** @type {string} */ what) => `Saved: ${what}. A line was added to data/CHANGELOG.md.`,
		nothingChanged: 'Nothing changed, so nothing was saved.',
		removed: (/** @type {string} */ what) => `Removed: ${what}. A line was added to data/CHANGELOG.md.`
	},

	documents: {
		heading: 'Documents',
		intro:
			'Every record comes from one of these documents and quotes it word for word. Open a document to see what is cited in it and what is left, and to cite more by selecting a passage.',
		add: 'Add a document',
		columns: {
			document: 'Document',
			kind: 'Kind',
			date: 'Published',
			lines: 'Lines',
			cited: 'Passages cited',
			uncited: 'Numbers not cited yet'
		},
		open: 'Open',
		missingText: (/** @type {string} */ file) =>
			`The text file ${file} is not in the documents folder or the seeds folder, so it cannot be shown.`
	},

	addDocument: {
		heading: 'Add a document',
		intro:
			'Give the editor the new document: a PDF, a text file, or its text pasted below. It turns a PDF into text with one paragraph per line, numbers the lines, and stores the text in the documents folder; records then cite it by line.',
		drop: 'Drop a PDF or a text file here',
		choose: 'or choose a file…',
		orPaste: 'Or paste the text of the document',
		pasteLabel: 'Text of the document',
		join: 'Join wrapped lines into one paragraph per line (paragraphs are separated by an empty line)',
		joinHelp:
			'Tick this when the pasted text has a line break at the end of every printed line. PDFs are always joined.',
		usePasted: 'Use this text',
		converting: 'Reading the document…',
		preview: (/** @type {number} */ lines) => `The text has ${plural(lines, 'line')}. The first lines:`,
		showAll: 'Show all lines',
		duplicate: (/** @type {string} */ id, /** @type {string} */ title, /** @type {string} */ why) =>
			`This document is already here, as “${title}” (source ${id}): ${why}. It cannot be added twice.`,
		sameChecksum: 'its text is identical (same sha256)',
		sameText: 'its text is the same once spaces and line breaks are ignored',
		detailsHeading: 'About the document',
		detailsIntro:
			'Check each field: they are printed on the site with every record that cites the document. The checksum (sha256) and the file name are filled in by the editor.',
		save: 'Add the document',
		saved: (/** @type {string} */ id) =>
			`Document ${id} added. Select a passage in its text to cite it as a figure, an agreement, a policy, an organisation or an event.`,
		startOver: 'Start again with another file',
		empty: 'The document has no text. A scanned PDF has images, not text: it needs OCR first.'
	},

	document: {
		back: 'All documents',
		linesLabel: 'Text of the document, with line numbers',
		legendCitedSample: 'abc',
		legendNumberSample: '123',
		legendCited: 'cited passage (click to open its record)',
		legendNumber: 'a number no record cites yet',
		selectHint:
			'Select a passage (a sentence or a clause, at most three lines) to cite it: a form opens with the quote and the line filled in.',
		citeAs: 'Cite this passage as',
		addToOpen: (/** @type {string} */ id) => `Add it to ${id} (open in the form)`,
		tooLong: (/** @type {number} */ window) =>
			`A quote may run over at most ${window} lines from where it starts. Select less.`,
		tooShort: 'Select a few words at least: a quote must identify its passage.',
		coverageHeading: 'What this document gives',
		citedHeading: (/** @type {number} */ n) => `Passages cited (${n})`,
		uncitedHeading: (/** @type {number} */ n) => `Numbers no record cites yet (${n})`,
		uncitedIntro:
			'Numbers in the text that no quote covers. Not every number is a figure (phone numbers, page numbers, article numbers): a reviewer decides.',
		noUncited: 'Every number in the text is inside a cited passage.',
		noCited: 'Nothing is cited from this document yet.',
		line: (/** @type {number} */ n) => `line ${n}`,
		records: 'Records citing this passage'
	},

	records: {
		heading: 'Records',
		intro:
			'Every record of the dataset. Open one to edit or remove it beside the document it quotes. New records start from a document: open it and select a passage.',
		search: 'Filter by id, name, title or description',
		none: 'No record matches.',
		count: (/** @type {number} */ shown, /** @type {number} */ total) => `${shown} of ${total}`,
		open: 'Edit'
	},

	kinds: {
		figures: { one: 'figure', title: 'Figure', plural: 'Figures' },
		agreements: { one: 'agreement', title: 'Agreement', plural: 'Agreements' },
		policies: { one: 'policy', title: 'Policy', plural: 'Policies' },
		organisations: { one: 'organisation', title: 'Organisation', plural: 'Organisations' },
		events: { one: 'event', title: 'Event', plural: 'Events' },
		sources: { one: 'source', title: 'Source', plural: 'Sources' },
		presentations: { one: 'workshop deck', title: 'Workshop deck', plural: 'Workshop decks' }
	},

	form: {
		newHeading: (/** @type {string} */ kind) => `New ${kind}`,
		editHeading: (/** @type {string} */ kind, /** @type {string} */ id) => `Edit ${kind} ${id}`,
		save: 'Save',
		saving: 'Checking and saving…',
		cancel: 'Close the form',
		remove: 'Remove this record',
		removeConfirm: (/** @type {string} */ id) =>
			`Remove ${id} from the data? Decks and other records that name it will stop the save if they depend on it.`,
		removeYes: 'Yes, remove it',
		removeNo: 'Keep it',
		checking: 'Checking…',
		problemsHeading: 'Before this can be saved',
		problemsLeft: (/** @type {number} */ n) =>
			n
				? `${plural(n, 'problem')} to solve before saving: see the list at the end of the form.`
				: 'Ready to save.',
		problemsIntro: 'The same check as npm run check:data, on the data as it would be after saving:',
		noProblems: 'No problems: this can be saved.',
		refused: 'Not saved: the data would not be valid. Nothing was written.',
		fix: 'fix',
		choose: 'Choose…',
		none: 'none',
		suggested: 'Filled in from the quote where the editor could read it: check every value against the text.',
		citationsHeading: 'Citations',
		citationsHelp:
			'Where the record comes from: the document, the line where the quote starts, and the words as printed (the quote may run over into the next two lines). To add another passage, select it in the document and choose “Add it to …”.',
		citation: (/** @type {number} */ n) => `Citation ${n}`,
		removeCitation: 'Remove this citation',
		idAuto: 'Filled in by the editor; change it only if you must.',
		duplicatesHeading: 'This looks like a record that is already there',
		duplicatesIntro:
			'One record per thing: when the same agreement, policy or organisation appears again (under any spelling), add the new citation to the existing record instead of making a second one.',
		duplicateOf: (/** @type {string} */ id, /** @type {string} */ name, /** @type {string} */ why) =>
			`${id}: “${name}” (${why})`,
		useExisting: (/** @type {string} */ id) => `Add this citation to ${id} instead`,
		distinct: 'They are different things',
		distinctWhy: 'How do they differ? (shown to reviewers, e.g. “the 2017 ordinance replaced the 2016 one”)',
		distinctAdd: 'Record the difference',
		conflict: (/** @type {string} */ file) =>
			`${file} changed on disk since the editor read it (another program or another window saved it). Nothing was written and your form is kept as it is.`,
		reload: 'Reload the data and check my form again',
		reloaded:
			'Reloaded. Your form is unchanged; it has been checked against the data as it is now. Save again when ready.',
		addMembership: 'Add a membership',
		removeItem: 'Remove',
		addParty: 'Add a party',
		valueHint: 'Digits only; 3.5 million is 3500000. Commas and spaces are ignored.',
		placesCountries: 'Countries and territories',
		placesGroups: 'Groups',
		datePlaceholder: '2016-06-24',
		endDatePlaceholder: '2016-06-25',
		monthPlaceholder: '2024-06',
		urlPlaceholder: 'https://',
		defaultProducer: 'Mekong Migration Network'
	},

	/** Labels and one sentence of help per field, by kind; vocabularies below. */
	fields: {
		id: {
			label: 'Id',
			help: 'Lowercase letters, digits and dashes: <source>-f001 for figures (a agreements, p policies, e events), org-<acronym> for organisations.'
		},
		origin: {
			label: 'From (origin)',
			help: 'Where the people moved from: their home country. Returns and deportations point home, so a Cambodian deported from Thailand runs from Thailand to Cambodia. Use “Various or not stated” when the text names no origin.'
		},
		destination: {
			label: 'To (destination)',
			help: 'Where the people moved to, or where they are counted.'
		},
		year: {
			label: 'Year',
			help: 'The year the number refers to (not the year of the document); where the text only implies it, the description says so.'
		},
		as_of: {
			label: 'As of (as printed)',
			help: 'The date wording as printed: “September 2019”, “end of 2016”. Leave empty when none is printed.'
		},
		value: {
			label: 'Number',
			help: 'The number as printed, in digits. A bound stays a bound: “over one million” is more than 1000000.'
		},
		value_high: {
			label: 'Upper end of the range',
			help: 'Only for a printed range: “3 to 4 million” is 3000000 to 4000000.'
		},
		qualifier: { label: 'How the number is printed', help: 'The word before the number.' },
		unit: {
			label: 'Unit',
			help: 'What the number counts in: people, cases, households, percent, or a currency as printed.'
		},
		unit_per: {
			label: 'Per',
			help: 'For money and “other” figures: per day, month, year or person, only where printed.'
		},
		measure: {
			label: 'What the number counts (measure)',
			help: 'Figures of different measures are never added together or drawn as one line.'
		},
		scope: {
			label: 'Whom the number covers (scope)',
			help: 'Everyone in the corridor for this measure, or only part of them.'
		},
		scope_note: {
			label: 'Which part (scope note)',
			help: 'For a subset, who it covers, in our words, read after the number: “undocumented domestic workers only”, “Ruili city only”.'
		},
		period: {
			label: 'When the number counts (period)',
			help: 'A count at a date, within a year, a running total, or not said.'
		},
		since: {
			label: 'Running total since (as printed)',
			help: 'For a running total, its start as printed (“April 2015”); else empty.'
		},
		multiplier: {
			label: 'Printed only as a multiple of the number',
			help: 'Where the number is printed only as a multiple of another (“about four times higher than”), the printed words, with Number the printed base. The product is never stored.'
		},
		description: {
			label: 'Description (our words)',
			help: 'What the number counts, what it covers and over what time; never more than the text says.'
		},
		title: { label: 'Title (as printed)', help: 'The name as the document prints it.' },
		type: { label: 'Type', help: 'What kind of instrument it is.' },
		parties: { label: 'Parties', help: 'The countries (or groups, such as ASEAN) that are party to it.' },
		date: {
			label: 'Date',
			help: 'As precise as printed: 2016, 2016-06 or 2016-06-24. Empty when undated.'
		},
		end_date: { label: 'Last day', help: 'For an event of several days, its last day; else empty.' },
		subject: { label: 'Subject (our words)', help: 'What it is about, in one line.' },
		country: { label: 'Country', help: 'The country the policy, organisation or event belongs to.' },
		kind: { label: 'Kind', help: 'What kind of thing it is.' },
		summary: { label: 'Summary (our words)', help: 'What it does, in one line.' },
		name: {
			label: 'Name (as printed)',
			help: 'The name as the document prints it; other spellings are one record, not two.'
		},
		acronym: { label: 'Acronym', help: 'As printed (MMN, CWCC); empty when none.' },
		memberships: {
			label: 'Network membership, by annual report',
			help: 'Only from the annual reports’ lists: member, steering committee, or supporter (a funder the report names; not a member).'
		},
		city: { label: 'City', help: 'Where it took place; empty when not printed.' },
		role: { label: 'Role', help: '' },
		distinct_from: {
			label: 'Different from',
			help: 'Records that look alike but are different things, with how they differ.'
		},
		source: { label: 'Document', help: '' },
		line: { label: 'Line', help: 'The line where the quote starts.' },
		quote: {
			label: 'Quote (word for word)',
			help: 'Copied verbatim from the document; spaces and line breaks do not matter.'
		}
	},

	/** Names of choices where the value itself is not plain English (as the site's /measures page names them). */
	choiceLabels: {
		scope: { all: 'Whole corridor', subset: 'Part of the corridor' },
		period: {
			point: 'At a date',
			year: 'Within a year',
			cumulative: 'Running total',
			unstated: 'Period not stated'
		}
	},

	/** One sentence for each choice of each vocabulary. */
	choices: {
		qualifier: {
			exact: 'exactly as printed, with no word before it',
			approximately: '“about”, “around”, “an estimated”, “approximately”',
			more_than: '“more than”, “over”',
			at_least: '“at least”',
			nearly: '“nearly”, “almost”',
			up_to: '“up to”',
			less_than: '“less than”, “fewer than”',
			range: 'a printed range, “3 to 4 million”: fill in the upper end too'
		},
		unit: {
			people: 'people (every count of migrants or workers)',
			cases: 'cases (of trafficking, of complaints)',
			households: 'households',
			percent: 'percent: only with the measure “share”',
			USD: 'US dollars',
			THB: 'Thai baht',
			MMK: 'Myanmar kyat',
			KHR: 'Cambodian riel',
			LAK: 'Lao kip',
			VND: 'Vietnamese dong',
			MYR: 'Malaysian ringgit',
			KRW: 'Korean won',
			JPY: 'Japanese yen',
			other: 'anything else (agencies, attachés, ages)'
		},
		unit_per: {
			'': 'not per anything',
			day: 'per day',
			month: 'per month',
			year: 'per year',
			person: 'per person'
		},
		measure: {
			stock:
				'Migrants living or working in a place at a date, whatever their status: the widest count. Unit people.',
			registered_workers:
				'“Registered workers”: migrants who are registered, hold a work permit or another legal status at a date; undocumented migrants are not in it. Unit people.',
			mou_deployments:
				'Workers recruited and sent through the government-to-government MOU channel. Unit people.',
			nationality_verification:
				'Nationality verification completed or under way (the description says which). Unit people.',
			departures: 'Workers who left for work abroad within a period. Unit people.',
			returns_deportations: 'People who returned or were deported; the line points home. Unit people.',
			quota_target: 'A cap, plan or target: how many may be hired or are planned to be sent. Unit people.',
			share: 'A share: a percentage (unit percent); the description says of what.',
			cost: 'What migrating costs a worker (recruitment, documents), in the currency printed.',
			wage: 'Wages of migrant workers, or minimum wages, in the currency printed.',
			remittance:
				'Money actually sent home, in the currency printed. Transfer limits, deposits and projected revenues are “other”.',
			other: 'Everything else the documents count: agencies, cases, ages, people affected by one event.'
		},
		scope: {
			all: 'the number covers everyone in its corridor for its measure. Only these can size a line on the map.',
			subset:
				'only part of them (undocumented workers only, one sector, one scheme, one town): say which in the scope note.'
		},
		period: {
			point: 'a count at a date, “as of September 2019” (stocks, registered workers).',
			year: 'what happened within one year, or part of one: departures in 2019, deportations in 2016.',
			cumulative:
				'a running total over several years (“have migrated through the MOU process” with no year): say since when, if printed.',
			unstated: 'the text does not say over what time the number counts.'
		},
		type: {
			MOU: 'a Memorandum of Understanding',
			MOC: 'a Memorandum of Cooperation',
			bilateral_agreement: 'another agreement between two countries',
			asean_instrument: 'an ASEAN declaration, consensus or convention',
			regional_instrument: 'another regional instrument (COMMIT, the Bali Process)',
			international_convention: 'an international (UN, ILO) convention',
			joint_statement: 'a joint statement',
			other: 'anything else'
		},
		policyKind: {
			law: 'a law or act',
			decree: 'a decree',
			sub_decree: 'a sub-decree (Cambodia)',
			prakas: 'a prakas: a ministerial regulation (Cambodia)',
			royal_ordinance: 'a royal ordinance (Thailand)',
			regulation: 'another regulation, order or notification',
			registration_scheme: 'a registration scheme for migrant workers',
			verification_scheme: 'a nationality verification scheme',
			ban: 'a ban on migration or on work',
			programme: 'a programme',
			strategy: 'a strategy',
			action_plan: 'an action plan',
			other: 'anything else'
		},
		organisationKind: {
			ngo: 'a non-governmental organisation',
			union: 'a trade union',
			government: 'a government or one of its ministries or departments',
			un_agency: 'a UN agency (ILO, IOM, UN Women)',
			intergovernmental: 'another intergovernmental body (ASEAN, the EU)',
			network: 'a network of organisations',
			academic: 'a university or research institute',
			employer: 'an employer or employers’ association',
			other: 'anything else'
		},
		sourceKind: {
			annual_report: 'the network’s report on one year: fill in the year it covers',
			proceedings: 'the record of a meeting, a dialogue or a conference',
			minutes: 'the minutes of a meeting',
			statement: 'a public statement'
		},
		role: {
			member: 'listed as a member',
			steering_committee: 'on the steering committee',
			supporter: 'a funder the report names (not a member)'
		}
	},

	source: {
		id: {
			label: 'Id',
			help: 'Short, lowercase, digits and dashes (ar2024, bangkok2025); the text file is named after it.'
		},
		title: { label: 'Title', help: 'As printed on the cover.' },
		short_title: {
			label: 'Short title',
			help: 'How the site names it beside a quote: “Annual Report 2024”.'
		},
		producer: { label: 'Producer', help: 'Who published it.' },
		date_published: {
			label: 'Date published',
			help: 'As precise as known: 2024, 2024-06 or 2024-06-24.'
		},
		date_note: {
			label: 'How the date was established',
			help: 'Only where the date is not printed (“The report covers 2024; its publication date is not printed.”); else empty.'
		},
		kind: { label: 'Kind', help: 'What kind of document it is.' },
		report_year: { label: 'Year covered', help: 'For an annual report, the year it covers; else empty.' },
		url: { label: 'Web address', help: 'Where readers can find the document (http or https), or empty.' },
		file: { label: 'Text file', help: 'Written by the editor into the documents folder.' }
	},

	decks: {
		heading: 'Workshop decks',
		intro:
			'A deck is a stepped walk through the map for a workshop: each step shows a year and a measure, highlights countries or corridors, frames the map, and may show one big figure with its source. The presentation page of the built site is /present/<id>.',
		new: 'New deck',
		open: 'Edit',
		steps: (/** @type {number} */ n) => plural(n, 'step'),
		deckFields: {
			id: { label: 'Id', help: 'Lowercase letters, digits and dashes; the address is /present/<id>.' },
			title: { label: 'Title', help: 'Shown on the list of presentations and on every step.' },
			description: { label: 'Description', help: 'One or two sentences for the list of presentations.' }
		},
		stepsHeading: 'Steps',
		addStep: 'Add a step',
		moveUp: 'Move up',
		moveDown: 'Move down',
		removeStep: 'Remove this step',
		stepLabel: (/** @type {number} */ n) => `Step ${n}`,
		untitled: '(no heading yet)',
		stepFields: {
			heading: { label: 'Heading', help: 'A few words, read from the back of the room.' },
			caption: {
				label: 'Caption',
				help: 'One or two sentences (at most 320 characters) that the audience reads.'
			},
			year: { label: 'Year', help: 'The year the map shows.' },
			measure: { label: 'Measure', help: 'What the lines count in this step.' },
			highlight: {
				label: 'Highlighted on the map',
				help: 'Click a place or a line on the small map to highlight it (click again to remove it).'
			},
			countries: { label: 'Highlighted countries', help: '' },
			corridors: { label: 'Highlighted corridors', help: '' },
			frame: { label: 'Camera', help: 'What the map zooms to in this step.' },
			figure: {
				label: 'Big figure',
				help: 'The number shown large, with its source. Only the figure the map draws for its corridor in this year and measure can be chosen, so the card and the lines agree.'
			},
			notes: { label: 'Speaker notes', help: 'Seen only in the speaker view.' }
		},
		frameKinds: {
			country: 'Zoom to a country',
			corridor: 'Zoom to a corridor',
			bounds: 'Zoom to an area (west, south, east, north in degrees)'
		},
		frameCountry: 'Country to zoom to',
		frameCorridor: 'Corridor to zoom to',
		bounds: ['West', 'South', 'East', 'North'],
		noFigure: 'No big number (the caption alone)',
		figureOption: (/** @type {string} */ corridor, /** @type {string} */ value, /** @type {string} */ id) =>
			`${corridor}: ${value} (${id})`,
		noFigures: 'No corridor has a figure the map can draw for this year and measure.',
		mapLabel: (/** @type {number} */ year, /** @type {string} */ measure) =>
			`Lines the map draws for ${measure}, ${year}. Click a place or a line to highlight it.`,
		previewHeading: 'Preview',
		audience: 'As the audience sees it',
		speaker: 'As the speaker sees it',
		progress: (/** @type {number} */ n, /** @type {number} */ total, /** @type {string} */ title) =>
			`Step ${n} of ${total} · ${title}`,
		lines: 'Lines on the map',
		noLines: 'No line: no corridor has a figure the map can draw for this year and measure.',
		highlighted: 'highlighted',
		nextStep: (/** @type {string} */ heading) => `Next: ${heading}`,
		lastStep: 'This is the last step.',
		noNotes: '(no speaker notes)',
		source: (/** @type {string} */ title, /** @type {number} */ line, /** @type {string} */ quote) =>
			`Source: ${title}, line ${line}: “${quote}”`,
		save: 'Save the deck',
		remove: 'Remove this deck',
		removeConfirm: (/** @type {string} */ id) => `Remove the deck ${id}?`
	},

	changes: {
		heading: 'Changes',
		intro: 'The latest lines of data/CHANGELOG.md: one dated line for every change to the data.'
	},

	/** The server's answers. */
	server: {
		forbidden:
			'Refused: this editor only answers pages it served itself (the request came from another site or address).',
		notFound: 'Not found.',
		badRequest: (/** @type {string} */ why) => `Bad request: ${why}.`,
		notAnObject: 'the body must be a JSON object',
		noRecord: 'no record was sent',
		notAnArray: 'not a JSON array',
		tooLarge: 'The file is too large (the limit is 50 MB).',
		unknownKind: (/** @type {string} */ kind) => `Unknown kind of record “${kind}”.`,
		unknownSource: (/** @type {string} */ id) => `There is no document “${id}”.`,
		recordGone: (/** @type {string} */ id, /** @type {string} */ file) =>
			`${id} is no longer in ${file} (it was removed or renamed on disk).`,
		fileExists: (/** @type {string} */ file) => `${file} already exists: choose another id.`,
		badId: 'The id must be lowercase letters, digits and dashes.',
		notJson: (/** @type {string} */ file, /** @type {string} */ why) =>
			`${file} cannot be read (${why}). Fix it by hand or with npm run check:data first.`,
		notUtf8: 'The file is not UTF-8 text. Save it as UTF-8 text, or give the PDF instead.',
		noPdftotext:
			'Turning a PDF into text needs pdftotext (Debian package poppler-utils): run “sudo apt-get install poppler-utils” (or “node editor/find-pdftotext.mjs --install” as root) and restart the editor. Text files and pasted text work without it.',
		pdfFailed: (/** @type {string} */ why) => `pdftotext could not read the PDF: ${why}`,
		startup: (/** @type {string} */ url) =>
			`The data editor is running at ${url}\nOpen it in a browser on this computer. It answers only this computer (127.0.0.1). Press Ctrl+C to stop it.`,
		folders: (/** @type {string} */ data, /** @type {string} */ documents, /** @type {string} */ seeds) =>
			`  data folder:      ${data}\n  documents folder: ${documents}\n  seeds folder:     ${seeds}`,
		noSeeds: '(absent: the first five documents cannot be shown or checked)',
		pdftotextMissing:
			'Note: pdftotext is not installed, so PDFs cannot be added (text files and pasted text can). Install the Debian package poppler-utils (sudo apt-get install poppler-utils; as root: node editor/find-pdftotext.mjs --install) and start the editor again.'
	},

	/** How figures are worded in the deck preview and the changelog (as the site words them). */
	wording: {
		qualifiers: {
			approximately: 'about',
			more_than: 'more than',
			at_least: 'at least',
			nearly: 'nearly',
			up_to: 'up to',
			less_than: 'less than'
		},
		to: 'to',
		per: 'per',
		million: 'million',
		billion: 'billion'
	},

	/** What each measure is called, as the site's legend calls it (src/lib/data/format.ts). */
	measureLabels: {
		stock: 'Migrants living or working there (stock)',
		registered_workers: 'Registered or permitted workers',
		mou_deployments: 'Workers deployed under an MOU',
		nationality_verification: 'Nationality verification (completed or under way)',
		departures: 'Departures in a period',
		returns_deportations: 'Returns or deportations',
		quota_target: 'Quota or target',
		share: 'Shares (per cent)',
		cost: 'Costs',
		wage: 'Wages',
		remittance: 'Remittances',
		other: 'Other figures'
	},

	/** Short nouns for the changelog: "1,234,567 registered workers". */
	measureNouns: {
		stock: 'migrants',
		registered_workers: 'registered workers',
		mou_deployments: 'workers deployed under an MOU',
		nationality_verification: 'nationality verifications',
		departures: 'departures',
		returns_deportations: 'returns or deportations',
		quota_target: 'quota or target',
		share: 'share',
		cost: 'cost',
		wage: 'wage',
		remittance: 'remittances',
		other: ''
	},

	/** Lines added to data/CHANGELOG.md (after "- YYYY-MM-DD: "). */
	changelog: {
		added: (/** @type {string} */ kind, /** @type {string} */ id, /** @type {string} */ what) =>
			`${kind} ${id} added${what ? `: ${what}` : ''} (editor).`,
		edited: (/** @type {string} */ kind, /** @type {string} */ id, /** @type {string[]} */ fields) =>
			`${kind} ${id} edited: ${fields.join(', ')} (editor).`,
		removed: (/** @type {string} */ kind, /** @type {string} */ id, /** @type {string} */ what) =>
			`${kind} ${id} removed${what ? `: ${what}` : ''} (editor).`,
		sourceAdded: (
			/** @type {string} */ id,
			/** @type {string} */ title,
			/** @type {string} */ file,
			/** @type {string} */ sha
		) => `Source ${id} added: “${title}”, text in documents/${file}, sha256 ${sha.slice(0, 12)}… (editor).`,
		figure: (
			/** @type {string} */ value,
			/** @type {string} */ measure,
			/** @type {string} */ from,
			/** @type {string} */ to,
			/** @type {number} */ year
		) => `${value} ${measure}, ${from} → ${to}, ${year}`,
		steps: (/** @type {number} */ n) => plural(n, 'step')
	}
};
