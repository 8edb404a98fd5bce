import { rgb, type Color, type PDFPage } from 'pdf-lib';
import type { OverallLevel, Risk } from './types';

/**
 * Risk 0–3 is told apart by shade and by pattern, so a page printed in black and white
 * still reads: 0 plain and pale, 1 dotted, 2 hatched one way, 3 dark and cross-hatched.
 */
const RISK = [
	{ fill: rgb(0.9, 0.96, 0.9), ink: rgb(0.9, 0.96, 0.9) },
	{ fill: rgb(1, 0.92, 0.66), ink: rgb(0.5, 0.4, 0.08) },
	{ fill: rgb(0.96, 0.66, 0.4), ink: rgb(0.42, 0.17, 0.02) },
	{ fill: rgb(0.66, 0.1, 0.1), ink: rgb(0.22, 0, 0) }
] as const;

const SPACING = 4.5;

export function riskFill(risk: Risk): Color {
	return RISK[risk].fill;
}

/** Fills a rectangle with the shade and pattern of a risk. */
export function drawRiskPattern(
	page: PDFPage,
	box: { x: number; y: number; width: number; height: number },
	risk: Risk
): void {
	const { x, y, width, height } = box;
	page.drawRectangle({ x, y, width, height, color: RISK[risk].fill });
	const ink = RISK[risk].ink;
	if (risk === 1) {
		for (let dx = SPACING / 2; dx < width; dx += SPACING) {
			for (let dy = SPACING / 2; dy < height; dy += SPACING) {
				page.drawCircle({ x: x + dx, y: y + dy, size: 0.55, color: ink });
			}
		}
	}
	if (risk >= 2) hatch(page, box, ink, 1);
	if (risk === 3) hatch(page, box, ink, -1);
}

/** Parallel 45° lines inside the box, clipped to its edges by hand (pdf-lib has no clip). */
function hatch(
	page: PDFPage,
	{ x, y, width, height }: { x: number; y: number; width: number; height: number },
	color: Color,
	direction: 1 | -1
): void {
	for (let c = -width; c < height; c += SPACING) {
		const from = Math.max(0, -c);
		const to = Math.min(width, height - c);
		if (to <= from) continue;
		const line = (u: number) =>
			direction === 1 ? { x: x + u, y: y + u + c } : { x: x + width - u, y: y + u + c };
		page.drawLine({ start: line(from), end: line(to), thickness: 0.6, color });
	}
}

/** Background and text colour of a level badge; every level stays legible in grey. */
export function levelColors(level: OverallLevel): { fill: Color; text: Color } {
	const dark = rgb(0.1, 0.1, 0.12);
	const white = rgb(1, 1, 1);
	switch (level) {
		case 'low':
			return { fill: rgb(0.88, 0.95, 0.88), text: dark };
		case 'medium':
			return { fill: rgb(1, 0.82, 0.42), text: dark };
		case 'high':
			return { fill: rgb(0.93, 0.52, 0.3), text: dark };
		case 'critical':
			return { fill: rgb(0.66, 0.1, 0.1), text: white };
		case 'possible_forced_labour':
			return { fill: rgb(0.33, 0, 0), text: white };
		case 'incomplete':
			return { fill: rgb(0.86, 0.86, 0.86), text: dark };
	}
}
