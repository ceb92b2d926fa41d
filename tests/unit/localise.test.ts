import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAsOf } from '$lib/data/format';
import { presentationSchema, type Presentation } from '$lib/data/schema';
import { setLocale } from '$lib/i18n/current';
import { locales } from '$lib/i18n/locales';
import { localisePresentation } from '$lib/present/localise';

const deck = (translations: object, stepTranslations: object[]): Presentation =>
	presentationSchema.parse({
		id: 'demo',
		title: 'Corridors into Thailand',
		description: 'How many migrants were in Thailand.',
		translations,
		steps: stepTranslations.map((t, i) => ({
			heading: `Step ${i + 1}`,
			caption: `Caption ${i + 1}.`,
			year: 2019,
			measure: 'stock',
			frame: { country: 'THA' },
			highlight: { corridors: [], countries: [] },
			figure: null,
			notes: `Notes ${i + 1}.`,
			translations: t
		}))
	});

describe('localisePresentation(deck, locale)', () => {
	const demo = deck({ km: { title: 'ច្រករបៀងចូលប្រទេសថៃ', description: 'ចំនួនជនចំណាកស្រុក។' } }, [
		{ km: { heading: 'ជំហាន ១', caption: 'ពាក្យពន្យល់ ១។', notes: 'កំណត់ចំណាំ ១។' } },
		{},
		{ km: { heading: 'ជំហាន ៣', caption: 'ពាក្យពន្យល់ ៣។' } }
	]);

	it('gives a translated step its own words, marked as the page language', () => {
		const km = localisePresentation(demo, 'km');
		expect(km.title).toBe('ច្រករបៀងចូលប្រទេសថៃ');
		expect(km.lang).toBe('km');
		expect(km.steps[0]).toMatchObject({ heading: 'ជំហាន ១', caption: 'ពាក្យពន្យល់ ១។', notes: 'កំណត់ចំណាំ ១។' });
		expect(km.steps[0]!.lang).toBe('km');
	});

	it('keeps a step without a translation whole in English and says it is English', () => {
		const step = localisePresentation(demo, 'km').steps[1]!;
		expect(step).toMatchObject({ heading: 'Step 2', caption: 'Caption 2.', notes: 'Notes 2.', lang: 'en' });
	});

	it('falls back to the English notes alone when a translation leaves them out', () => {
		const step = localisePresentation(demo, 'km').steps[2]!;
		expect(step).toMatchObject({ heading: 'ជំហាន ៣', lang: 'km', notes: 'Notes 3.', notesLang: 'en' });
	});

	it('shows a language with no translation at all in English, and English as written', () => {
		for (const locale of ['lo', 'en'] as const) {
			const p = localisePresentation(demo, locale);
			expect(p.title).toBe('Corridors into Thailand');
			expect(p.steps.map((s) => s.lang)).toEqual(['en', 'en', 'en']);
		}
	});

	it('carries no other language into the page', () => {
		expect(JSON.stringify(localisePresentation(demo, 'en'))).not.toMatch(/[\u1780-\u17ff]/);
	});
});

describe('the decks in data/presentations', () => {
	for (const id of ['into-thailand', 'beyond-the-mekong']) {
		const p = presentationSchema.parse(JSON.parse(readFileSync(`data/presentations/${id}.json`, 'utf8')));
		it(`${id} has every step in every language, so no slide falls back to English`, () => {
			for (const locale of locales) {
				const local = localisePresentation(p, locale);
				expect(local.lang, `${id} title in ${locale}`).toBe(locale);
				const english = local.steps.flatMap((s, i) => (s.lang === locale ? [] : [`step ${i + 1}`]));
				expect(english, `${id} steps left in English in ${locale}`).toEqual([]);
			}
		});
	}
});

describe('formatAsOf(asOf, locale)', () => {
	afterEach(() => setLocale('en'));
	it.each([
		['km', 'July 2016', 'ខែកក្កដា ឆ្នាំ2016'],
		['zh-hans', 'December 2019', '2019年12月'],
		['my', 'By 2017', '၂၀၁၇ ခုနှစ်အထိ'],
		['vi', 'Towards the end of 2016', 'cuối năm 2016'],
		['th', '8 March 2019', '8 มีนาคม 2019']
	] as const)('in %s, "%s" reads "%s"', (locale, asOf, expected) => {
		setLocale(locale);
		expect(formatAsOf(asOf, locale)).toEqual({ text: expected, lang: locale });
	});

	it('leaves words it cannot read in English, tagged as English', () => {
		setLocale('km');
		expect(formatAsOf('in the past 5 years', 'km')).toEqual({ text: 'in the past 5 years', lang: 'en' });
	});

	it('shows English as the data write it', () => {
		expect(formatAsOf('Towards the end of 2016', 'en')).toEqual({
			text: 'Towards the end of 2016',
			lang: 'en'
		});
	});
});
