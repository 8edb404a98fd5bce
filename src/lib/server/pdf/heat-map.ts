import { ILO_CODES } from '../../questionnaire/codes';
import type { Locale } from '../../questionnaire/schema';
import { iloName, riskName } from '../../vocabulary/index';
import { colors, sizes, type Layout } from './layout';
import { drawRiskPattern } from './risk-visuals';
import type { ActionPlanDocument, PdfLabels, Risk } from './types';

const RISKS: Risk[] = [0, 1, 2, 3];
const RISK_WIDTH = 44;
const ROW = 15;
const CODE_WIDTH = 26;
const PAD = 3;

/**
 * The ILO profile as a grid drawn in vectors: one row per indicator, one column per risk
 * 0–3. The indicator's risk is marked in its column with that risk's shade and pattern and
 * the number itself, so it reads by position, by number and in black and white.
 */
export function heatMap(
	layout: Layout,
	doc: Pick<ActionPlanDocument, 'ilo' | 'labels' | 'locale'>
): void {
	const { ilo, labels, locale } = doc;
	const size = sizes.table;
	const labelWidth = layout.width - RISKS.length * RISK_WIDTH;
	const rows = ILO_CODES.map((code) => {
		const name = iloName(code, locale);
		const lines = layout.wrap(name, labelWidth - CODE_WIDTH - 2 * PAD, { size });
		return { code, lines, height: Math.max(ROW, lines.length * layout.lineHeight(size) + 2 * PAD) };
	});
	const total = ROW + rows.reduce((sum, r) => sum + r.height, 0);
	layout.ensure(total + legendEntries(layout, locale).height);

	const page = layout.page;
	const x0 = layout.left;
	const riskX = (risk: number) => x0 + labelWidth + risk * RISK_WIDTH;

	page.drawRectangle({
		x: x0,
		y: layout.y - ROW,
		width: layout.width,
		height: ROW,
		color: colors.headerFill,
		borderColor: colors.rule,
		borderWidth: 0.5
	});
	layout.drawLine(labels.pdf_heatmap_indicator, x0 + PAD, layout.y - PAD, { size, bold: true });
	for (const risk of RISKS) {
		centred(layout, String(risk), riskX(risk), RISK_WIDTH, layout.y - PAD, true);
	}
	layout.gap(ROW);

	for (const row of rows) {
		const top = layout.y;
		const bottom = top - row.height;
		page.drawRectangle({
			x: x0,
			y: bottom,
			width: labelWidth,
			height: row.height,
			borderColor: colors.rule,
			borderWidth: 0.5
		});
		layout.drawLine(row.code, x0 + PAD, top - PAD, { size, bold: true });
		row.lines.forEach((line, i) => {
			layout.drawLine(line, x0 + CODE_WIDTH + PAD, top - PAD - i * layout.lineHeight(size), {
				size
			});
		});
		const value = ilo[row.code];
		if (value === null) {
			const width = RISK_WIDTH * RISKS.length;
			page.drawRectangle({
				x: riskX(0),
				y: bottom,
				width,
				height: row.height,
				borderColor: colors.rule,
				borderWidth: 0.5
			});
			const top = bottom + (row.height + layout.lineHeight(size)) / 2;
			centred(layout, riskName(null, locale), riskX(0), width, top, false, colors.muted);
		}
		for (const risk of value === null ? [] : RISKS) {
			const box = { x: riskX(risk), y: bottom, width: RISK_WIDTH, height: row.height };
			page.drawRectangle({ ...box, borderColor: colors.rule, borderWidth: 0.5 });
			if (value === risk) {
				drawRiskPattern(
					page,
					{ x: box.x + 1.5, y: box.y + 1.5, width: box.width - 3, height: box.height - 3 },
					risk
				);
				numberTag(layout, risk, box.x + box.width / 2, bottom + row.height / 2);
			}
		}
		layout.gap(row.height);
	}
	riskLegend(layout, labels, locale);
}

/** A risk number on a white tag, legible over any shade or pattern. */
function numberTag(layout: Layout, risk: Risk, cx: number, cy: number): void {
	const size = 8.5;
	const width = 13;
	const height = 11.5;
	layout.page.drawRectangle({
		x: cx - width / 2,
		y: cy - height / 2,
		width,
		height,
		color: colors.white,
		borderColor: colors.text,
		borderWidth: 0.6
	});
	centred(layout, String(risk), cx - width / 2, width, cy + size * 0.62, true, colors.text, size);
}

function centred(
	layout: Layout,
	text: string,
	x: number,
	width: number,
	top: number,
	bold: boolean,
	color = colors.text,
	size = sizes.table
): void {
	const textWidth = layout.measure(text, { size, bold });
	layout.drawLine(text, x + (width - textWidth) / 2, top, { size, bold, color });
}

const SWATCH = { width: 26, height: 13 };
const LEGEND_GAP = 6;

/** The legend's four entries side by side, each text wrapped beside its swatch. */
function legendEntries(layout: Layout, locale: Locale) {
	const size = sizes.table;
	const column = layout.width / RISKS.length;
	const entries = RISKS.map((risk) => ({
		risk,
		lines: layout.wrap(riskName(risk, locale), column - SWATCH.width - 12, {
			size
		})
	}));
	const rowHeight = Math.max(
		SWATCH.height,
		...entries.map((e) => e.lines.length * layout.lineHeight(size))
	);
	return { entries, column, height: LEGEND_GAP + layout.lineHeight(size) + 2 + rowHeight };
}

/** What each shade and pattern means. */
export function riskLegend(layout: Layout, labels: PdfLabels, locale: Locale): void {
	const size = sizes.table;
	const { entries, column, height } = legendEntries(layout, locale);
	layout.ensure(height);
	layout.gap(LEGEND_GAP);
	layout.drawLine(labels.pdf_heatmap_legend, layout.left, layout.y, { size, bold: true });
	layout.gap(layout.lineHeight(size) + 2);
	for (const { risk, lines } of entries) {
		const x = layout.left + risk * column;
		const swatch = { x, y: layout.y - SWATCH.height, ...SWATCH };
		drawRiskPattern(layout.page, swatch, risk);
		layout.page.drawRectangle({ ...swatch, borderColor: colors.rule, borderWidth: 0.5 });
		numberTag(layout, risk, x + SWATCH.width / 2, layout.y - SWATCH.height / 2);
		lines.forEach((line, i) => {
			layout.drawLine(line, x + SWATCH.width + 5, layout.y - i * layout.lineHeight(size), { size });
		});
	}
	layout.gap(height - LEGEND_GAP - layout.lineHeight(size) - 2);
}
