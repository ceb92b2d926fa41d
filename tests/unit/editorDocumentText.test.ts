import { describe, expect, it } from 'vitest';
import {
	blocksFromBbox,
	joinLines,
	paragraphsFromBlocks,
	sameDocument,
	sha256,
	suggestSource,
	textFromBbox,
	tidyText
} from '../../editor/server/documentText';

/** What `pdftotext -bbox-layout` prints, reduced to what the editor reads. */
const bbox = (blocks: string[][][]) =>
	`<doc><page width="595" height="842"><flow>${blocks
		.map(
			(lines) =>
				`<block xMin="0">${lines
					.map(
						(words) => `<line xMin="0">${words.map((w) => `<word xMin="0">${w}</word>`).join('\n')}</line>`
					)
					.join('\n')}</block>`
		)
		.join('\n')}</flow></page></doc>`;

describe('joinLines: the printed lines of one paragraph as one line', () => {
	it('joins with one space and drops the spaces the layout added', () => {
		expect(
			joinLines(['In 2024 the ministry   registered', '  1,234,567 Cambodian migrant', 'workers.'])
		).toBe('In 2024 the ministry registered 1,234,567 Cambodian migrant workers.');
	});

	it('keeps a hyphen at the end of a line and joins without a space', () => {
		expect(joinLines(['cross-', 'border migration'])).toBe('cross-border migration');
		// A dash standing alone is not a broken word.
		expect(joinLines(['the figures -', 'both of them'])).toBe('the figures - both of them');
	});

	it('joins Khmer, Thai and other scripts without spaces between words with no space', () => {
		expect(joinLines(['ពលករចំណាកស្រុកកម្ពុជា', 'បានចុះឈ្មោះ'])).toBe('ពលករចំណាកស្រុកកម្ពុជាបានចុះឈ្មោះ');
		expect(joinLines(['แรงงานข้าม', 'ชาติ'])).toBe('แรงงานข้ามชาติ');
		expect(joinLines(['Cambodia', 'ពលករ'])).toBe('Cambodia ពលករ');
	});
});

describe('text of a PDF from pdftotext -bbox-layout', () => {
	it('reads blocks of lines of words, and decodes entities', () => {
		expect(
			blocksFromBbox(bbox([[['Fish', '&amp;', 'Chips']], [['a', '&lt;b&gt;'], ['&#6016;&#x1780;']]]))
		).toEqual([['Fish & Chips'], ['a <b>', 'កក']]);
	});

	it('makes one paragraph per line with an empty line between paragraphs, like the seed documents', () => {
		const text = textFromBbox(
			bbox([
				[['Migration', 'Monitor', '2024']],
				[
					['In', '2024', 'the', 'ministry', 'registered'],
					['1,234,567', 'workers.']
				],
				[
					['ពលករ', 'ចំនួន'],
					['១២៣៤', 'នាក់។']
				]
			])
		);
		// Khmer lines break between words that have no space between them, so they join with none.
		expect(text).toBe(
			'Migration Monitor 2024\n\nIn 2024 the ministry registered 1,234,567 workers.\n\nពលករ ចំនួន១២៣៤ នាក់។\n'
		);
	});

	it('joins a paragraph broken by a column or a page: a block that stops mid-sentence and one that goes on in lower case', () => {
		expect(
			paragraphsFromBlocks([
				['The workers came from'],
				['three provinces of Cambodia.'],
				['A new paragraph.']
			])
		).toEqual(['The workers came from three provinces of Cambodia.', 'A new paragraph.']);
		// A heading followed by a capitalised paragraph stays apart.
		expect(paragraphsFromBlocks([['Overview'], ['The year began.']])).toEqual([
			'Overview',
			'The year began.'
		]);
	});
});

describe('tidyText: a text file or pasted text', () => {
	it('removes the byte-order mark, Windows line ends, trailing spaces and runs of empty lines', () => {
		expect(tidyText('\uFEFFTitle  \r\n\r\n\r\n\r\nFirst paragraph.\r\nSecond line.\r\n')).toBe(
			'Title\n\nFirst paragraph.\nSecond line.\n'
		);
	});

	it('with join, makes each paragraph one line', () => {
		expect(tidyText('First paragraph\nwrapped here.\n\nSecond.\n', true)).toBe(
			'First paragraph wrapped here.\n\nSecond.\n'
		);
	});
});

describe('the same document twice', () => {
	const known = [
		{ id: 'ar2024', title: 'Annual Report 2024', sha256: sha256('One.\n\nTwo.\n'), text: 'One.\n\nTwo.\n' }
	];

	it('is found by checksum, and by its words whatever the line breaks', () => {
		expect(sameDocument('One.\n\nTwo.\n', known)).toEqual({
			id: 'ar2024',
			title: 'Annual Report 2024',
			why: 'sha256'
		});
		expect(sameDocument('One.\nTwo.', known)).toEqual({
			id: 'ar2024',
			title: 'Annual Report 2024',
			why: 'text'
		});
		expect(sameDocument('One.\n\nThree.\n', known)).toBeNull();
	});
});

describe('suggestSource', () => {
	it('guesses an annual report’s id, year and kind from its first line, and never an id already taken', () => {
		expect(suggestSource('Mekong Migration Network Annual Report 2024\n\nText.', ['x'])).toEqual({
			id: 'ar2024',
			title: 'Mekong Migration Network Annual Report 2024',
			year: 2024,
			kind: 'annual_report'
		});
		expect(suggestSource('Annual Report 2024\n', ['ar2024']).id).toBe('ar2024-2');
		expect(suggestSource('## Bangkok Dialogue on Migration, 2025\n', []).id).toBe('bangkok-dialogue2025');
	});
});
