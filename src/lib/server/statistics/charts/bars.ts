import type { Locale } from '../../../questionnaire/schema';
import { m } from '../../../paraglide/messages';
import type { CellView, StatTable } from '../tables';
import { shareLabel, valueLabel } from '../present';
import { shorten, textWidth, type Fill, type Item, type Scene } from './scene';

const LABEL_W = 300;
const BAR_X = 310;
const BAR_W = 400;
const COUNT_X = BAR_X + BAR_W + 10;
const WIDTH = COUNT_X + 80;
const ROW_H = 30;
const BAR_H = 20;
const TOP = 16;

interface Segment {
	fill: Fill;
	key: string;
	/** The share shown, in whole percent. */
	share: number;
	/** Its length in axis units. */
	size: number;
}

function axis(items: Item[], y: number, max: number) {
	for (let t = 0; t <= 4; t++) {
		const x = BAR_X + (BAR_W * t) / 4;
		items.push({ kind: 'line', x1: x, y1: TOP - 4, x2: x, y2: y });
		items.push({
			kind: 'text',
			x,
			y: y + 16,
			text: `${Math.round((max * t) / 4)}%`,
			anchor: 'middle',
			small: true
		});
	}
}

/**
 * Horizontal bars, one row per value of a one-way table: stacked segments of shares,
 * a label in every segment wide enough for it, and the rounded count at the end.
 */
function horizontalBars(
	table: StatTable,
	o: { id: string; title: string; desc: string; locale?: Locale },
	segmentsOf: (c: Extract<CellView, { suppressed: false }>) => Segment[],
	max: number,
	legend: Scene['legend']
): Scene {
	const opts = { locale: o.locale };
	const items: Item[] = [];
	const scale = BAR_W / max;
	table.rowValues.forEach((value, i) => {
		const y = TOP + i * ROW_H;
		const full = valueLabel(table.rows, value, opts);
		const label = shorten(full, 36);
		items.push({
			kind: 'text',
			x: LABEL_W,
			y: y + BAR_H / 2 + 4,
			text: label,
			title: label === full ? undefined : full,
			anchor: 'end'
		});
		const c = table.cells[i][0];
		if (c.suppressed) {
			const text = m.stats_suppressed({}, opts);
			items.push({
				kind: 'rect',
				x: BAR_X,
				y,
				width: BAR_W,
				height: BAR_H,
				fill: 'suppressed',
				title: `${full}: ${text}`
			});
			items.push({
				kind: 'text',
				x: BAR_X + BAR_W / 2,
				y: y + BAR_H / 2 + 4,
				text,
				anchor: 'middle',
				bold: true,
				data: { row: value, field: 'suppressed' }
			});
			return;
		}
		let x = BAR_X;
		const segments = segmentsOf(c);
		for (const s of segments) {
			const width = s.size * scale;
			const text = `${s.share}%`;
			const name =
				s.key === 'flagged' ? m.stats_share_flagged({}, opts) : shareLabel(s.key, table, opts);
			if (width > 0) {
				items.push({
					kind: 'rect',
					x,
					y,
					width,
					height: BAR_H,
					fill: s.fill,
					title: `${full}: ${name} ${text}`
				});
			}
			const inside = width >= textWidth(text, true) + 12;
			const alone = segments.length === 1;
			if (inside || alone) {
				items.push({
					kind: 'text',
					x: inside ? x + width / 2 : x + width + 4,
					y: y + BAR_H / 2 + 4,
					text,
					anchor: inside ? 'middle' : 'start',
					small: true,
					inverse: inside && s.fill === 'possible_forced_labour',
					data: { row: value, field: `share:${s.key}` }
				});
			}
			x += width;
		}
		items.push({
			kind: 'text',
			x: COUNT_X,
			y: y + BAR_H / 2 + 4,
			text: m.stats_chart_count({ count: c.organisations }, opts),
			small: true,
			data: { row: value, field: 'count' }
		});
	});
	// The grid goes under the bars.
	const bottom = TOP + table.rowValues.length * ROW_H;
	const grid: Item[] = [];
	axis(grid, bottom, max);
	items.unshift(...grid);
	return {
		id: o.id,
		title: o.title,
		desc: o.desc,
		width: WIDTH,
		height: bottom + 26,
		legend,
		items
	};
}

const LEVEL_FILLS: Fill[] = ['low', 'medium', 'high', 'possible_forced_labour'];

/** Overall risk level by sector: 100% stacked bars from the one-way sector table. */
export function levelsBySectorChart(table: StatTable, locale?: Locale): Scene {
	const o = { locale };
	const keys = table.shareKeys.filter((k) => (LEVEL_FILLS as string[]).includes(k));
	// Whole percentages need not add up to exactly 100; the bar is scaled to their sum.
	return horizontalBars(
		table,
		{
			id: 'levels-by-sector',
			title: m.stats_chart_levels_title({}, o),
			desc: m.stats_chart_levels_desc({}, o),
			locale
		},
		(c) => {
			const sum = keys.reduce((a, k) => a + (c.shares[k] ?? 0), 0) || 1;
			return keys.map((k) => ({
				fill: k as Fill,
				key: k,
				share: c.shares[k] ?? 0,
				size: ((c.shares[k] ?? 0) * 100) / sum
			}));
		},
		100,
		[
			...keys.map((k) => ({ fill: k as Fill, label: shareLabel(k, table, o) })),
			{ fill: 'suppressed', label: m.stats_suppressed({}, o) }
		]
	);
}

/** The share of organisations with a red flag by voivodeship, from the one-way table. */
export function flagsByVoivodeshipChart(table: StatTable, locale?: Locale): Scene {
	const o = { locale };
	const shares = table.cells.flatMap((r) => (r[0].suppressed ? [] : [r[0].shares.flagged ?? 0]));
	const max = Math.max(10, Math.ceil(Math.max(0, ...shares) / 10) * 10);
	return horizontalBars(
		table,
		{
			id: 'flags-by-voivodeship',
			title: m.stats_chart_flags_title({}, o),
			desc: m.stats_chart_flags_desc({}, o),
			locale
		},
		(c) => {
			const share = c.shares.flagged ?? 0;
			return [{ fill: 'flagged', key: 'flagged', share, size: share }];
		},
		max,
		[
			{ fill: 'flagged', label: m.stats_share_flagged({}, o) },
			{ fill: 'suppressed', label: m.stats_suppressed({}, o) }
		]
	);
}
