import { afterEach, describe, expect, it } from 'vitest';
import { emphasised, imageTitle } from '$lib/map/imageTitle';
import { setLocale } from '$lib/i18n/current';

const names: Record<string, string> = { KHM: 'Cambodia', THA: 'Thailand', MMR: 'Myanmar', MYS: 'Malaysia' };
const place = (code: string) => names[code] ?? code;
const view = { year: 2019, measure: 'registered_workers' as const, corridor: null, country: null };
const line = (origin: string, destination: string) => ({
	key: `${origin}-${destination}`,
	origin,
	destination
});
const lines = [line('KHM', 'THA'), line('MMR', 'THA'), line('THA', 'MYS')];

afterEach(() => setLocale('en'));

describe('imageTitle(view, corridors, place)', () => {
	it.each([
		[{ ...view, corridor: 'KHM-THA' }, lines, 'Cambodia to Thailand, 2019: registered workers'],
		[{ ...view, country: 'THA' }, lines.slice(0, 2), 'Registered workers, 2019: corridors into Thailand'],
		[{ ...view, country: 'KHM' }, lines, 'Registered workers, 2019: corridors from Cambodia'],
		[{ ...view, country: 'THA' }, lines, 'Registered workers, 2019: corridors to and from Thailand'],
		// A country with no line drawn this year: nothing says which way, so both.
		[{ ...view, country: 'MYS' }, [], 'Registered workers, 2019: corridors to and from Malaysia'],
		[view, lines, 'Registered workers, 2019'],
		[{ ...view, measure: 'stock' as const }, [], 'Migrants, 2019']
	])('imageTitle(%j)', (v, corridors, expected) => {
		expect(imageTitle(v, corridors, place)).toBe(expected);
	});

	it('imageTitle(view, corridors, place) is one message in the page’s language, with its digits', () => {
		setLocale('my');
		expect(imageTitle({ ...view, country: 'THA' }, lines.slice(0, 2), place)).toBe(
			'မှတ်ပုံတင်ထားသော အလုပ်သမား၊ ၂၀၁၉ ခုနှစ်၊ Thailandသို့ ဝင်ရောက်သော ရွှေ့ပြောင်းသွားလာမှု လမ်းကြောင်းများ'
		);
		setLocale('th');
		expect(imageTitle(view, lines, place)).toBe('แรงงานที่ขึ้นทะเบียน ปี 2019');
	});
});

describe('emphasised(view, corridors)', () => {
	it.each([
		[{ corridor: 'KHM-THA', country: null }, ['KHM-THA']],
		[{ corridor: null, country: 'THA' }, ['KHM-THA', 'MMR-THA', 'THA-MYS']],
		[{ corridor: null, country: 'KHM' }, ['KHM-THA']],
		[{ corridor: null, country: 'LAO' }, []]
	])('emphasised(%j) picks out %j', (v, keys) => {
		expect([...emphasised(v, lines)!]).toEqual(keys);
	});
	it('emphasised(view) is null with nothing selected: no line is dimmed', () => {
		expect(emphasised({ corridor: null, country: null }, lines)).toBeNull();
	});
});
