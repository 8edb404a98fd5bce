import type { Locale } from '../../questionnaire/schema';
import {
	iloName,
	levelName,
	riskName,
	sectorName,
	sizeBandName,
	voivodeshipName,
	type LevelName
} from '../../vocabulary/index';
import { m } from '../../paraglide/messages';
import type { CellView, Dimension, StatTable } from './tables';

/**
 * One way of turning a table into what a person reads, shared by the page and the CSV so
 * that both show exactly the same numbers, labels and "suppressed" marks.
 */

export type Shown =
	| { kind: 'suppressed' }
	| { kind: 'count'; value: number }
	| { kind: 'share'; value: number }
	| { kind: 'none' };

export interface PresentedCell {
	/** Organisations, rounded, or suppressed. */
	count: Shown;
	/** The share chosen for a two-way table; a one-way table lists them all as columns. */
	share: Shown | null;
}

export interface PresentedRow {
	/** The dimension value, or `total`. */
	key: string;
	label: string;
	total: boolean;
	cells: PresentedCell[] | Shown[];
}

export interface PresentedTable {
	caption: string;
	twoWay: boolean;
	rowHeader: string;
	colHeader: string | null;
	/** Column headings after the row header: values (two-way) or measures (one-way). */
	columns: string[];
	/** What each column holds: a dimension value or `total`, or `organisations` or a share key. */
	columnKeys: string[];
	/** Which of `columns` are totals (two-way). */
	totalColumns: boolean[];
	shareLabel: string | null;
	sharesOf: string;
	rows: PresentedRow[];
}

type Options = { locale?: Locale };

export function dimensionLabel(dim: Dimension, o: Options = {}): string {
	const labels: Record<Dimension, () => string> = {
		sector: () => m.stats_dim_sector({}, o),
		size_band: () => m.stats_dim_size_band({}, o),
		voivodeship: () => m.stats_dim_voivodeship({}, o),
		period: () => m.stats_dim_period({}, o),
		module: () => m.stats_dim_module({}, o),
		ilo: () => m.stats_dim_ilo({}, o),
		flag: () => m.stats_dim_flag({}, o)
	};
	return labels[dim]();
}

export function periodLabel(period: string, o: Options = {}): string {
	return m.stats_period_label({ year: period.slice(0, 4), quarter: period.slice(6) }, o);
}

export function valueLabel(dim: Dimension, value: string, o: Options = {}): string {
	switch (dim) {
		case 'sector':
			return sectorName(value, o.locale);
		case 'size_band':
			return sizeBandName(value, o.locale);
		case 'voivodeship':
			return voivodeshipName(value, o.locale);
		case 'period':
			return periodLabel(value, o);
		case 'ilo':
			return `${value} — ${iloName(value, o.locale)}`;
		case 'module':
			return value.replace('@', ' ');
		case 'flag':
			return value.replace(':', ': ');
	}
}

export function shareLabel(key: string, table: Pick<StatTable, 'measure'>, o: Options = {}) {
	if (key === 'flagged') return m.stats_share_flagged({}, o);
	if (key === 'having') return m.stats_share_having({}, o);
	const risk = /^risk_([0-3])$/.exec(key);
	if (table.measure === 'ilo' && risk) {
		return m.stats_ilo_risk({ risk: risk[1], name: riskName(Number(risk[1]), o.locale) }, o);
	}
	return levelName(key as LevelName, o.locale);
}

function sharesOf(table: StatTable, o: Options): string {
	if (table.measure === 'module') return m.stats_shares_of_module({}, o);
	if (table.measure === 'ilo') return m.stats_shares_of_ilo({}, o);
	return m.stats_shares_of_overall({}, o);
}

function countOf(c: CellView): Shown {
	return c.suppressed ? { kind: 'suppressed' } : { kind: 'count', value: c.organisations };
}

function shareOf(c: CellView, key: string): Shown {
	if (c.suppressed) return { kind: 'suppressed' };
	const v = c.shares[key];
	return v === undefined ? { kind: 'none' } : { kind: 'share', value: v };
}

/** The table as a person reads it; `share` picks the share shown in a two-way table's cells. */
export function presentTable(table: StatTable, share: string | null, o: Options = {}) {
	const rowHeader = dimensionLabel(table.rows, o);
	const total = m.stats_total({}, o);
	if (!table.cols) {
		const totalLabel = table.rows === 'period' ? m.stats_total_assessments({}, o) : total;
		const line = (key: string, label: string, c: CellView, isTotal: boolean): PresentedRow => ({
			key,
			label,
			total: isTotal,
			cells: [countOf(c), ...table.shareKeys.map((k) => shareOf(c, k))]
		});
		return {
			caption: m.stats_caption_one({ rows: rowHeader }, o),
			twoWay: false,
			rowHeader,
			colHeader: null,
			columns: [
				m.stats_organisations({}, o),
				...table.shareKeys.map((k) => shareLabel(k, table, o))
			],
			columnKeys: ['organisations', ...table.shareKeys],
			totalColumns: [],
			shareLabel: null,
			sharesOf: sharesOf(table, o),
			rows: [
				...table.rowValues.map((v, i) =>
					line(v, valueLabel(table.rows, v, o), table.cells[i][0], false)
				),
				...(table.colTotals ? [line('total', totalLabel, table.colTotals[0], true)] : [])
			]
		} satisfies PresentedTable;
	}

	const colHeader = dimensionLabel(table.cols, o);
	const key = share && table.shareKeys.includes(share) ? share : null;
	const cell = (c: CellView): PresentedCell => ({
		count: countOf(c),
		share: key ? shareOf(c, key) : null
	});
	const label = key ? shareLabel(key, table, o) : null;
	return {
		caption: label
			? m.stats_caption_two_share({ rows: rowHeader, cols: colHeader, share: label }, o)
			: m.stats_caption_two({ rows: rowHeader, cols: colHeader }, o),
		twoWay: true,
		rowHeader,
		colHeader,
		columns: [
			...table.colValues.map((v) => valueLabel(table.cols as Dimension, v, o)),
			...(table.rowTotals ? [total] : [])
		],
		columnKeys: [...table.colValues, ...(table.rowTotals ? ['total'] : [])],
		totalColumns: [...table.colValues.map(() => false), ...(table.rowTotals ? [true] : [])],
		shareLabel: label,
		sharesOf: sharesOf(table, o),
		rows: [
			...table.rowValues.map((v, i) => ({
				key: v,
				label: valueLabel(table.rows, v, o),
				total: false,
				cells: [...table.cells[i].map(cell), ...(table.rowTotals ? [cell(table.rowTotals[i])] : [])]
			})),
			...(table.colTotals
				? [
						{
							key: 'total',
							label: total,
							total: true,
							cells: [
								...table.colTotals.map(cell),
								...(table.grandTotal ? [cell(table.grandTotal)] : [])
							]
						}
					]
				: [])
		]
	} satisfies PresentedTable;
}

/** A value as text: the count or share, the word "suppressed", or nothing. */
export function shownText(s: Shown, o: Options = {}): string {
	switch (s.kind) {
		case 'suppressed':
			return m.stats_suppressed({}, o);
		case 'count':
			return String(s.value);
		case 'share':
			return `${s.value}%`;
		case 'none':
			return '';
	}
}
