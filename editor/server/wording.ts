/**
 * Figures in words, for the deck preview and the changelog: "1,234,567", "3 to 4 million", "about
 * 45%", "USD 140 per month". The editor's own small copy of the site's wording (src/lib/data/format.ts),
 * which depends on the site's language catalogues; the words themselves are in messages.js.
 */
import type { Figure } from '$lib/data/schema';
import { messages } from '../messages.js';

const W = messages.wording;

/** 686429 -> "686,429"; 3500000 -> "3.5 million". */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const scaled = (n: number, word: string) =>
		`${Number((value / n).toFixed(2)).toLocaleString('en-GB')} ${word}`;
	if (Math.abs(value) >= 1e9 && value % 1e7 === 0) return scaled(1e9, W.billion);
	if (Math.abs(value) >= 1e6 && value % 1e4 === 0) return scaled(1e6, W.million);
	return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

export function formatValue(
	f: Pick<Figure, 'value' | 'value_high' | 'qualifier' | 'unit' | 'unit_per'> & { multiplier?: string | null }
): string {
	let number = formatNumber(f.value);
	if (f.qualifier === 'range' && f.value_high !== null) {
		const [a, b] = [formatNumber(f.value), formatNumber(f.value_high)];
		const [aNum, aWord] = a.split(' ');
		number = aWord && aWord === b.split(' ')[1] ? `${aNum} ${W.to} ${b}` : `${a} ${W.to} ${b}`;
	}
	const before = (W.qualifiers as Record<string, string>)[f.qualifier];
	let text = before ? `${before} ${number}` : number;
	if (f.unit === 'percent') text += '%';
	else if (/^[A-Z]{3}$/.test(f.unit)) text = `${f.unit} ${text}`;
	else if (f.unit !== 'people' && f.unit !== 'other') text += ` ${f.unit}`;
	if (f.unit_per) text += ` ${W.per} ${f.unit_per}`;
	return f.multiplier ? `${f.multiplier} “${text}”` : text;
}
