/** A small RFC 4180 reader for tests: enough to prove that what we write parses back to what we meant. */
export function parseCsv(text: string): string[][] {
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
