import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../questionnaire/schema';
import { pdfLabels } from './labels';

const keys = (locale: string) =>
	Object.keys(JSON.parse(readFileSync(`messages/pdf/${locale}.json`, 'utf8'))).filter(
		(key) => key !== '$schema'
	);

describe('pdfLabels', () => {
	it.each(LOCALES)('returns every pdf_ message in %s, none empty or half-filled', (locale) => {
		const labels = pdfLabels(locale);
		expect(Object.keys(labels).sort()).toEqual(keys(locale).sort());
		for (const text of Object.values(labels)) {
			expect(text.trim()).not.toBe('');
			expect(text).not.toContain('undefined');
		}
	});

	it('keeps parameters as placeholders for the renderer to fill', () => {
		expect(pdfLabels('pl').pdf_footer_page).toBe('Strona {page} z {total}');
		expect(pdfLabels('en').pdf_cond_if).toBe('Answer only if {condition}.');
		expect(pdfLabels('uk').pdf_evidence_gap_text).toContain('{percent}');
	});

	it('gives each language its own text', () => {
		expect(pdfLabels('pl').pdf_summary_title).toBe('Podsumowanie');
		expect(pdfLabels('en').pdf_summary_title).toBe('Summary');
		expect(pdfLabels('uk').pdf_summary_title).toBe('Підсумок');
	});
});
