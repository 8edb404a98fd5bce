import type { Locale } from '../../../questionnaire/schema';
import { m } from '../../../paraglide/messages';
import type { StatTable } from '../tables';
import { periodLabel, shareLabel } from '../present';
import { textWidth, type Fill, type Item, type Scene } from './scene';

const LEFT = 48;
const TOP = 28;
const PLOT_H = 240;
const COL_W = 44;
const STEP = 76;

const LEVEL_FILLS: Fill[] = ['low', 'medium', 'high', 'possible_forced_labour'];

/** Overall risk level by quarter: 100% stacked columns from the one-way quarter table. */
export function trendByQuarterChart(table: StatTable, locale?: Locale): Scene {
	const o = { locale };
	const items: Item[] = [];
	const keys = table.shareKeys.filter((k) => (LEVEL_FILLS as string[]).includes(k));
	const bottom = TOP + PLOT_H;
	for (let t = 0; t <= 4; t++) {
		const y = bottom - (PLOT_H * t) / 4;
		const right = LEFT + Math.max(1, table.rowValues.length) * STEP;
		items.push({ kind: 'line', x1: LEFT - 4, y1: y, x2: right, y2: y });
		items.push({
			kind: 'text',
			x: LEFT - 8,
			y: y + 4,
			text: `${t * 25}%`,
			anchor: 'end',
			small: true
		});
	}
	table.rowValues.forEach((period, i) => {
		const x = LEFT + 16 + i * STEP;
		const label = periodLabel(period, o);
		items.push({
			kind: 'text',
			x: x + COL_W / 2,
			y: bottom + 18,
			text: label,
			anchor: 'middle',
			small: true
		});
		const c = table.cells[i][0];
		if (c.suppressed) {
			const text = m.stats_suppressed({}, o);
			items.push({
				kind: 'rect',
				x,
				y: TOP,
				width: COL_W,
				height: PLOT_H,
				fill: 'suppressed',
				title: `${label}: ${text}`
			});
			items.push({
				kind: 'text',
				x: x + COL_W / 2 + 5,
				y: TOP + PLOT_H / 2,
				text,
				anchor: 'middle',
				bold: true,
				vertical: true,
				data: { row: period, field: 'suppressed' }
			});
			return;
		}
		const sum = keys.reduce((a, k) => a + (c.shares[k] ?? 0), 0) || 1;
		let y = bottom;
		for (const key of keys) {
			const share = c.shares[key] ?? 0;
			const height = (share / sum) * PLOT_H;
			y -= height;
			if (height <= 0) continue;
			const text = `${share}%`;
			items.push({
				kind: 'rect',
				x,
				y,
				width: COL_W,
				height,
				fill: key as Fill,
				title: `${label}: ${shareLabel(key, table, o)} ${text}`
			});
			if (height >= 14 && textWidth(text, true) <= COL_W) {
				items.push({
					kind: 'text',
					x: x + COL_W / 2,
					y: y + height / 2 + 4,
					text,
					anchor: 'middle',
					small: true,
					inverse: key === 'possible_forced_labour',
					data: { row: period, field: `share:${key}` }
				});
			}
		}
		items.push({
			kind: 'text',
			x: x + COL_W / 2,
			y: TOP - 8,
			text: m.stats_chart_count({ count: c.organisations }, o),
			anchor: 'middle',
			small: true,
			data: { row: period, field: 'count' }
		});
	});
	return {
		id: 'trend-by-quarter',
		title: m.stats_chart_trend_title({}, o),
		desc: m.stats_chart_trend_desc({}, o),
		width: LEFT + Math.max(1, table.rowValues.length) * STEP + 16,
		height: bottom + 30,
		legend: [
			...keys.map((k) => ({ fill: k as Fill, label: shareLabel(k, table, o) })),
			{ fill: 'suppressed', label: m.stats_suppressed({}, o) }
		],
		items
	};
}
