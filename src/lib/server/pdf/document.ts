import { PDFDocument } from 'pdf-lib';
import type { Locale } from '../../questionnaire/schema';
import { embedFonts } from './fonts';
import { formatDate } from '../../vocabulary/index';
import { fill } from './format';
import { colors, Layout, sizes } from './layout';
import type { PdfLabels } from './types';

export interface DocumentInfo {
	title: string;
	subject: string;
	author: string;
	locale: Locale;
	labels: PdfLabels;
	createdAt: Date;
	/** Printed small at the top of every page but the first. */
	runningHead: string;
}

const PRODUCER = 'pdf-lib (https://github.com/Hopding/pdf-lib)';

/** A new PDF with its metadata set and the fonts embedded, ready to lay out. */
export async function createDocument(info: DocumentInfo): Promise<Layout> {
	const doc = await PDFDocument.create();
	doc.setTitle(info.title, { showInWindowTitleBar: true });
	doc.setSubject(info.subject);
	doc.setAuthor(info.author);
	doc.setCreator(info.labels.pdf_creator);
	doc.setProducer(PRODUCER);
	doc.setLanguage(info.locale);
	doc.setCreationDate(info.createdAt);
	doc.setModificationDate(info.createdAt);
	return new Layout(doc, await embedFonts(doc));
}

/**
 * Adds the running head, and on every page the footer: the generation date, the reminder
 * that this is a self-assessment, and "page X of Y"; then serialises the document.
 */
export async function finishDocument(layout: Layout, info: DocumentInfo): Promise<Uint8Array> {
	const size = sizes.small;
	const style = { size, color: colors.muted };
	const left = [
		fill(info.labels.pdf_footer_generated, { date: formatDate(info.createdAt, info.locale) }),
		info.labels.pdf_footer_disclaimer
	].join(' · ');
	layout.decoratePages((page, index, total) => {
		const x = layout.margin.left;
		const right = page.getWidth() - layout.margin.right;
		const number = fill(info.labels.pdf_footer_page, { page: index + 1, total });
		const numberWidth = layout.measure(number, style);
		const footerTop = layout.margin.bottom - 22;
		page.drawLine({
			start: { x, y: footerTop + 6 },
			end: { x: right, y: footerTop + 6 },
			thickness: 0.5,
			color: colors.rule
		});
		page.drawText(number, {
			x: right - numberWidth,
			y: footerTop - size,
			size,
			font: layout.fonts.regular,
			color: colors.muted
		});
		layout.wrap(left, right - x - numberWidth - 16, style).forEach((line, i) => {
			page.drawText(line, {
				x,
				y: footerTop - size - i * layout.lineHeight(size),
				size,
				font: layout.fonts.regular,
				color: colors.muted
			});
		});
		if (index > 0) {
			const head = layout.wrap(info.runningHead, right - x, style)[0];
			page.drawText(head, {
				x,
				y: page.getHeight() - layout.margin.top + 22,
				size,
				font: layout.fonts.regular,
				color: colors.muted
			});
		}
	});
	return layout.doc.save();
}
