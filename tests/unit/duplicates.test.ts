import { describe, expect, it } from 'vitest';
import { acronymKey, likelyDuplicates, nameKey } from '$lib/data/duplicates';

describe('nameKey(name)', () => {
	it.each([
		['Lao Women’s Union', 'lao women union'],
		["Lao Women's Union", 'lao women union'],
		['Lao Women Union', 'lao women union'],
		['National Committee for Counter-Trafficking', 'national committee for counter trafficking'],
		['Employment Permit System (EPS)', 'employment permit system'],
		['CWCC, Cambodia', 'cwcc'],
		['Maryknoll Thailand - Office for Migrants', 'maryknoll thailand office for migrants'],
		['MSD Vietnam', 'msd'],
		['Thailand', 'thailand'],
		['မြန်မာ', 'မြန်မာ'],
		['', '']
	])('nameKey(%j) is %j', (name, key) => {
		expect(nameKey(name)).toBe(key);
	});
	it('keeps the vowel signs of Southeast Asian scripts (they are part of the word)', () => {
		expect(nameKey('สหภาพแรงงาน')).toBe('สหภาพแรงงาน');
	});
	it('acronymKey drops a trailing place and punctuation, not the letters', () => {
		expect([acronymKey('MSD Vietnam'), acronymKey('UN-ACT'), acronymKey('UN')]).toEqual([
			'msd',
			'unact',
			'un'
		]);
	});
});

describe('likelyDuplicates(records)', () => {
	const r = (id: string, name: string, over: Record<string, unknown> = {}) => ({ id, name, ...over });
	it('pairs two spellings of one name, and two records with one acronym', () => {
		expect(
			likelyDuplicates([
				r('b', 'Lao Women Union'),
				r('a', 'Lao Women’s Union'),
				r('c', 'Research Center', { acronym: 'MSD' }),
				r('d', 'Research Centre for Management', { acronym: 'MSD Vietnam' }),
				r('e', 'Something else')
			])
		).toEqual([
			{ a: 'a', b: 'b', why: 'same name' },
			{ a: 'c', b: 'd', why: 'same acronym' }
		]);
	});
	it('needs the same context (a policy of another country is another policy)', () => {
		expect(
			likelyDuplicates([r('a', 'Labour Law', { context: 'KHM' }), r('b', 'Labour Law', { context: 'LAO' })])
		).toEqual([]);
	});
	it('leaves a pair alone that says why it is distinct, from either side', () => {
		expect(
			likelyDuplicates([
				r('a', 'Royal Ordinance'),
				r('b', 'Royal Ordinance', { distinct_from: [{ id: 'a', why: '2016 and 2017' }] })
			])
		).toEqual([]);
	});
	it('is empty for no records', () => {
		expect(likelyDuplicates([])).toEqual([]);
	});
});
