import { afterEach, describe, expect, it } from 'vitest';
import { viewTitle } from '$lib/embed/viewTitle';
import { setLocale } from '$lib/i18n/current';

const names: Record<string, string> = { KHM: 'Cambodia', THA: 'Thailand' };
const place = (code: string) => names[code] ?? code;
const view = { year: 2019, measure: 'registered_workers' as const, corridor: null, country: null };

afterEach(() => setLocale('en'));

describe('viewTitle(view, place)', () => {
	it.each([
		[{ ...view, corridor: 'KHM-THA' }, 'Cambodia to Thailand, 2019: registered workers'],
		[{ ...view, country: 'THA' }, 'Corridors of Thailand, 2019: registered workers'],
		[
			{ ...view, measure: 'stock' as const },
			'Labour migration corridors in the Mekong region, 2019: migrants'
		]
	])('viewTitle(%j)', (v, expected) => {
		expect(viewTitle(v, place)).toBe(expected);
	});

	it('viewTitle(view, place) writes the year in the language’s digits, as one message', () => {
		setLocale('my');
		expect(viewTitle({ ...view, corridor: 'KHM-THA' }, place)).toBe(
			'Cambodiaမှ Thailandသို့၊ ၂၀၁၉ ခုနှစ်၊ မှတ်ပုံတင်ထားသော အလုပ်သမား'
		);
	});
});
