import { rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Fonts } from './fonts';

/** A4 in points, upright and on its side (wide tables). */
export const PORTRAIT: [number, number] = [595.28, 841.89];
export const LANDSCAPE: [number, number] = [841.89, 595.28];

export const colors = {
	text: rgb(0.1, 0.1, 0.12),
	muted: rgb(0.36, 0.36, 0.4),
	accent: rgb(0.07, 0.23, 0.42),
	rule: rgb(0.62, 0.63, 0.66),
	headerFill: rgb(0.87, 0.89, 0.93),
	zebra: rgb(0.96, 0.965, 0.97),
	white: rgb(1, 1, 1),
	alarm: rgb(0.55, 0.05, 0.05)
};

export const sizes = { title: 22, h1: 16, h2: 12.5, h3: 10.5, body: 10, small: 8.5, table: 8.5 };

/** Line height as a multiple of the font size. */
const LEADING = 1.32;

export interface TextStyle {
	size?: number;
	bold?: boolean;
	color?: Color;
}

export interface ParagraphOptions extends TextStyle {
	/** Left indent from the margin. */
	indent?: number;
	/** Space after the paragraph. */
	after?: number;
}

/** One row of a block: its height, and how to draw it with its top at `top`. */
export interface BlockRow {
	height: number;
	draw: (top: number) => void;
}

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * A small flow layout over pdf-lib: text is wrapped by its measured width, and content
 * moves to a new page when it would cross the bottom margin. `y` is the top of the next
 * thing to draw; it only goes down.
 */
export class Layout {
	page!: PDFPage;
	y = 0;
	private readonly widthCache = new Map<string, number>();

	constructor(
		readonly doc: PDFDocument,
		readonly fonts: Fonts,
		readonly margin: Margins = { top: 58, right: 50, bottom: 64, left: 50 }
	) {}

	get left(): number {
		return this.margin.left;
	}
	get width(): number {
		return this.page.getWidth() - this.margin.left - this.margin.right;
	}
	get top(): number {
		return this.page.getHeight() - this.margin.top;
	}
	get bottom(): number {
		return this.margin.bottom;
	}
	/** The room left on the current page. */
	get room(): number {
		return this.y - this.bottom;
	}
	/** Whether nothing has been drawn on the current page yet. */
	get atPageTop(): boolean {
		return this.y >= this.top;
	}

	addPage(size: [number, number] = this.page ? this.pageSize() : PORTRAIT): PDFPage {
		this.page = this.doc.addPage(size);
		this.y = this.top;
		return this.page;
	}

	/** Starts a section on a fresh page, reusing the current one while it is still empty. */
	newSection(size: [number, number] = PORTRAIT): void {
		const [w, h] = this.page ? this.pageSize() : [0, 0];
		if (!this.page || !this.atPageTop || w !== size[0] || h !== size[1]) this.addPage(size);
	}

	/** Carries on on this page when it has the given size; otherwise starts a page of that size. */
	keepSize(size: [number, number]): void {
		const [w, h] = this.pageSize();
		if (w !== size[0] || h !== size[1]) this.addPage(size);
	}

	/** Moves to a new page unless `height` still fits on this one. */
	ensure(height: number): void {
		if (height > this.room && !this.atPageTop) this.addPage();
	}

	gap(height: number): void {
		this.y -= height;
	}

	font(style: TextStyle = {}): PDFFont {
		return style.bold ? this.fonts.bold : this.fonts.regular;
	}

	lineHeight(size: number = sizes.body): number {
		return size * LEADING;
	}

	/** Width of `text` in points; words are measured once per document. */
	measure(text: string, style: TextStyle = {}): number {
		const key = `${style.bold ? 'b' : 'r'}${text}`;
		let unit = this.widthCache.get(key);
		if (unit === undefined) {
			unit = this.font(style).widthOfTextAtSize(text, 1);
			this.widthCache.set(key, unit);
		}
		return unit * (style.size ?? sizes.body);
	}

	/**
	 * Breaks text into lines no wider than `width`: at spaces, at the text's own line
	 * breaks, and inside a word only when the word alone is wider than the line (a URL).
	 * Non-breaking spaces (as in "25 %") are kept.
	 */
	wrap(text: string, width: number, style: TextStyle = {}): string[] {
		const lines: string[] = [];
		const space = this.measure(' ', style);
		for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
			const words = paragraph.split(/[ \t]+/).filter(Boolean);
			let line = '';
			let lineWidth = 0;
			for (const word of words) {
				const wordWidth = this.measure(word, style);
				if (line && lineWidth + space + wordWidth <= width) {
					line += ` ${word}`;
					lineWidth += space + wordWidth;
					continue;
				}
				if (line) lines.push(line);
				if (wordWidth <= width) {
					line = word;
					lineWidth = wordWidth;
					continue;
				}
				const pieces = this.breakWord(word, width, style);
				line = pieces.pop() ?? '';
				lineWidth = this.measure(line, style);
				lines.push(...pieces);
			}
			lines.push(line);
		}
		return lines;
	}

	private breakWord(word: string, width: number, style: TextStyle): string[] {
		const pieces: string[] = [];
		let piece = '';
		for (const char of word) {
			if (piece && this.measure(piece + char, style) > width) {
				pieces.push(piece);
				piece = '';
			}
			piece += char;
		}
		pieces.push(piece);
		return pieces;
	}

	/** Draws one line with its top at `top`; returns the line's height. */
	drawLine(text: string, x: number, top: number, style: TextStyle = {}): number {
		const size = style.size ?? sizes.body;
		if (text) {
			this.page.drawText(text, {
				x,
				y: top - size,
				size,
				font: this.font(style),
				color: style.color ?? colors.text
			});
		}
		return this.lineHeight(size);
	}

	/** Wrapped text that continues on the next page where it has to. */
	paragraph(text: string, options: ParagraphOptions = {}): void {
		const indent = options.indent ?? 0;
		const height = this.lineHeight(options.size);
		for (const line of this.wrap(text, this.width - indent, options)) {
			if (height > this.room) this.addPage();
			this.y -= this.drawLine(line, this.left + indent, this.y, options);
		}
		this.y -= options.after ?? (options.size ?? sizes.body) * 0.6;
	}

	/** A heading kept on the same page as the first lines that follow it. */
	heading(text: string, level: 1 | 2 | 3 = 1): void {
		const size = level === 1 ? sizes.h1 : level === 2 ? sizes.h2 : sizes.h3;
		const lines = this.wrap(text, this.width, { size, bold: true });
		if (!this.atPageTop) this.y -= size * 0.5;
		this.ensure(lines.length * this.lineHeight(size) + 3 * this.lineHeight());
		for (const line of lines) {
			this.y -= this.drawLine(line, this.left, this.y, { size, bold: true, color: colors.accent });
		}
		this.y -= size * 0.35;
	}

	/** A list with a marker per item (a bullet, or the item's number when `numbered`). */
	list(items: string[], options: ParagraphOptions & { numbered?: boolean } = {}): void {
		const indent = (options.indent ?? 0) + (options.numbered ? 18 : 12);
		const height = this.lineHeight(options.size);
		items.forEach((item, index) => {
			const marker = options.numbered ? `${index + 1}.` : '•';
			this.wrap(item, this.width - indent, options).forEach((line, i) => {
				if (height > this.room) this.addPage();
				if (i === 0)
					this.drawLine(marker, this.left + indent - (options.numbered ? 18 : 10), this.y, options);
				this.y -= this.drawLine(line, this.left + indent, this.y, options);
			});
			this.y -= (options.size ?? sizes.body) * 0.3;
		});
		this.y -= (options.size ?? sizes.body) * 0.3;
	}

	/**
	 * Rows kept on one page when they fit on one (a question with its answers); otherwise
	 * they flow, breaking between rows.
	 */
	block(rows: BlockRow[]): void {
		this.ensure(rows.reduce((sum, row) => sum + row.height, 0));
		for (const row of rows) {
			if (row.height > this.room) this.addPage();
			row.draw(this.y);
			this.y -= row.height;
		}
	}

	/**
	 * Draws on every page once the content is complete, when the page count is known:
	 * footers and page numbers.
	 */
	decoratePages(draw: (page: PDFPage, index: number, total: number) => void): void {
		const pages = this.doc.getPages();
		pages.forEach((page, index) => draw(page, index, pages.length));
	}

	private pageSize(): [number, number] {
		return [this.page.getWidth(), this.page.getHeight()];
	}
}
