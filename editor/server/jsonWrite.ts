/**
 * Writing the data files so that a review sees only what changed: tab-indented like the files already
 * are, every record's fields in the order of its schema (src/lib/data/schema.ts), records in their
 * existing order (an edited record stays where it was, a new one goes at the end), and the file's own
 * ending kept (the record files end without a newline, the source files with one). Pure.
 */

/** The key order of a value: an object's keys (with the order of each key's value), or an array's items'. */
export interface KeyOrder {
	keys?: string[];
	fields?: Record<string, KeyOrder>;
	items?: KeyOrder;
}

/** The parts of a zod schema's definition this module reads (zod 4 keeps it at `_zod.def`). */
interface SchemaDef {
	type: string;
	shape?: Record<string, unknown>;
	element?: unknown;
	innerType?: unknown;
	in?: unknown;
	options?: unknown[];
}
const defOf = (schema: unknown): SchemaDef | undefined =>
	(schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/** The key order a zod schema declares, through arrays, optionals, nullables, unions and pipes. */
export function keyOrderOf(schema: unknown): KeyOrder | null {
	const def = defOf(schema);
	if (!def) return null;
	switch (def.type) {
		case 'object': {
			const shape = def.shape ?? {};
			const fields: Record<string, KeyOrder> = {};
			for (const [k, v] of Object.entries(shape)) {
				const o = keyOrderOf(v);
				if (o) fields[k] = o;
			}
			return { keys: Object.keys(shape), fields };
		}
		case 'array': {
			const items = keyOrderOf(def.element);
			return items ? { items } : null;
		}
		case 'optional':
		case 'nullable':
		case 'default':
		case 'readonly':
			return keyOrderOf(def.innerType);
		case 'pipe':
			return keyOrderOf(def.in);
		case 'union': {
			// One order for every option: the keys of each object option, in the order they come.
			const parts = (def.options ?? []).map(keyOrderOf).filter((o): o is KeyOrder => o !== null);
			if (!parts.length) return null;
			const keys = [...new Set(parts.flatMap((p) => p.keys ?? []))];
			const fields = Object.assign({}, ...parts.map((p) => p.fields ?? {})) as Record<string, KeyOrder>;
			return { keys, fields };
		}
		default:
			return null;
	}
}

/**
 * The value with object keys in the declared order; keys the order does not know keep their place
 * after the known ones (the validator names them), so nothing is dropped.
 */
export function ordered(value: unknown, order: KeyOrder | null | undefined): unknown {
	if (!order) return value;
	if (Array.isArray(value)) return order.items ? value.map((v) => ordered(v, order.items)) : value;
	if (value === null || typeof value !== 'object' || !order.keys) return value;
	const obj = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const k of [
		...order.keys.filter((k) => k in obj),
		...Object.keys(obj).filter((k) => !order.keys!.includes(k))
	])
		out[k] = ordered(obj[k], order.fields?.[k]);
	return out;
}

/** JSON as the data files are written: tabs, and the ending of the file it replaces. */
export const serialise = (value: unknown, finalNewline: boolean) =>
	JSON.stringify(value, null, '\t') + (finalNewline ? '\n' : '');

/**
 * Where a new record goes, so that the file keeps its order: in a file sorted by id (organisations), at
 * its place; else after the last record of its group (the id without its number: "ar2024-f"); else at
 * the end.
 */
export function insertionIndex(ids: string[], id: string): number {
	const sorted = ids.every((x, i) => i === 0 || ids[i - 1]! <= x);
	if (sorted) {
		const at = ids.findIndex((x) => x > id);
		return at < 0 ? ids.length : at;
	}
	const group = id.replace(/\d+$/, '');
	const last = ids.findLastIndex((x) => x.replace(/\d+$/, '') === group);
	return last < 0 ? ids.length : last + 1;
}

/** A new record at its place (insertionIndex); an edited one where it was (by its id before the edit). */
export function upsert<T extends { id?: unknown }>(list: T[], record: T, originalId: string | null): T[] {
	if (originalId === null) {
		const at = insertionIndex(
			list.map((r) => String(r.id)),
			String(record.id)
		);
		return [...list.slice(0, at), record, ...list.slice(at)];
	}
	const at = list.findIndex((r) => r.id === originalId);
	if (at < 0) throw new RangeError(`no record ${originalId}`);
	return list.map((r, i) => (i === at ? record : r));
}

export function withoutRecord<T extends { id?: unknown }>(list: T[], id: string): T[] {
	if (!list.some((r) => r.id === id)) throw new RangeError(`no record ${id}`);
	return list.filter((r) => r.id !== id);
}

/** The top-level fields whose values differ between two versions of a record, in the record's order. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
	const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
	return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
