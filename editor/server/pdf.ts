/**
 * A PDF's text, through Debian's pdftotext (poppler-utils). The PDF is written to a temporary file
 * outside the repository, read with -bbox-layout, and the file removed; documentText.ts makes the lines.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { textFromBbox } from './documentText';

export class PdfError extends Error {
	constructor(
		message: string,
		readonly missing = false
	) {
		super(message);
	}
}

export const isPdf = (bytes: Buffer, name = '') =>
	bytes.subarray(0, 5).toString('latin1') === '%PDF-' || /\.pdf$/i.test(name);

export async function pdfToText(bytes: Buffer, bin = process.env.PDFTOTEXT ?? 'pdftotext'): Promise<string> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmc-editor-pdf-'));
	const file = path.join(dir, 'document.pdf');
	try {
		fs.writeFileSync(file, bytes);
		const xhtml = await new Promise<string>((resolve, reject) =>
			execFile(
				bin,
				['-bbox-layout', '-enc', 'UTF-8', file, '-'],
				{ maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
				(error, stdout, stderr) => {
					if (!error) return resolve(stdout);
					const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
					reject(new PdfError(missing ? 'pdftotext not found' : (stderr || error.message).trim(), missing));
				}
			)
		);
		return textFromBbox(xhtml);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
