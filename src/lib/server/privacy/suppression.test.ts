import { describe, expect, it } from 'vitest';
import {
	percent,
	roundCount,
	suppressOneWay,
	suppressTable,
	suppressTwoWay,
	type CountTable
} from './suppression';
import { determined, Exposure, SystemBuilder } from './test-helpers';

const MIN = 10;

/** Names the attacker gives the numbers of a two-way table, its margins and total. */
function systemOf(t: CountTable) {
	const b = new SystemBuilder();
	const rows = t.cells.length;
	const cols = t.cells[0].length;
	t.cells.forEach((row, i) => row.forEach((_, j) => b.id(`x${i},${j}`)));
	if (t.rowTotals)
		for (let i = 0; i < rows; i++)
			b.sum(
				`T${i}`,
				t.cells[i].map((_, j) => `x${i},${j}`)
			);
	if (t.colTotals)
		for (let j = 0; j < cols; j++)
			b.sum(
				`U${j}`,
				t.cells.map((_, i) => `x${i},${j}`)
			);
	if (t.grandTotal) {
		b.sum(
			'G',
			t.cells.map((_, i) => `T${i}`)
		);
		b.sum(
			'G',
			t.cells[0].map((_, j) => `U${j}`)
		);
	}
	return b.build();
}

function exposureOf(t: CountTable, min = MIN) {
	const p = suppressTable(t, min);
	const e = new Exposure();
	p.cells.forEach((row, i) => row.forEach((h, j) => e.add(`x${i},${j}`, h)));
	p.rowTotals?.forEach((h, i) => e.add(`T${i}`, h));
	p.colTotals?.forEach((h, j) => e.add(`U${j}`, h));
	if (p.grandTotal !== undefined) e.add('G', p.grandTotal);
	return { p, e };
}

function full(cells: number[][]): CountTable {
	const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
	const colTotals = cells[0].map((_, j) => cells.reduce((a, r) => a + r[j], 0));
	return {
		cells,
		rowTotals: { values: rowTotals },
		colTotals: { values: colTotals },
		grandTotal: { value: rowTotals.reduce((a, b) => a + b, 0) }
	};
}

describe('suppression on hand-made tables', () => {
	it('hides a single small cell, and the next smallest so the total does not give it away', () => {
		const p = suppressOneWay({ counts: [40, 3, 25, 12], total: 80 }, MIN);
		expect(p.cells).toEqual([false, true, false, true]);
		expect(p.total).toBe(false);
	});

	it('hides two small cells and nothing more: their sum alone says neither', () => {
		const p = suppressOneWay({ counts: [40, 3, 25, 7, 12], total: 87 }, MIN);
		expect(p.cells).toEqual([false, true, false, true, false]);
	});

	it('without a total, hides only the small cell', () => {
		expect(suppressOneWay({ counts: [40, 3, 25] }, MIN).cells).toEqual([false, true, false]);
	});

	it('hides a small cell that a row and a column total would reveal, closing a rectangle', () => {
		const t = full([
			[30, 4, 20],
			[25, 40, 15],
			[50, 60, 35]
		]);
		const { p, e } = exposureOf(t);
		expect(p.cells[0][1]).toBe(true);
		// Row 0 and column 1 each need a second hidden cell, and those need a fourth.
		expect(p.cells.flat().filter(Boolean)).toHaveLength(4);
		expect(p.rowTotals?.some(Boolean)).toBe(false);
		expect(determined(systemOf(t), e.shown)).toEqual([]);
	});

	it('hides totals below the threshold, with the cells under them', () => {
		const t = full([
			[3, 2],
			[30, 40]
		]);
		const { p } = exposureOf(t);
		expect(p.rowTotals).toEqual([true, false]);
		expect(p.cells[0]).toEqual([true, true]);
		expect(p.grandTotal).toBe(false);
		const tiny = suppressOneWay({ counts: [3, 4], total: 7 }, MIN);
		expect(tiny).toEqual({ cells: [true, true], total: true });
	});

	it('keeps a margin hidden elsewhere hidden, and hides a cell so the row cannot rebuild it', () => {
		// In the one-way table of the rows, 8 is below the threshold and 25 goes with it.
		// In the two-way table all of row 0 passes, so its sum would give 25 back.
		const cells = [
			[15, 10],
			[4, 4],
			[30, 40]
		];
		const rows = { counts: [25, 8, 70], total: 103 };
		const cols = { counts: [49, 54], total: 103 };
		const rowPattern = suppressOneWay(rows, MIN);
		expect(rowPattern.cells).toEqual([true, true, false]);
		const p = suppressTwoWay(
			cells,
			{ table: rows, pattern: rowPattern },
			{ table: cols, pattern: suppressOneWay(cols, MIN) },
			{ rowTotals: true, colTotals: true },
			MIN
		);
		expect(p.rowTotals).toEqual([true, true, false]);
		expect(p.cells[0].some(Boolean)).toBe(true);
		const e = new Exposure();
		p.cells.forEach((row, i) => row.forEach((h, j) => e.add(`x${i},${j}`, h)));
		p.rowTotals?.forEach((h, i) => e.add(`T${i}`, h));
		p.colTotals?.forEach((h, j) => e.add(`U${j}`, h));
		e.add('G', !!p.grandTotal);
		const t = full(cells);
		expect(determined(systemOf(t), e.shown)).toEqual([]);
	});

	it('breaks a bridge: two hidden blocks joined by one hidden cell would give that cell away', () => {
		// Small cells: a 2x2 block, another 2x2 block and one cell between them. Every row
		// and column then holds two or more hidden cells, yet the joining cell is determined.
		const cells = Array.from({ length: 4 }, () => [50, 50, 50, 50]);
		for (const [i, j] of [
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1],
			[2, 2],
			[2, 3],
			[3, 2],
			[3, 3],
			[1, 2]
		])
			cells[i][j] = 2;
		const t = full(cells);
		const { p, e } = exposureOf(t);
		expect(p.cells.flat().filter(Boolean).length).toBeGreaterThan(9);
		expect(determined(systemOf(t), e.shown)).toEqual([]);
		// The rank test itself catches the bridge when the extra cell is missing.
		const bridgeOnly = new Set(e.shown);
		const added = p.cells.flatMap((r, i) =>
			r.map((h, j) => (h && cells[i][j] === 50 ? `x${i},${j}` : '')).filter(Boolean)
		);
		for (const name of added) bridgeOnly.add(name);
		expect(determined(systemOf(t), bridgeOnly)).toContain('x1,2');
	});

	it('rounds shown counts to the nearest 5', () => {
		expect([0, 2, 3, 10, 12, 13, 17, 18, 99, 100].map(roundCount)).toEqual([
			0, 0, 5, 10, 10, 15, 15, 20, 100, 100
		]);
	});

	it('computes shares from exact counts as whole percentages', () => {
		expect(percent(1, 3)).toBe(33);
		expect(percent(2, 3)).toBe(67);
		expect(percent(0, 0)).toBe(0);
	});
});
