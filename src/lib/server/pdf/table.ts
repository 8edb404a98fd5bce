import type { Color } from 'pdf-lib';
import { colors, sizes, type Layout, type TextStyle } from './layout';

export interface Column {
	header: string;
	/** Share of the table's width, relative to the other columns. */
	weight: number;
	align?: 'left' | 'right';
}

/** One paragraph inside a cell. */
export interface CellPart extends TextStyle {
	text: string;
}

export type Cell = string | { parts: CellPart[]; fill?: Color };

export interface TableOptions {
	/** Font size of the cells. */
	size?: number;
	/** Without a header row the table is a plain grid (label/value pairs on the cover). */
	header?: boolean;
	/** Shade every other row. */
	zebra?: boolean;
}

interface Line extends TextStyle {
	text: string;
	height: number;
}

const PAD = 3;
const PART_GAP = 2;

/**
 * Draws a table whose cells wrap their text. A row that does not fit the rest of the page
 * moves to the next one; a row taller than a whole page is split. Every page the table
 * reaches starts with the header row again.
 */
export function table(
	layout: Layout,
	columns: Column[],
	rows: Cell[][],
	options: TableOptions = {}
): void {
	const size = options.size ?? sizes.table;
	const headerCells = columns.map((c) => ({ parts: [{ text: c.header, bold: true, size }] }));
	const bodyCells = rows.map((row) => row.map((cell) => normalize(cell, size)));
	const widths = columnWidths(
		layout,
		columns,
		options.header === false ? bodyCells : [headerCells, ...bodyCells]
	);
	const header =
		options.header === false
			? null
			: headerCells.map((cell, i) => cellLines(layout, cell, widths[i]));
	const headerHeight = header ? chunkHeight(header) : 0;

	const drawHeader = () => {
		if (header) drawChunk(layout, columns, widths, header, colors.headerFill);
	};

	bodyCells.forEach((cells, index) => {
		let pending = cells.map((cell, i) => cellLines(layout, cell, widths[i]));
		const rowFill = options.zebra && index % 2 === 1 ? colors.zebra : undefined;
		const cellFills = cells.map((cell) => cell.fill);
		const height = chunkHeight(pending);
		const pageCapacity = layout.top - layout.bottom - headerHeight;
		const firstRowOnPage = index === 0 ? headerHeight : 0;
		if (height + firstRowOnPage > layout.room && height <= pageCapacity && !layout.atPageTop) {
			layout.addPage();
			drawHeader();
		} else if (index === 0) {
			drawHeader();
		}
		while (pending.some((lines) => lines.length)) {
			const minLine = Math.min(...pending.filter((l) => l.length).map((l) => l[0].height));
			if (layout.room < minLine + 2 * PAD) {
				layout.addPage();
				drawHeader();
			}
			const take = pending.map((lines) => fitting(lines, layout.room - 2 * PAD));
			drawChunk(layout, columns, widths, take, rowFill, cellFills);
			pending = pending.map((lines, i) => lines.slice(take[i].length));
			if (pending.some((lines) => lines.length)) {
				layout.addPage();
				drawHeader();
			}
		}
	});
	layout.gap(sizes.body * 0.8);
}

/**
 * Shares the width out by weight, but never makes a column narrower than its longest word
 * (up to a third of the table), so a word like "Natychmiast" is not cut in two.
 */
function columnWidths(
	layout: Layout,
	columns: Column[],
	rows: { parts: CellPart[] }[][]
): number[] {
	const longest = columns.map((_, i) => {
		let widest = 0;
		for (const row of rows) {
			for (const part of row[i]?.parts ?? []) {
				for (const word of part.text.split(/[ \t\n]+/)) {
					widest = Math.max(widest, layout.measure(word, part));
				}
			}
		}
		return Math.min(widest + 2 * PAD, layout.width / 3);
	});
	const fixed = new Set<number>();
	for (;;) {
		const fixedWidth = [...fixed].reduce((sum, i) => sum + longest[i], 0);
		const freeWeight = columns.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c.weight), 0);
		const widths = columns.map((c, i) =>
			fixed.has(i) ? longest[i] : ((layout.width - fixedWidth) * c.weight) / freeWeight
		);
		const tooNarrow = widths.flatMap((w, i) => (!fixed.has(i) && w < longest[i] ? [i] : []));
		if (tooNarrow.length === 0 || fixed.size + tooNarrow.length === columns.length) return widths;
		tooNarrow.forEach((i) => fixed.add(i));
	}
}

function normalize(cell: Cell, size: number): { parts: CellPart[]; fill?: Color } {
	if (typeof cell === 'string') return { parts: [{ text: cell, size }] };
	return { parts: cell.parts.map((p) => ({ size, ...p })), fill: cell.fill };
}

function cellLines(layout: Layout, cell: { parts: CellPart[] }, width: number): Line[] {
	const lines: Line[] = [];
	cell.parts.forEach((part, index) => {
		const height = layout.lineHeight(part.size);
		const wrapped = layout.wrap(part.text, width - 2 * PAD, part);
		wrapped.forEach((text, i) => {
			const gap = index > 0 && i === 0 ? PART_GAP : 0;
			lines.push({ ...part, text, height: height + gap });
		});
	});
	return lines;
}

/** The lines from the top of a cell that fit in `room`. */
function fitting(lines: Line[], room: number): Line[] {
	let used = 0;
	let count = 0;
	while (count < lines.length && used + lines[count].height <= room) {
		used += lines[count].height;
		count += 1;
	}
	return lines.slice(0, count);
}

function chunkHeight(cells: Line[][]): number {
	return Math.max(...cells.map((lines) => lines.reduce((sum, l) => sum + l.height, 0))) + 2 * PAD;
}

function drawChunk(
	layout: Layout,
	columns: Column[],
	widths: number[],
	cells: Line[][],
	rowFill?: Color,
	cellFills: (Color | undefined)[] = []
): void {
	const height = chunkHeight(cells);
	let x = layout.left;
	cells.forEach((lines, i) => {
		const fill = cellFills[i] ?? rowFill;
		layout.page.drawRectangle({
			x,
			y: layout.y - height,
			width: widths[i],
			height,
			color: fill,
			borderColor: colors.rule,
			borderWidth: 0.5
		});
		let top = layout.y - PAD;
		for (const line of lines) {
			const gapAbove = line.height - layout.lineHeight(line.size);
			top -= gapAbove;
			const textWidth = layout.measure(line.text, line);
			const lineX = columns[i].align === 'right' ? x + widths[i] - PAD - textWidth : x + PAD;
			layout.drawLine(line.text, lineX, top, line);
			top -= line.height - gapAbove;
		}
		x += widths[i];
	});
	layout.gap(height);
}
