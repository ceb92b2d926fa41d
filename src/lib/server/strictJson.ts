/**
 * JSON as the data files must be: UTF-8 without a byte-order mark, valid syntax, and no key twice in one
 * object. JSON.parse keeps the last of two equal keys silently, so a record edited by hand could carry
 * a "value" nobody sees in review; this reads the text once more and names the first repeated key.
 */

export type StrictJson =
	| { ok: true; value: unknown }
	| { ok: false; problem: 'bom' | 'syntax' | 'duplicate-key'; message: string; path: (string | number)[] };

/** The path of the first key that appears twice in one object, with the key; null when there is none. */
export function firstDuplicateKey(text: string): (string | number)[] | null {
	// A stack of containers: objects keep their keys so far, arrays their next index.
	type Frame = { kind: 'object'; keys: Set<string>; key: string | null } | { kind: 'array'; index: number };
	const stack: Frame[] = [];
	/** Where the innermost container sits: the current key or index of each container around it. */
	const path = (): (string | number)[] =>
		stack
			.slice(0, -1)
			.flatMap((f): (string | number)[] => (f.kind === 'array' ? [f.index] : f.key === null ? [] : [f.key]));
	let expectKey = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		const top = stack.at(-1);
		if (ch === '"') {
			let j = i + 1;
			while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
			if (top?.kind === 'object' && expectKey) {
				const key = JSON.parse(text.slice(i, j + 1)) as string;
				if (top.keys.has(key)) return [...path(), key];
				top.keys.add(key);
				top.key = key;
				expectKey = false;
			}
			i = j;
		} else if (ch === '{') {
			stack.push({ kind: 'object', keys: new Set(), key: null });
			expectKey = true;
		} else if (ch === '[') {
			stack.push({ kind: 'array', index: 0 });
		} else if (ch === '}' || ch === ']') {
			stack.pop();
		} else if (ch === ',') {
			if (top?.kind === 'object') expectKey = true;
			else if (top?.kind === 'array') top.index++;
		}
	}
	return null;
}

export function parseStrictJson(text: string): StrictJson {
	if (text.charCodeAt(0) === 0xfeff)
		return { ok: false, problem: 'bom', message: 'starts with a byte-order mark (BOM)', path: [] };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return { ok: false, problem: 'syntax', message: `is not valid JSON: ${(e as Error).message}`, path: [] };
	}
	const duplicate = firstDuplicateKey(text);
	if (duplicate)
		return {
			ok: false,
			problem: 'duplicate-key',
			message: `has the key "${duplicate.at(-1)}" twice in one object`,
			path: duplicate
		};
	return { ok: true, value };
}
