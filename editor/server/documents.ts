/**
 * Documents: turning a PDF, a text file or pasted text into the stored text; adding it as a source
 * (the text in the documents folder, data/sources/<id>.json beside the other sources) unless the same
 * text is already there; and a document's lines with what is cited in it and what is left.
 */
import { sourceSchema, type RecordKind } from '$lib/data/schema';
import { messages } from '../messages.js';
import { coverage, type CitationRef } from './coverage';
import { sameDocument, sha256, suggestSource, tidyText, type KnownDocument } from './documentText';
import { keyOrderOf, ordered, serialise } from './jsonWrite';
import { isPdf, PdfError, pdfToText } from './pdf';
import { recordKindNames, type Raw } from './records';
import { BadRequest, type Store } from './store';

export type SourceRaw = Raw & { id: string; title?: string; file?: string; sha256?: string };

export function documentOps(store: Store, options: { pdfToText?: (bytes: Buffer) => Promise<string> } = {}) {
	const toText = options.pdfToText ?? ((b: Buffer) => pdfToText(b));

	function sources(): SourceRaw[] {
		return store
			.jsonFilesIn('sources')
			.map((f) => store.readJson(`sources/${f}`))
			.filter(
				(s): s is SourceRaw => typeof s === 'object' && s !== null && typeof (s as Raw).id === 'string'
			);
	}

	function known(): KnownDocument[] {
		return sources().map((s) => {
			const doc = typeof s.file === 'string' ? store.documentText(s.file) : null;
			return {
				id: s.id,
				title: String(s.title ?? s.id),
				sha256: String(s.sha256 ?? ''),
				text: doc ? doc.lines.join('\n') : null
			};
		});
	}

	function duplicate(text: string) {
		const same = sameDocument(text, known());
		if (!same) return null;
		const why = same.why === 'sha256' ? messages.addDocument.sameChecksum : messages.addDocument.sameText;
		return {
			id: same.id,
			title: same.title,
			message: messages.addDocument.duplicate(same.id, same.title, why)
		};
	}

	/** The stored text of an upload (PDF or text) or of pasted text, with what the editor guesses about it. */
	async function convert(input: { bytes?: Buffer; name?: string; text?: string; join?: boolean }) {
		let text: string;
		if (input.bytes && isPdf(input.bytes, input.name)) {
			try {
				text = await toText(input.bytes);
			} catch (e) {
				if (e instanceof PdfError)
					throw new BadRequest(
						e.missing ? messages.server.noPdftotext : messages.server.pdfFailed(e.message)
					);
				throw e;
			}
		} else {
			let raw = input.text;
			if (raw === undefined) {
				try {
					raw = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes ?? Buffer.alloc(0));
				} catch {
					throw new BadRequest(messages.server.notUtf8);
				}
			}
			text = tidyText(raw, input.join ?? false);
		}
		if (!text.trim()) throw new BadRequest(messages.addDocument.empty);
		return {
			text,
			lineCount: text.split('\n').length,
			sha256: sha256(text),
			duplicate: duplicate(text),
			suggestion: suggestSource(
				text,
				sources().map((s) => s.id)
			)
		};
	}

	/** Adds a document: its text file and its source record, after the same checks as any save. */
	function create(text: string, fields: Raw) {
		const id = String(fields.id ?? '');
		if (!/^[a-z0-9-]+$/.test(id)) throw new BadRequest(messages.server.badId);
		const same = duplicate(text);
		if (same) throw new BadRequest(same.message);
		const file = `${id}.txt`;
		if (store.version(`sources/${id}.json`))
			throw new BadRequest(messages.server.fileExists(`data/sources/${id}.json`));
		if (store.documentText(file)) throw new BadRequest(messages.server.fileExists(`documents/${file}`));
		const source = ordered(
			{ ...fields, id, file, sha256: sha256(text) },
			keyOrderOf(sourceSchema)
		) as SourceRaw;
		const rel = `sources/${id}.json`;
		return store.commit(
			[{ rel, text: serialise(source, true) }],
			{ [rel]: null },
			messages.changelog.sourceAdded(id, String(source.title ?? id), file, String(source.sha256)),
			[{ file, text }]
		);
	}

	/** Every citation of a source in the record files. */
	function citationsOf(sourceId: string): CitationRef[] {
		const out: CitationRef[] = [];
		for (const kind of recordKindNames as RecordKind[]) {
			const list = store.readJson(`${kind}.json`);
			if (!Array.isArray(list)) continue;
			for (const r of list as Raw[]) {
				if (!Array.isArray(r.citations)) continue;
				(r.citations as Raw[]).forEach((c, index) => {
					if (c.source === sourceId && typeof c.line === 'number' && typeof c.quote === 'string')
						out.push({ kind, id: String(r.id), index, line: c.line, quote: c.quote });
				});
			}
		}
		return out;
	}

	/** A document's lines, and what is cited in it and what is left. */
	function view(sourceId: string) {
		const source = sources().find((s) => s.id === sourceId);
		if (!source) return null;
		const doc = typeof source.file === 'string' ? store.documentText(source.file) : null;
		const lines = doc?.lines ?? [];
		const citations = citationsOf(sourceId);
		return { source, lines, found: doc !== null, citations, ...coverage(lines, citations) };
	}

	/** For the documents list: lines, passages cited, numbers left, per source. */
	function summary() {
		return Object.fromEntries(
			sources().map((s) => {
				const v = view(s.id)!;
				return [
					s.id,
					{ lines: v.lines.length, found: v.found, cited: v.citations.length, uncited: v.uncited.length }
				];
			})
		);
	}

	return { sources, convert, create, view, summary };
}
