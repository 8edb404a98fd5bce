import { z } from 'zod';
import { ILO_CODES, NACE_SECTIONS, SIZE_BANDS, VOIVODESHIPS } from '../../questionnaire/codes';
import {
	DIMENSIONS,
	LEVEL_KEYS,
	measureOf,
	MULTI_VALUED,
	organisationCount,
	tallies,
	type Dimension,
	type Measure,
	type Population,
	type Tally
} from './tallies';
import { config } from '../config';
import type { Db } from '../db';
import {
	type OneWay,
	type OneWayPattern,
	percent,
	roundCount,
	suppressOneWay,
	suppressTwoWay
} from '../privacy';

export { DIMENSIONS, LEVEL_KEYS, MULTI_VALUED, type Dimension, type Measure };

/**
 * The inspectors' fixed tables (docs/privacy.md rule 2): one or two dimensions, no filters.
 * Every number that leaves this module is rounded and has passed suppression; the
 * exact tallies stay inside.
 */
export const tableRequestSchema = z
	.object({
		rows: z.enum(DIMENSIONS),
		cols: z.enum(DIMENSIONS).nullable().default(null)
	})
	.refine((r) => r.rows !== r.cols, { message: 'same_dimension', path: ['cols'] })
	.refine((r) => !(r.cols && MULTI_VALUED.includes(r.rows) && MULTI_VALUED.includes(r.cols)), {
		message: 'two_multi_valued',
		path: ['cols']
	});
export type TableRequest = z.output<typeof tableRequestSchema>;

/** A number as an inspector may see it: suppressed, or rounded with its shares in percent. */
export type CellView =
	| { suppressed: true }
	| {
			suppressed: false;
			organisations: number;
			/** Per level key, plus `flagged` and, for the flag dimension, `having`. */
			shares: Record<string, number>;
	  };

export interface StatTable {
	rows: Dimension;
	cols: Dimension | null;
	population: Population;
	measure: Measure;
	min: number;
	/** The share keys every shown cell carries, in display order. */
	shareKeys: string[];
	rowValues: string[];
	colValues: string[];
	/** [row][column]; a one-way table has a single column. */
	cells: CellView[][];
	/** Each row's total, where the columns split every row. */
	rowTotals: CellView[] | null;
	/** Each column's total, where the rows split every column (a one-way table's total). */
	colTotals: CellView[] | null;
	grandTotal: CellView | null;
}

/** Dimensions whose values split the population, so that their totals add up. */
function partitions(dim: Dimension, population: Population): boolean {
	return (
		dim === 'sector' ||
		dim === 'size_band' ||
		dim === 'voivodeship' ||
		(dim === 'period' && population === 'quarterly')
	);
}

/** Whether an inspector can ask for this dimension's one-way table over this population. */
function isView(dim: Dimension, population: Population): boolean {
	return population === 'latest' ? dim !== 'period' : dim === 'period';
}

export interface TableOptions {
	/** The threshold below which a group is hidden. */
	min?: number;
	/**
	 * Module ids in their questionnaire files' `order`, which module and flag rows follow;
	 * a module not listed comes after them, by name.
	 */
	moduleOrder?: readonly string[];
}

/** What every table of one request is read with. */
interface Reading {
	db: Db;
	population: Population;
	min: number;
	moduleOrder: readonly string[];
}

function semverParts(v: string): number[] {
	return v.split('.').map(Number);
}

function compareModuleKeys(order: readonly string[], a: string, b: string, sep: string): number {
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	const [ma, ra] = a.split(sep);
	const [mb, rb] = b.split(sep);
	const byModule = rank(ma) - rank(mb) || ma.localeCompare(mb);
	if (byModule) return byModule;
	if (sep === '@') {
		const [pa, pb] = [semverParts(ra), semverParts(rb)];
		return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
	}
	return ra.localeCompare(rb);
}

/** Quarters from the first to the last one present, gaps included, so that no row moves. */
function quarterRange(present: string[]): string[] {
	if (!present.length) return [];
	const index = (p: string) => Number(p.slice(0, 4)) * 4 + Number(p.slice(6)) - 1;
	const sorted = present.map(index).sort((a, b) => a - b);
	const out: string[] = [];
	for (let q = sorted[0]; q <= sorted[sorted.length - 1]; q++) {
		out.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
	}
	return out;
}

/** The values a dimension's rows or columns show: every fixed code, or those present. */
function domain(dim: Dimension, present: string[], order: readonly string[]): string[] {
	switch (dim) {
		case 'sector':
			return [...NACE_SECTIONS];
		case 'size_band':
			return [...SIZE_BANDS];
		case 'voivodeship':
			return [...VOIVODESHIPS];
		case 'ilo':
			return [...ILO_CODES];
		case 'period':
			return quarterRange(present);
		case 'module':
			return [...present].sort((a, b) => compareModuleKeys(order, a, b, '@'));
		case 'flag':
			return [...present].sort((a, b) => compareModuleKeys(order, a, b, ':'));
	}
}

function emptyTally(measure: Measure): Tally {
	return { n: 0, flagged: 0, levels: Object.fromEntries(LEVEL_KEYS[measure].map((k) => [k, 0])) };
}

function addTallies(a: Tally, b: Tally): Tally {
	const levels = { ...a.levels };
	for (const [k, v] of Object.entries(b.levels)) levels[k] = (levels[k] ?? 0) + v;
	return { n: a.n + b.n, flagged: a.flagged + b.flagged, levels };
}

interface OneWayData {
	values: string[];
	tallies: Tally[];
	total: Tally | null;
	table: OneWay;
	pattern: OneWayPattern;
}

/**
 * A one-way table and its suppression pattern, from its tallies by value. The total,
 * where the values split the population, is their sum; over quarters it counts
 * assessments, and its threshold counts the organisations behind them.
 */
async function oneWayFrom(
	reading: Reading,
	dim: Dimension,
	byValue: Map<string, Tally>
): Promise<OneWayData> {
	const { db, population, min } = reading;
	const measure = measureOf([dim]);
	const values = domain(dim, [...byValue.keys()], reading.moduleOrder);
	const counts = values.map((v) => byValue.get(v) ?? emptyTally(measure));
	const total = partitions(dim, population) ? counts.reduce(addTallies, emptyTally(measure)) : null;
	const table: OneWay = {
		counts: counts.map((t) => t.n),
		total: total?.n,
		totalThreshold: dim === 'period' && total ? await organisationCount(db) : undefined
	};
	return { values, tallies: counts, total, table, pattern: suppressOneWay(table, min) };
}

async function oneWayData(reading: Reading, dim: Dimension): Promise<OneWayData> {
	return oneWayFrom(reading, dim, await tallies(reading.db, reading.population, [dim]));
}

/** The tallies of one dimension, summed out of a two-way grid over a dimension that splits it. */
function marginOf(grid: Map<string, Tally>, position: 0 | 1): Map<string, Tally> {
	const out = new Map<string, Tally>();
	for (const [key, t] of grid) {
		const value = key.split('\t')[position];
		const seen = out.get(value);
		out.set(value, seen ? addTallies(seen, t) : t);
	}
	return out;
}

function shareKeysOf(measure: Measure, dims: Dimension[]): string[] {
	return [...LEVEL_KEYS[measure], 'flagged', ...(dims.includes('flag') ? ['having'] : [])];
}

interface Base {
	n: number;
	hidden: boolean;
}

function view(tally: Tally, hidden: boolean, keys: string[], base?: Base): CellView {
	if (hidden) return { suppressed: true };
	const shares: Record<string, number> = {};
	for (const key of keys) {
		if (key === 'flagged') shares.flagged = percent(tally.flagged, tally.n);
		// The share having a flag is shown only when its base is shown too; otherwise
		// the share and the rounded count together would give the hidden base back.
		else if (key === 'having') {
			if (base && !base.hidden) shares.having = percent(tally.n, base.n);
		} else shares[key] = percent(tally.levels[key] ?? 0, tally.n);
	}
	return { suppressed: false, organisations: roundCount(tally.n), shares };
}

/**
 * All organisations, each once: the grand total of every one-way table that splits
 * them. A total is only ever hidden by the threshold rule, never to protect a cell.
 */
async function populationTotal(db: Db, min: number): Promise<{ tally: Tally; base: Base }> {
	const tally = (await tallies(db, 'latest', [])).get('') ?? emptyTally('overall');
	return { tally, base: { n: tally.n, hidden: tally.n < min } };
}

export async function crossTable(
	db: Db,
	request: TableRequest,
	{ min = config.aggregateMin, moduleOrder = [] }: TableOptions = {}
): Promise<StatTable> {
	const { rows, cols } = tableRequestSchema.parse(request);
	const dims = cols ? [rows, cols] : [rows];
	const population: Population = dims.includes('period') ? 'quarterly' : 'latest';
	const reading: Reading = { db, population, min, moduleOrder };
	const measure = measureOf(dims);
	const shareKeys = shareKeysOf(measure, dims);
	const common = { rows, cols, population, measure, min, shareKeys };

	if (!cols) {
		const [rowData, total] = await Promise.all([
			oneWayData(reading, rows),
			rows === 'flag' ? populationTotal(db, min) : undefined
		]);
		return {
			...common,
			rowValues: rowData.values,
			colValues: [],
			cells: rowData.tallies.map((t, i) => [
				view(t, rowData.pattern.cells[i], shareKeys, total?.base)
			]),
			rowTotals: null,
			colTotals: rowData.total ? [view(rowData.total, !!rowData.pattern.total, shareKeys)] : null,
			grandTotal: null
		};
	}

	const grid = await tallies(db, population, [rows, cols]);
	// A margin is the sum of the grid wherever the other dimension splits every group;
	// otherwise (beside a module, indicator or flag) it is read on its own.
	const margin = (dim: Dimension, position: 0 | 1, other: Dimension) =>
		partitions(other, population)
			? oneWayFrom(reading, dim, marginOf(grid, position))
			: oneWayData(reading, dim);
	const [rowData, colData, total] = await Promise.all([
		margin(rows, 0, cols),
		margin(cols, 1, rows),
		dims.includes('flag') && population === 'latest' ? populationTotal(db, min) : undefined
	]);
	const cellTallies = rowData.values.map((r) =>
		colData.values.map((c) => grid.get(`${r}\t${c}`) ?? emptyTally(measure))
	);
	const show = {
		rowTotals: partitions(cols, population) && isView(rows, population),
		colTotals: partitions(rows, population) && isView(cols, population)
	};
	const pattern = suppressTwoWay(
		cellTallies.map((r) => r.map((t) => t.n)),
		{ table: rowData.table, pattern: rowData.pattern },
		{ table: colData.table, pattern: colData.pattern },
		show,
		min
	);

	// For the flag dimension, "having" is a share of the other dimension's group; the
	// totals beside flags are the flags' own one-way counts, shares of everyone.
	const flagOnRows = rows === 'flag';
	const other = flagOnRows ? colData : rowData;
	const baseAt = (i: number, j: number): Base | undefined => {
		if (!dims.includes('flag')) return undefined;
		const k = flagOnRows ? j : i;
		return { n: other.tallies[k].n, hidden: other.pattern.cells[k] };
	};

	return {
		...common,
		rowValues: rowData.values,
		colValues: colData.values,
		cells: cellTallies.map((r, i) =>
			r.map((t, j) => view(t, pattern.cells[i][j], shareKeys, baseAt(i, j)))
		),
		rowTotals: pattern.rowTotals
			? rowData.tallies.map((t, i) =>
					view(t, (pattern.rowTotals as boolean[])[i], shareKeys, total?.base)
				)
			: null,
		colTotals: pattern.colTotals
			? colData.tallies.map((t, j) =>
					view(t, (pattern.colTotals as boolean[])[j], shareKeys, total?.base)
				)
			: null,
		grandTotal:
			pattern.grandTotal !== undefined && rowData.total
				? view(rowData.total, pattern.grandTotal, shareKeys)
				: null
	};
}

export interface Overview {
	min: number;
	/** Organisations in the statistics, each counted once with its latest assessment. */
	organisations: CellView;
	/** Assessments in the statistics: the latest of each organisation in each quarter. */
	assessments: CellView;
	/** Organisations by quarter: the trend. */
	byPeriod: StatTable;
}

export async function overview(db: Db, min: number = config.aggregateMin): Promise<Overview> {
	const [byPeriod, total] = await Promise.all([
		crossTable(db, { rows: 'period', cols: null }, { min }),
		populationTotal(db, min)
	]);
	return {
		min,
		organisations: view(total.tally, total.base.hidden, byPeriod.shareKeys),
		assessments: byPeriod.colTotals?.[0] ?? { suppressed: true },
		byPeriod
	};
}
