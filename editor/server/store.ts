/**
 * The editor's only way to the files: it reads the data folder and the documents folder (and the seeds
 * folder, read-only), says what version of each file it read (mtime and sha256), validates a change on a
 * temporary copy with the same validateDataDir the build and check:data use, and writes a change only
 * when the files are still the versions the user edited and the data stays valid. A write replaces each
 * file atomically (a temporary file renamed over it) and is undone if any part of it fails.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseStrictJson } from '$lib/server/strictJson';
import { formatProblem, readSeed, validateDataDir, type Problem, type SeedText } from '$lib/server/validate';
import { messages } from '../messages.js';
import { appendLine, changelogLine, localDate } from './changelog';

export interface Paths {
	data: string;
	documents: string;
	/** The folder of the first five documents (read-only); null when absent. */
	seeds: string | null;
}

export interface Version {
	mtimeMs: number;
	sha256: string;
}

/** A problem as the page shows it: the same words as check:data, and its parts to mark the field. */
export interface ShownProblem extends Problem {
	text: string;
}

/** One file of the data folder to write (text) or remove (null), by its path inside the folder. */
export interface Change {
	rel: string;
	text: string | null;
}

export class Conflict extends Error {
	constructor(readonly file: string) {
		super(messages.form.conflict(file));
	}
}
export class Refused extends Error {
	constructor(readonly problems: ShownProblem[]) {
		super(messages.form.refused);
	}
}
export class BadRequest extends Error {}

export const shown = (p: Problem): ShownProblem => ({ ...p, text: formatProblem(p) });
const hash = (bytes: Buffer | string) => crypto.createHash('sha256').update(bytes).digest('hex');
/** File names the editor writes: an id and an extension, nothing that could leave the folder. */
const SAFE_REL = /^(?:(?:sources|presentations)\/)?[a-z0-9-]+\.json$|^CHANGELOG\.md$/;
const SAFE_DOC = /^[a-z0-9-]+\.txt$/;

export type Report = ReturnType<typeof validateDataDir>;

export function createStore(paths: Paths, options: { today?: () => string } = {}) {
	const today = options.today ?? (() => localDate());
	let cached: { key: string; report: Report } | null = null;

	const full = (rel: string) => path.join(paths.data, rel);

	function version(rel: string): Version | null {
		const file = full(rel);
		if (!fs.existsSync(file)) return null;
		return { mtimeMs: fs.statSync(file).mtimeMs, sha256: hash(fs.readFileSync(file)) };
	}

	function readText(rel: string): string | null {
		const file = full(rel);
		return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
	}

	/** A data file's JSON, strictly parsed; a file that cannot be read stops the request with its reason. */
	function readJson(rel: string): unknown {
		const text = readText(rel);
		if (text === null) return undefined;
		const parsed = parseStrictJson(text);
		if (!parsed.ok) throw new BadRequest(messages.server.notJson(`data/${rel}`, parsed.message));
		return parsed.value;
	}

	/** The JSON files of a folder of the data folder, by name. */
	function jsonFilesIn(folder: string): string[] {
		const dir = full(folder);
		return fs.existsSync(dir)
			? fs
					.readdirSync(dir)
					.filter((f) => f.endsWith('.json'))
					.sort()
			: [];
	}

	/** A document's text: from the documents folder first, then the seeds folder. */
	function documentText(file: string): SeedText | null {
		// A file name as the source schema allows it: nothing that could leave the folder.
		if (!/^[\w.-]+\.txt$/.test(file)) return null;
		return readSeed(paths.documents, file) ?? (paths.seeds ? readSeed(paths.seeds, file) : null);
	}

	/** Something that changes whenever a file the validation reads changes. */
	function fingerprint(): string {
		const parts: string[] = [];
		const walk = (dir: string) => {
			if (!fs.existsSync(dir)) return;
			for (const name of fs.readdirSync(dir).sort()) {
				const p = path.join(dir, name);
				const st = fs.statSync(p);
				if (st.isDirectory()) walk(p);
				else parts.push(`${p}:${st.mtimeMs}:${st.size}`);
			}
		};
		walk(paths.data);
		walk(paths.documents);
		return parts.join('\n');
	}

	/** The validation of the data as it is on disk (kept until a file changes). */
	function validate(): Report {
		const key = fingerprint();
		if (cached?.key !== key)
			cached = { key, report: validateDataDir(paths.data, paths.seeds, paths.documents) };
		return cached.report;
	}

	/** The validation of the data as it would be after the change: on a temporary copy, nothing else touched. */
	function validateCandidate(changes: Change[], documents: { file: string; text: string }[] = []): Report {
		const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-editor-check-'));
		try {
			const data = path.join(tmp, 'data');
			fs.cpSync(paths.data, data, { recursive: true });
			for (const c of changes) {
				const target = path.join(data, c.rel);
				if (c.text === null) fs.rmSync(target, { force: true });
				else {
					fs.mkdirSync(path.dirname(target), { recursive: true });
					fs.writeFileSync(target, c.text);
				}
			}
			let docs = paths.documents;
			if (documents.length) {
				docs = path.join(tmp, 'documents');
				if (fs.existsSync(paths.documents)) fs.cpSync(paths.documents, docs, { recursive: true });
				else fs.mkdirSync(docs);
				for (const d of documents) fs.writeFileSync(path.join(docs, d.file), d.text);
			}
			return validateDataDir(data, paths.seeds, docs);
		} finally {
			fs.rmSync(tmp, { recursive: true, force: true });
		}
	}

	/** Problems of the candidate that the data on disk does not have already: what the change would cause. */
	function newProblems(candidate: Report, base: Report = validate()): ShownProblem[] {
		const before = new Map<string, number>();
		for (const p of base.problems) before.set(formatProblem(p), (before.get(formatProblem(p)) ?? 0) + 1);
		const out: ShownProblem[] = [];
		for (const p of candidate.problems) {
			const text = formatProblem(p);
			const left = before.get(text) ?? 0;
			if (left > 0) before.set(text, left - 1);
			else out.push(shown(p));
		}
		return out;
	}

	/** Writes a file atomically: a temporary file beside it, renamed over it. */
	function writeAtomic(file: string, text: string) {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		const tmp = `${file}.editor-${process.pid}.tmp`;
		fs.writeFileSync(tmp, text);
		fs.renameSync(tmp, file);
	}

	/**
	 * Writes a change: only if every file is still the version the user edited (`expected`: the version
	 * read, or null for a file that must not exist yet), and only if the data stays valid. Adds the
	 * changelog line. Throws Conflict or Refused, and then nothing is written.
	 */
	function commit(
		changes: Change[],
		expected: Record<string, Version | null>,
		what: string,
		documents: { file: string; text: string }[] = []
	): { problems: ShownProblem[]; line: string } {
		for (const c of changes) if (!SAFE_REL.test(c.rel)) throw new BadRequest(messages.server.badId);
		for (const d of documents) if (!SAFE_DOC.test(d.file)) throw new BadRequest(messages.server.badId);
		for (const [rel, want] of Object.entries(expected)) {
			const now = version(rel);
			if ((now === null) !== (want === null) || (now && want && now.sha256 !== want.sha256))
				throw new Conflict(`data/${rel}`);
		}
		for (const d of documents)
			if (fs.existsSync(path.join(paths.documents, d.file))) throw new Conflict(`documents/${d.file}`);
		const line = changelogLine(today(), what);
		const log = { rel: 'CHANGELOG.md', text: appendLine(readText('CHANGELOG.md') ?? '', line) };
		const all = [...changes, log];
		const base = validate();
		const candidate = validateCandidate(all, documents);
		const problems = newProblems(candidate, base);
		if (problems.length) throw new Refused(problems);

		// Write, remembering what was there, and put it all back if any write fails.
		const undo: (() => void)[] = [];
		try {
			for (const d of documents) {
				const file = path.join(paths.documents, d.file);
				writeAtomic(file, d.text);
				undo.push(() => fs.rmSync(file, { force: true }));
			}
			for (const c of all) {
				const file = full(c.rel);
				const before = fs.existsSync(file) ? fs.readFileSync(file) : null;
				if (c.text === null) fs.rmSync(file, { force: true });
				else writeAtomic(file, c.text);
				undo.push(() =>
					before === null ? fs.rmSync(file, { force: true }) : fs.writeFileSync(file, before)
				);
			}
		} catch (e) {
			for (const u of undo.reverse()) u();
			throw e;
		}
		cached = null;
		return { problems: candidate.problems.map(shown), line };
	}

	return {
		paths,
		version,
		readText,
		readJson,
		jsonFilesIn,
		documentText,
		validate,
		validateCandidate,
		newProblems,
		commit
	};
}

export type Store = ReturnType<typeof createStore>;
