/**
 * Every user-visible string of the site, by name, in the page's language. The words live in the message
 * catalogues (messages/<locale>.json, one per language, compiled by Paraglide JS into src/lib/paraglide);
 * this module gives them the names the components use, and formats counts and lists for the language
 * (plurals through the catalogue, lists by the language's own patterns). Getters, so each read is in
 * the language of the page being drawn (src/lib/i18n/current.ts). Generated once from the English
 * strings; add a message here and in messages/en.json (then in each language) together.
 */
import { msg } from '$lib/i18n/catalogue';
import { formatBare, formatCount, formatList } from '$lib/i18n/text';

export const copy = {
	pageTitle: (title: string | number, site: string | number) =>
		msg('page_title')({ title: formatBare(title), site: formatBare(site) }),
	i18n: {
		get languageLabel() {
			return msg('i18n_language_label')({});
		},
		get unreviewed() {
			return msg('i18n_unreviewed')({});
		},
		get englishRecords() {
			return msg('i18n_english_records')({});
		}
	},
	get siteTitle() {
		return msg('site_title')({});
	},
	get siteTagline() {
		return msg('site_tagline')({});
	},
	get siteIntro() {
		return msg('site_intro')({});
	},
	get skipToContent() {
		return msg('skip_to_content')({});
	},
	/** Shown only on a page opened from a file (static/file-notice.js): how to start the offline package. */
	fileNotice: {
		get heading() {
			return msg('file_notice_heading')({});
		},
		get why() {
			return msg('file_notice_why')({});
		},
		get run() {
			return msg('file_notice_run')({});
		},
		get open() {
			return msg('file_notice_open')({});
		}
	},
	get navLabel() {
		return msg('nav_label')({});
	},
	get navMap() {
		return msg('nav_map')({});
	},
	get navSources() {
		return msg('nav_sources')({});
	},
	get navPresent() {
		return msg('nav_present')({});
	},
	get footerSources() {
		return msg('footer_sources')({});
	},
	get footerNote() {
		return msg('footer_note')({});
	},
	get mapStarting() {
		return msg('map_starting')({});
	},
	get mapLoading() {
		return msg('map_loading')({});
	},
	get panelHeading() {
		return msg('panel_heading')({});
	},
	get panelEmpty() {
		return msg('panel_empty')({});
	},
	get sourcesHeading() {
		return msg('sources_heading')({});
	},
	get sourcesIntro() {
		return msg('sources_intro')({});
	},
	get sourcesTableCaption() {
		return msg('sources_table_caption')({});
	},
	get sourceColumn() {
		return msg('source_column')({});
	},
	kindNames: {
		get figures() {
			return msg('kind_names_figures')({});
		},
		get agreements() {
			return msg('kind_names_agreements')({});
		},
		get policies() {
			return msg('kind_names_policies')({});
		},
		get organisations() {
			return msg('kind_names_organisations')({});
		},
		get events() {
			return msg('kind_names_events')({});
		},
		get sources() {
			return msg('kind_names_sources')({});
		},
		get lines() {
			return msg('kind_names_lines')({});
		}
	},
	get downloadHeading() {
		return msg('download_heading')({});
	},
	get downloadIntro() {
		return msg('download_intro')({});
	},
	map: {
		get yearLabel() {
			return msg('map_year_label')({});
		},
		get previousYear() {
			return msg('map_previous_year')({});
		},
		get nextYear() {
			return msg('map_next_year')({});
		},
		get play() {
			return msg('map_play')({});
		},
		get pause() {
			return msg('map_pause')({});
		},
		playYears: (years: (string | number)[]) =>
			msg('map_play_years')({ years: formatList(years.map((y) => formatBare(y))) }),
		get measureLabel() {
			return msg('map_measure_label')({});
		},
		get earlierLabel() {
			return msg('map_earlier_label')({});
		},
		get earlierHint() {
			return msg('map_earlier_hint')({});
		},
		get fitAll() {
			return msg('map_fit_all')({});
		},
		get resetView() {
			return msg('map_reset_view')({});
		},
		get legendHeading() {
			return msg('map_legend_heading')({});
		},
		legendMeasure: (measure: string | number, year: string | number) =>
			msg('map_legend_measure')({ measure: formatBare(measure), year: formatBare(year) }),
		get legendDefault() {
			return msg('map_legend_default')({});
		},
		get legendChosen() {
			return msg('map_legend_chosen')({});
		},
		get legendWidth() {
			return msg('map_legend_width')({});
		},
		legendMinWidth: (px: string | number) => msg('map_legend_min_width')({ px: formatBare(px) }),
		get legendColour() {
			return msg('map_legend_colour')({});
		},
		legendDashed: (year: string | number) => msg('map_legend_dashed')({ year: formatBare(year) }),
		noLines: (year: string | number) => msg('map_no_lines')({ year: formatBare(year) }),
		get undrawnHeading() {
			return msg('map_undrawn_heading')({});
		},
		undrawnPart: (from: string | number, to: string | number, year: string | number, part: string | number) =>
			msg('map_undrawn_part')({
				from: formatBare(from),
				to: formatBare(to),
				year: formatBare(year),
				part: formatBare(part)
			}),
		undrawnLatest: (
			from: string | number,
			to: string | number,
			year: string | number,
			value: string | number,
			latestYear: string | number
		) =>
			msg('map_undrawn_latest')({
				from: formatBare(from),
				to: formatBare(to),
				year: formatBare(year),
				value: formatBare(value),
				latestYear: formatBare(latestYear)
			}),
		undrawnPartAndLatest: (
			from: string | number,
			to: string | number,
			year: string | number,
			part: string | number,
			value: string | number,
			latestYear: string | number
		) =>
			msg('map_undrawn_part_and_latest')({
				from: formatBare(from),
				to: formatBare(to),
				year: formatBare(year),
				part: formatBare(part),
				value: formatBare(value),
				latestYear: formatBare(latestYear)
			}),
		get showEarlier() {
			return msg('map_show_earlier')({});
		},
		get flowsGroup() {
			return msg('map_flows_group')({});
		},
		get roleDescription() {
			return msg('map_role_description')({});
		},
		get keysHelp() {
			return msg('map_keys_help')({});
		},
		get twoFingers() {
			return msg('map_two_fingers')({});
		},
		flowName: (
			from: string | number,
			to: string | number,
			year: string | number,
			value: string | number,
			noun: string | number,
			source: string | number
		) =>
			msg('map_flow_name')({
				from: formatBare(from),
				to: formatBare(to),
				year: formatBare(year),
				value: formatBare(value),
				noun: formatBare(noun),
				source: formatBare(source)
			}),
		flowNameCarried: (
			from: string | number,
			to: string | number,
			year: string | number,
			value: string | number,
			noun: string | number,
			source: string | number
		) =>
			msg('map_flow_name_carried')({
				from: formatBare(from),
				to: formatBare(to),
				year: formatBare(year),
				value: formatBare(value),
				noun: formatBare(noun),
				source: formatBare(source)
			}),
		offscreen: (name: string | number) => msg('map_offscreen')({ name: formatBare(name) }),
		countryButton: (name: string | number) => msg('map_country_button')({ name: formatBare(name) }),
		tableCaption: (measure: string | number, year: string | number) =>
			msg('map_table_caption')({ measure: formatBare(measure), year: formatBare(year) }),
		get tableCorridor() {
			return msg('map_table_corridor')({});
		},
		get tableValue() {
			return msg('map_table_value')({});
		},
		get tableYear() {
			return msg('map_table_year')({});
		},
		get tableSource() {
			return msg('map_table_source')({});
		},
		moreFigures: (n: number) => msg('map_more_figures')({ n, nText: formatCount(n) }),
		asOf: (date: string | number) => msg('map_as_of')({ date: formatBare(date) }),
		carriedNote: (year: string | number) => msg('map_carried_note')({ year: formatBare(year) }),
		get fallbackNotice() {
			return msg('map_fallback_notice')({});
		},
		get contextLost() {
			return msg('map_context_lost')({});
		},
		get mapError() {
			return msg('map_map_error')({});
		}
	},
	panel: {
		get close() {
			return msg('panel_close')({});
		},
		corridorHeading: (from: string | number, to: string | number) =>
			msg('panel_corridor_heading')({ from: formatBare(from), to: formatBare(to) }),
		get allFigures() {
			return msg('panel_all_figures')({});
		},
		get noFigures() {
			return msg('panel_no_figures')({});
		},
		get corridorPage() {
			return msg('panel_corridor_page')({});
		},
		openProfile: (name: string | number) => msg('panel_open_profile')({ name: formatBare(name) }),
		get corridorsFrom() {
			return msg('panel_corridors_from')({});
		},
		get corridorsTo() {
			return msg('panel_corridors_to')({});
		},
		line: (n: string | number) => msg('panel_line')({ n: formatBare(n) }),
		sourceLine: (source: string | number, line: string | number) =>
			msg('panel_source_line')({ source: formatBare(source), line: formatBare(line) })
	},
	get citeThis() {
		return msg('cite_this')({});
	},
	citation: (title: string | number, url: string | number, release: string | number) =>
		msg('citation')({ title: formatBare(title), url: formatBare(url), release: formatBare(release) }),
	profile: {
		title: (name: string | number) => msg('profile_title')({ name: formatBare(name) }),
		description: (
			name: string | number,
			policies: string | number,
			agreements: string | number,
			members: string | number
		) =>
			msg('profile_description')({
				name: formatBare(name),
				policies: formatBare(policies),
				agreements: formatBare(agreements),
				members: formatBare(members)
			}),
		roles: {
			get origin() {
				return msg('profile_roles_origin')({});
			},
			get destination() {
				return msg('profile_roles_destination')({});
			}
		},
		rolesLine: (roles: (string | number)[]) =>
			msg('profile_roles_line')({ roles: formatList(roles.map(String)) }),
		get noRole() {
			return msg('profile_no_role')({});
		},
		get headline() {
			return msg('profile_headline')({});
		},
		get corridors() {
			return msg('profile_corridors')({});
		},
		get corridorsIntro() {
			return msg('profile_corridors_intro')({});
		},
		standingLine: (
			measure: string | number,
			year: string | number,
			value: string | number,
			source: string | number
		) =>
			msg('profile_standing_line')({
				measure: formatBare(measure),
				year: formatBare(year),
				value: formatBare(value),
				source: formatBare(source)
			}),
		otherFigures: (n: number) => msg('profile_other_figures')({ n, nText: formatCount(n) }),
		headlineMeasure: (measure: string | number) =>
			msg('profile_headline_measure')({ measure: formatBare(measure) }),
		headlineCard: (year: string | number, source: string | number) =>
			msg('profile_headline_card')({ year: formatBare(year), source: formatBare(source) }),
		get internal() {
			return msg('profile_internal')({});
		},
		get internalIntro() {
			return msg('profile_internal_intro')({});
		},
		get supporters() {
			return msg('profile_supporters')({});
		},
		get supportersIntro() {
			return msg('profile_supporters_intro')({});
		},
		supporterYears: (years: (string | number)[]) =>
			msg('profile_supporter_years')({ years: formatList(years.map(String), 'unit') }),
		memberRoles: {
			get member() {
				return msg('profile_member_roles_member')({});
			},
			get steering_committee() {
				return msg('profile_member_roles_steering_committee')({});
			}
		},
		changes: {
			get joined() {
				return msg('profile_changes_joined')({});
			},
			get left() {
				return msg('profile_changes_left')({});
			},
			get both() {
				return msg('profile_changes_both')({});
			}
		},
		get policies() {
			return msg('profile_policies')({});
		},
		get policiesIntro() {
			return msg('profile_policies_intro')({});
		},
		get undated() {
			return msg('profile_undated')({});
		},
		get agreements() {
			return msg('profile_agreements')({});
		},
		get agreementsIntro() {
			return msg('profile_agreements_intro')({});
		},
		get members() {
			return msg('profile_members')({});
		},
		get membersIntro() {
			return msg('profile_members_intro')({});
		},
		memberYear: (year: string | number) => msg('profile_member_year')({ year: formatBare(year) }),
		get notListed() {
			return msg('profile_not_listed')({});
		},
		get otherOrganisations() {
			return msg('profile_other_organisations')({});
		},
		get events() {
			return msg('profile_events')({});
		},
		get none() {
			return msg('profile_none')({});
		},
		get withParties() {
			return msg('profile_with_parties')({});
		},
		openFullProfile: (name: string | number) => msg('profile_open_full_profile')({ name: formatBare(name) }),
		get loading() {
			return msg('profile_loading')({});
		},
		get loadFailed() {
			return msg('profile_load_failed')({});
		}
	},
	corridorPage: {
		title: (from: string | number, to: string | number) =>
			msg('corridor_page_title')({ from: formatBare(from), to: formatBare(to) }),
		description: (from: string | number, to: string | number, n: string | number) =>
			msg('corridor_page_description')({ from: formatBare(from), to: formatBare(to), n: formatBare(n) }),
		get figures() {
			return msg('corridor_page_figures')({});
		},
		get summary() {
			return msg('corridor_page_summary')({});
		},
		get summaryIntro() {
			return msg('corridor_page_summary_intro')({});
		},
		get noSummary() {
			return msg('corridor_page_no_summary')({});
		},
		reverse: (from: string | number, to: string | number) =>
			msg('corridor_page_reverse')({ from: formatBare(from), to: formatBare(to) }),
		columns: {
			get measure() {
				return msg('corridor_page_columns_measure')({});
			},
			get year() {
				return msg('corridor_page_columns_year')({});
			},
			get figure() {
				return msg('corridor_page_columns_figure')({});
			},
			get counts() {
				return msg('corridor_page_columns_counts')({});
			},
			get source() {
				return msg('corridor_page_columns_source')({});
			}
		},
		get disagree() {
			return msg('corridor_page_disagree')({});
		},
		chartLabel: (measure: string | number) =>
			msg('corridor_page_chart_label')({ measure: formatBare(measure) }),
		barTitle: (value: string | number, source: string | number) =>
			msg('corridor_page_bar_title')({ value: formatBare(value), source: formatBare(source) }),
		get agreements() {
			return msg('corridor_page_agreements')({});
		}
	},
	sourcePage: {
		title: (title: string | number) => msg('source_page_title')({ title: formatBare(title) }),
		description: (title: string | number, n: string | number) =>
			msg('source_page_description')({ title: formatBare(title), n: formatBare(n) }),
		get file() {
			return msg('source_page_file')({});
		},
		get checksum() {
			return msg('source_page_checksum')({});
		},
		get published() {
			return msg('source_page_published')({});
		},
		get from() {
			return msg('source_page_from')({});
		}
	},
	search: {
		get label() {
			return msg('search_label')({});
		},
		get placeholder() {
			return msg('search_placeholder')({});
		},
		get noResults() {
			return msg('search_no_results')({});
		},
		results: (n: number) => msg('search_results')({ n, nText: formatCount(n) }),
		kinds: {
			get country() {
				return msg('search_kinds_country')({});
			},
			get organisation() {
				return msg('search_kinds_organisation')({});
			},
			get agreement() {
				return msg('search_kinds_agreement')({});
			},
			get policy() {
				return msg('search_kinds_policy')({});
			}
		}
	},
	share: {
		get share() {
			return msg('share_share')({});
		},
		get embed() {
			return msg('share_embed')({});
		},
		get close() {
			return msg('share_close')({});
		},
		get shareHeading() {
			return msg('share_share_heading')({});
		},
		get shareIntro() {
			return msg('share_share_intro')({});
		},
		get linkLabel() {
			return msg('share_link_label')({});
		},
		get copy() {
			return msg('share_copy')({});
		},
		get copied() {
			return msg('share_copied')({});
		},
		get copyFailed() {
			return msg('share_copy_failed')({});
		},
		get embedHeading() {
			return msg('share_embed_heading')({});
		},
		get embedIntro() {
			return msg('share_embed_intro')({});
		},
		get responsive() {
			return msg('share_responsive')({});
		},
		get fixed() {
			return msg('share_fixed')({});
		},
		get showControls() {
			return msg('share_show_controls')({});
		},
		get preview() {
			return msg('share_preview')({});
		},
		get copySnippet() {
			return msg('share_copy_snippet')({});
		},
		get maxHeight() {
			return msg('share_max_height')({});
		}
	},
	download: {
		get heading() {
			return msg('download_heading')({});
		},
		get csv() {
			return msg('download_csv')({});
		},
		get json() {
			return msg('download_json')({});
		},
		get slide() {
			return msg('download_slide')({});
		},
		get window() {
			return msg('download_window')({});
		},
		get full() {
			return msg('download_full')({});
		},
		get csvFormat() {
			return msg('download_csv_format')({});
		},
		get jsonFormat() {
			return msg('download_json_format')({});
		},
		get working() {
			return msg('download_working')({});
		},
		get failed() {
			return msg('download_failed')({});
		},
		sourcesLine: (titles: (string | number)[], url: string) =>
			msg('download_sources_line')({ titles: formatList(titles.map(String), 'unit'), url }),
		/** The PNG's title, one whole sentence per kind of view: "Registered workers, 2019: corridors into Thailand". */
		imageTitleMap: (measure: string, year: number) =>
			msg('download_image_title_map')({ measure, year: formatBare(year) }),
		imageTitleInto: (country: string, year: number, measure: string) =>
			msg('download_image_title_into')({ country, year: formatBare(year), measure }),
		imageTitleFrom: (country: string, year: number, measure: string) =>
			msg('download_image_title_from')({ country, year: formatBare(year), measure }),
		imageTitleBoth: (country: string, year: number, measure: string) =>
			msg('download_image_title_both')({ country, year: formatBare(year), measure })
	},
	embedPage: {
		get openFull() {
			return msg('embed_page_open_full')({});
		},
		get sourceLine() {
			return msg('embed_page_source_line')({});
		},
		titleCorridor: (from: string, to: string, year: number, measure: string) =>
			msg('embed_page_title_corridor')({ from, to, year: formatBare(year), measure }),
		titleCountry: (country: string, year: number, measure: string) =>
			msg('embed_page_title_country')({ country, year: formatBare(year), measure }),
		titleMap: (year: number, measure: string) =>
			msg('embed_page_title_map')({ year: formatBare(year), measure }),
		cardTitle: (name: string) => msg('embed_page_card_title')({ name }),
		cardDestinations: (name: string, places: string[]) =>
			msg('embed_page_card_destinations')({ name, places: formatList(places) }),
		cardOrigins: (name: string, places: string[]) =>
			msg('embed_page_card_origins')({ name, places: formatList(places) })
	},
	present: {
		get englishStep() {
			return msg('present_english_step')({});
		},
		get listTitle() {
			return msg('present_list_title')({});
		},
		get listIntro() {
			return msg('present_list_intro')({});
		},
		steps: (n: number) => msg('present_steps')({ n, nText: formatCount(n) }),
		get open() {
			return msg('present_open')({});
		},
		get openNotes() {
			return msg('present_open_notes')({});
		},
		get keysHelp() {
			return msg('present_keys_help')({});
		},
		progress: (n: string | number, total: string | number) =>
			msg('present_progress')({ n: formatBare(n), total: formatBare(total) }),
		get previous() {
			return msg('present_previous')({});
		},
		get next() {
			return msg('present_next')({});
		},
		source: (source: string | number, line: string | number, quote: string | number) =>
			msg('present_source')({ source: formatBare(source), line: formatBare(line), quote: formatBare(quote) }),
		mapShows: (measure: string | number, year: string | number) =>
			msg('present_map_shows')({ measure: formatBare(measure), year: formatBare(year) }),
		notesTitle: (title: string | number) => msg('present_notes_title')({ title: formatBare(title) }),
		get notes() {
			return msg('present_notes')({});
		},
		get noNotes() {
			return msg('present_no_notes')({});
		},
		get nextUp() {
			return msg('present_next_up')({});
		},
		get lastStep() {
			return msg('present_last_step')({});
		},
		get clock() {
			return msg('present_clock')({});
		},
		get elapsed() {
			return msg('present_elapsed')({});
		},
		get legendLabel() {
			return msg('present_legend_label')({});
		},
		get legendWidth() {
			return msg('present_legend_width')({});
		},
		get legendColour() {
			return msg('present_legend_colour')({});
		},
		noLines: (year: string | number) => msg('present_no_lines')({ year: formatBare(year) })
	},
	figure: {
		relative: (words: string | number, printed: string | number) =>
			msg('figure_relative')({ words: formatBare(words), printed: formatBare(printed) }),
		get cumulative() {
			return msg('figure_cumulative')({});
		},
		cumulativeSince: (since: string | number) => msg('figure_cumulative_since')({ since: formatBare(since) }),
		get periodUnstated() {
			return msg('figure_period_unstated')({});
		},
		coverageList: (parts: (string | number)[]) =>
			msg('figure_coverage_list')({ parts: formatList(parts.map(String), 'unit') }),
		blockers: {
			get 'not-count'() {
				return msg('figure_blockers_not-count')({});
			},
			get subset() {
				return msg('figure_blockers_subset')({});
			},
			get period() {
				return msg('figure_blockers_period')({});
			},
			get relative() {
				return msg('figure_blockers_relative')({});
			},
			get internal() {
				return msg('figure_blockers_internal')({});
			}
		},
		get standsFor() {
			return msg('figure_stands_for')({});
		},
		get notDrawn() {
			return msg('figure_not_drawn')({});
		},
		get measuresLink() {
			return msg('figure_measures_link')({});
		}
	},
	measuresPage: {
		get title() {
			return msg('measures_page_title')({});
		},
		get description() {
			return msg('measures_page_description')({});
		},
		get intro() {
			return msg('measures_page_intro')({});
		},
		get measuresHeading() {
			return msg('measures_page_measures_heading')({});
		},
		measures: {
			get stock() {
				return msg('measures_page_measures_stock')({});
			},
			get registered_workers() {
				return msg('measures_page_measures_registered_workers')({});
			},
			get mou_deployments() {
				return msg('measures_page_measures_mou_deployments')({});
			},
			get nationality_verification() {
				return msg('measures_page_measures_nationality_verification')({});
			},
			get departures() {
				return msg('measures_page_measures_departures')({});
			},
			get returns_deportations() {
				return msg('measures_page_measures_returns_deportations')({});
			},
			get quota_target() {
				return msg('measures_page_measures_quota_target')({});
			},
			get share() {
				return msg('measures_page_measures_share')({});
			},
			get cost() {
				return msg('measures_page_measures_cost')({});
			},
			get wage() {
				return msg('measures_page_measures_wage')({});
			},
			get remittance() {
				return msg('measures_page_measures_remittance')({});
			},
			get other() {
				return msg('measures_page_measures_other')({});
			}
		},
		get scopeHeading() {
			return msg('measures_page_scope_heading')({});
		},
		scopes: {
			get all() {
				return msg('measures_page_scopes_all')({});
			},
			get subset() {
				return msg('measures_page_scopes_subset')({});
			}
		},
		get periodHeading() {
			return msg('measures_page_period_heading')({});
		},
		periods: {
			get point() {
				return msg('measures_page_periods_point')({});
			},
			get year() {
				return msg('measures_page_periods_year')({});
			},
			get cumulative() {
				return msg('measures_page_periods_cumulative')({});
			},
			get unstated() {
				return msg('measures_page_periods_unstated')({});
			}
		},
		get addingHeading() {
			return msg('measures_page_adding_heading')({});
		},
		get adding() {
			return msg('measures_page_adding')({});
		},
		get ruleHeading() {
			return msg('measures_page_rule_heading')({});
		},
		get rule() {
			return msg('measures_page_rule')({});
		},
		get directionHeading() {
			return msg('measures_page_direction_heading')({});
		},
		get direction() {
			return msg('measures_page_direction')({});
		},
		termLabels: {
			get all() {
				return msg('measures_page_term_labels_all')({});
			},
			get subset() {
				return msg('measures_page_term_labels_subset')({});
			},
			get point() {
				return msg('measures_page_term_labels_point')({});
			},
			get year() {
				return msg('measures_page_term_labels_year')({});
			},
			get cumulative() {
				return msg('measures_page_term_labels_cumulative')({});
			},
			get unstated() {
				return msg('measures_page_term_labels_unstated')({});
			}
		}
	},
	value: {
		approximately: (value: string | number) => msg('value_approximately')({ value: formatBare(value) }),
		more_than: (value: string | number) => msg('value_more_than')({ value: formatBare(value) }),
		at_least: (value: string | number) => msg('value_at_least')({ value: formatBare(value) }),
		nearly: (value: string | number) => msg('value_nearly')({ value: formatBare(value) }),
		up_to: (value: string | number) => msg('value_up_to')({ value: formatBare(value) }),
		less_than: (value: string | number) => msg('value_less_than')({ value: formatBare(value) }),
		range: (low: string | number, high: string | number) =>
			msg('value_range')({ low: formatBare(low), high: formatBare(high) }),
		currency: (currency: string | number, value: string | number) =>
			msg('value_currency')({ currency: formatBare(currency), value: formatBare(value) }),
		percent: (value: string | number) => msg('value_percent')({ value: formatBare(value) }),
		cases: (value: string | number) => msg('value_cases')({ value: formatBare(value) }),
		households: (value: string | number) => msg('value_households')({ value: formatBare(value) }),
		perDay: (value: string | number) => msg('value_per_day')({ value: formatBare(value) }),
		perMonth: (value: string | number) => msg('value_per_month')({ value: formatBare(value) }),
		perYear: (value: string | number) => msg('value_per_year')({ value: formatBare(value) }),
		perPerson: (value: string | number) => msg('value_per_person')({ value: formatBare(value) })
	},
	dates: {
		monthYear: (month: string | number, year: string | number) =>
			msg('dates_month_year')({ month: formatBare(month), year: formatBare(year) }),
		dayMonthYear: (day: string | number, month: string | number, year: string | number) =>
			msg('dates_day_month_year')({ day: formatBare(day), month: formatBare(month), year: formatBare(year) }),
		endOf: (year: string | number) => msg('dates_end_of')({ year: formatBare(year) }),
		by: (year: string | number) => msg('dates_by')({ year: formatBare(year) }),
		months: {
			get m1() {
				return msg('dates_months_m1')({});
			},
			get m2() {
				return msg('dates_months_m2')({});
			},
			get m3() {
				return msg('dates_months_m3')({});
			},
			get m4() {
				return msg('dates_months_m4')({});
			},
			get m5() {
				return msg('dates_months_m5')({});
			},
			get m6() {
				return msg('dates_months_m6')({});
			},
			get m7() {
				return msg('dates_months_m7')({});
			},
			get m8() {
				return msg('dates_months_m8')({});
			},
			get m9() {
				return msg('dates_months_m9')({});
			},
			get m10() {
				return msg('dates_months_m10')({});
			},
			get m11() {
				return msg('dates_months_m11')({});
			},
			get m12() {
				return msg('dates_months_m12')({});
			}
		}
	},
	measureLabels: {
		get stock() {
			return msg('measure_labels_stock')({});
		},
		get registered_workers() {
			return msg('measure_labels_registered_workers')({});
		},
		get mou_deployments() {
			return msg('measure_labels_mou_deployments')({});
		},
		get nationality_verification() {
			return msg('measure_labels_nationality_verification')({});
		},
		get departures() {
			return msg('measure_labels_departures')({});
		},
		get returns_deportations() {
			return msg('measure_labels_returns_deportations')({});
		},
		get quota_target() {
			return msg('measure_labels_quota_target')({});
		},
		get share() {
			return msg('measure_labels_share')({});
		},
		get cost() {
			return msg('measure_labels_cost')({});
		},
		get wage() {
			return msg('measure_labels_wage')({});
		},
		get remittance() {
			return msg('measure_labels_remittance')({});
		},
		get other() {
			return msg('measure_labels_other')({});
		}
	},
	measureNouns: {
		get stock() {
			return msg('measure_nouns_stock')({});
		},
		get registered_workers() {
			return msg('measure_nouns_registered_workers')({});
		},
		get mou_deployments() {
			return msg('measure_nouns_mou_deployments')({});
		},
		get nationality_verification() {
			return msg('measure_nouns_nationality_verification')({});
		},
		get departures() {
			return msg('measure_nouns_departures')({});
		},
		get returns_deportations() {
			return msg('measure_nouns_returns_deportations')({});
		},
		get quota_target() {
			return msg('measure_nouns_quota_target')({});
		},
		get share() {
			return msg('measure_nouns_share')({});
		},
		get cost() {
			return msg('measure_nouns_cost')({});
		},
		get wage() {
			return msg('measure_nouns_wage')({});
		},
		get remittance() {
			return msg('measure_nouns_remittance')({});
		},
		get other() {
			return msg('measure_nouns_other')({});
		}
	},
	kinds: {
		get MOU() {
			return msg('kinds_mou')({});
		},
		get MOC() {
			return msg('kinds_moc')({});
		},
		get bilateral_agreement() {
			return msg('kinds_bilateral_agreement')({});
		},
		get asean_instrument() {
			return msg('kinds_asean_instrument')({});
		},
		get regional_instrument() {
			return msg('kinds_regional_instrument')({});
		},
		get international_convention() {
			return msg('kinds_international_convention')({});
		},
		get joint_statement() {
			return msg('kinds_joint_statement')({});
		},
		get law() {
			return msg('kinds_law')({});
		},
		get decree() {
			return msg('kinds_decree')({});
		},
		get sub_decree() {
			return msg('kinds_sub_decree')({});
		},
		get prakas() {
			return msg('kinds_prakas')({});
		},
		get royal_ordinance() {
			return msg('kinds_royal_ordinance')({});
		},
		get regulation() {
			return msg('kinds_regulation')({});
		},
		get registration_scheme() {
			return msg('kinds_registration_scheme')({});
		},
		get verification_scheme() {
			return msg('kinds_verification_scheme')({});
		},
		get ban() {
			return msg('kinds_ban')({});
		},
		get programme() {
			return msg('kinds_programme')({});
		},
		get strategy() {
			return msg('kinds_strategy')({});
		},
		get action_plan() {
			return msg('kinds_action_plan')({});
		},
		get ngo() {
			return msg('kinds_ngo')({});
		},
		get union() {
			return msg('kinds_union')({});
		},
		get government() {
			return msg('kinds_government')({});
		},
		get un_agency() {
			return msg('kinds_un_agency')({});
		},
		get intergovernmental() {
			return msg('kinds_intergovernmental')({});
		},
		get network() {
			return msg('kinds_network')({});
		},
		get academic() {
			return msg('kinds_academic')({});
		},
		get employer() {
			return msg('kinds_employer')({});
		},
		get other() {
			return msg('kinds_other')({});
		}
	},
	notFound: {
		didYouMean: (name: string | number) => msg('not_found_did_you_mean')({ name: formatBare(name) }),
		get findLabel() {
			return msg('not_found_find_label')({});
		},
		get findHelp() {
			return msg('not_found_find_help')({});
		},
		get countries() {
			return msg('not_found_countries')({});
		},
		get corridors() {
			return msg('not_found_corridors')({});
		}
	},
	get notFoundHeading() {
		return msg('not_found_heading')({});
	},
	get notFoundBody() {
		return msg('not_found_body')({});
	}
};
