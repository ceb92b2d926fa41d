/**
 * A small RFC 4180 reader for tests: enough to prove that what we write parses back to what we meant.
 * Every CSV the site writes starts with a UTF-8 byte-order mark (for Excel); one without it is an error
 * here, so a test that reads a CSV also checks that the mark is there.
 */
export function parseCsv(withBom: string): string[][] {
	if (!withBom.startsWith('\uFEFF')) throw new Error('CSV does not start with a UTF-8 byte-order mark');
	const text = withBom.slice(1);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted && ch === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (ch === '"') {
			quoted = !quoted;
		} else if (!quoted && ch === ',') {
			row.push(field);
			field = '';
		} else if (!quoted && ch === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else if (quoted || ch !== '\r') {
			field += ch;
		}
	}
	return rows;
}
