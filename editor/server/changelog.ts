/**
 * data/CHANGELOG.md gets one dated line for every change: "- 2026-12-01: Figure ar2024-f001 added: …".
 * Pure; the date is the editor's computer's local date.
 */

/** A local date as YYYY-MM-DD. */
export function localDate(d = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** One changelog line: dated, on one line, ending with a full stop. */
export function changelogLine(date: string, text: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date: ${date}`);
	const one = text.replace(/\s+/g, ' ').trim();
	return `- ${date}: ${/[.!?]$/.test(one) ? one : `${one}.`}`;
}

/** The changelog with the line added at the end (after the last line, with exactly one newline). */
export function appendLine(changelog: string, line: string): string {
	const body = changelog.replace(/\s+$/, '');
	return `${body}${body ? '\n' : ''}${line}\n`;
}
