import type { Locale } from '../../questionnaire/schema';
import { m } from '../../paraglide/messages';
import type { PdfLabelKey, PdfLabels } from './types';

/**
 * The names of every parameter a `pdf_` message takes. Each one is passed as its own
 * `{name}` placeholder, so the label keeps it for the renderer to fill.
 */
const PLACEHOLDERS = [
	'page',
	'total',
	'date',
	'score',
	'percent',
	'flag',
	'version',
	'min',
	'max',
	'condition',
	'question',
	'value',
	'values'
] as const;
const inputs = Object.fromEntries(PLACEHOLDERS.map((name) => [name, `{${name}}`]));

type Message = (inputs: Record<string, string>, options: { locale: Locale }) => string;

/** The fixed texts of the PDFs in one language, from the compiled messages. */
export function pdfLabels(locale: Locale): PdfLabels {
	const entries = Object.entries(m)
		.filter(([key]) => key.startsWith('pdf_'))
		.map(([key, message]) => [key, (message as Message)(inputs, { locale })]);
	return Object.fromEntries(entries) as Record<PdfLabelKey, string>;
}
