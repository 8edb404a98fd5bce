import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	roundCount,
	suppressOneWay,
	suppressTwoWay,
	type OneWay,
	type OneWayPattern
} from './suppression';
import { determined, Exposure, SystemBuilder } from './test-helpers';

/*
 * The invariant proven here, for every set of views an inspector can ask for over the
 * same population (the one-way table of each dimension, and the two-way table of any
 * two, with the totals each shows):
 *
 *   1. every number below the threshold is hidden, and no number is shown in one view
 *      while another view hides it;
 *   2. in every line whose total is shown, never exactly one part is hidden;
 *   3. an attacker who knows every sum that holds between the numbers (rows and
 *      columns add up to their totals, margins to the grand total) and the exact,
 *      unrounded value of every number shown in any view cannot compute any hidden
 *      number: it is not determined by that linear system (rank test).
 *
 * 3 implies that total-minus-the-visible-cells never recovers a hidden value, and it
 * holds before rounding, which only takes information away.
 */

/** How a dimension relates to the population the table is drawn from. */
interface Shape {
	/** Each unit has exactly one value (sector, size, voivodeship; quarter within quarters). */
	partition: boolean;
	/** Its one-way table is a view over this same population. */
	view: boolean;
}

interface Scenario {
	cells: number[][];
	rowExtra: number[];
	colExtra: number[];
	rows: Shape;
	cols: Shape;
	min: number;
}

/** The true numbers of a scenario: a dimension that does not partition has independent margins. */
function margins(s: Scenario) {
	const T = s.cells.map((r, i) =>
		s.cols.partition ? r.reduce((a, b) => a + b, 0) : Math.max(...r) + s.rowExtra[i]
	);
	const U = s.cells[0].map((_, j) =>
		s.rows.partition
			? s.cells.reduce((a, r) => a + r[j], 0)
			: Math.max(...s.cells.map((r) => r[j])) + s.colExtra[j]
	);
	const G = s.rows.partition
		? T.reduce((a, b) => a + b, 0)
		: s.cols.partition
			? U.reduce((a, b) => a + b, 0)
			: Math.max(...T, ...U);
	return { T, U, G };
}

/** The views exactly as aggregates.ts composes them. */
function views(s: Scenario) {
	const { T, U, G } = margins(s);
	const rowTable: OneWay = { counts: T, total: s.rows.partition ? G : undefined };
	const colTable: OneWay = { counts: U, total: s.cols.partition ? G : undefined };
	const rowPattern = suppressOneWay(rowTable, s.min);
	const colPattern = suppressOneWay(colTable, s.min);
	const show = {
		rowTotals: s.cols.partition && s.rows.view,
		colTotals: s.rows.partition && s.cols.view
	};
	const cross = suppressTwoWay(
		s.cells,
		{ table: rowTable, pattern: rowPattern },
		{ table: colTable, pattern: colPattern },
		show,
		s.min
	);
	return { T, U, G, rowTable, colTable, rowPattern, colPattern, cross, show };
}

function addOneWay(e: Exposure, prefix: string, p: OneWayPattern) {
	p.cells.forEach((h, i) => e.add(`${prefix}${i}`, h));
	if (p.total !== undefined) e.add('G', p.total);
}

function attack(s: Scenario) {
	const v = views(s);
	const e = new Exposure();
	if (s.rows.view) addOneWay(e, 'T', v.rowPattern);
	if (s.cols.view) addOneWay(e, 'U', v.colPattern);
	v.cross.cells.forEach((r, i) => r.forEach((h, j) => e.add(`x${i},${j}`, h)));
	v.cross.rowTotals?.forEach((h, i) => e.add(`T${i}`, h));
	v.cross.colTotals?.forEach((h, j) => e.add(`U${j}`, h));
	if (v.cross.grandTotal !== undefined) e.add('G', v.cross.grandTotal);

	const b = new SystemBuilder();
	const R = s.cells.length;
	const C = s.cells[0].length;
	const x = (i: number, j: number) => `x${i},${j}`;
	if (s.cols.partition)
		for (let i = 0; i < R; i++)
			b.sum(
				`T${i}`,
				s.cells[0].map((_, j) => x(i, j))
			);
	if (s.rows.partition)
		for (let j = 0; j < C; j++)
			b.sum(
				`U${j}`,
				s.cells.map((_, i) => x(i, j))
			);
	if (s.rows.partition)
		b.sum(
			'G',
			s.cells.map((_, i) => `T${i}`)
		);
	if (s.cols.partition)
		b.sum(
			'G',
			s.cells[0].map((_, j) => `U${j}`)
		);
	const values = new Map<string, number>([['G', v.G]]);
	v.T.forEach((n, i) => values.set(`T${i}`, n));
	v.U.forEach((n, j) => values.set(`U${j}`, n));
	s.cells.forEach((r, i) => r.forEach((n, j) => values.set(x(i, j), n)));
	return { v, e, system: b.build(), values };
}

/** Counts skewed towards the threshold, so that small cells and their neighbours are common. */
const count = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 60 }));

const shape = fc.record({ partition: fc.boolean(), view: fc.boolean() });
const scenario = fc
	.record({ rows: fc.integer({ min: 1, max: 7 }), cols: fc.integer({ min: 1, max: 7 }) })
	.chain(({ rows, cols }) =>
		fc.record({
			cells: fc.array(fc.array(count, { minLength: cols, maxLength: cols }), {
				minLength: rows,
				maxLength: rows
			}),
			rowExtra: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: rows, maxLength: rows }),
			colExtra: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: cols, maxLength: cols }),
			rows: shape,
			cols: shape,
			min: fc.constantFrom(5, 10)
		})
	);

describe('no differencing attack recovers a hidden number', () => {
	it('across a one-way table, the other one-way table and their two-way table', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const { e, system, values } = attack(s);
				expect(e.conflicts()).toEqual([]);
				for (const name of e.shown) expect(values.get(name)).toBeGreaterThanOrEqual(s.min);
				for (const eq of system.equations) {
					const names = [...eq.keys()].map((k) => system.names[k]);
					const totalName = system.names[[...eq.entries()].find(([, c]) => c === -1)![0]];
					if (!e.shown.has(totalName)) continue;
					const hiddenParts = names.filter((n) => n !== totalName && e.hidden.has(n));
					expect(hiddenParts.length).not.toBe(1);
				}
				const disclosed = determined(system, e.shown).filter((n) => e.hidden.has(n));
				expect(disclosed).toEqual([]);
			}),
			{ numRuns: 1500 }
		);
	});

	it('across every one- and two-way table of three dimensions that split one population', () => {
		const dims = fc.tuple(
			fc.integer({ min: 1, max: 4 }),
			fc.integer({ min: 1, max: 4 }),
			fc.integer({ min: 1, max: 3 })
		);
		const cube = dims.chain(([a, b, c]) =>
			fc.record({
				counts: fc.array(
					fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })),
					{
						minLength: a * b * c,
						maxLength: a * b * c
					}
				),
				shape: fc.constant([a, b, c] as const),
				min: fc.constantFrom(5, 10)
			})
		);
		fc.assert(
			fc.property(cube, ({ counts, shape: [A, B, Cn], min }) => {
				const size = [A, B, Cn];
				const at = (i: number, j: number, k: number) => counts[(i * B + j) * Cn + k];
				const sys = new SystemBuilder();
				const values = new Map<string, number>();
				const cellName = (i: number, j: number, k: number) => `c${i},${j},${k}`;
				for (let i = 0; i < A; i++)
					for (let j = 0; j < B; j++)
						for (let k = 0; k < Cn; k++) values.set(cellName(i, j, k), at(i, j, k));
				// One-way margins m{d}:{v} and the grand total, as sums of the hidden cube.
				const all: string[] = [...values.keys()];
				sys.sum('G', all);
				values.set(
					'G',
					counts.reduce((x, y) => x + y, 0)
				);
				const coords = (name: string) => name.slice(1).split(',').map(Number);
				const oneWay: OneWay[] = [];
				for (let d = 0; d < 3; d++) {
					const per: number[] = [];
					for (let v = 0; v < size[d]; v++) {
						const parts = all.filter((n) => coords(n)[d] === v);
						sys.sum(`m${d}:${v}`, parts);
						const n = parts.reduce((x, p) => x + values.get(p)!, 0);
						values.set(`m${d}:${v}`, n);
						per.push(n);
					}
					oneWay.push({ counts: per, total: values.get('G') });
				}
				const patterns = oneWay.map((t) => suppressOneWay(t, min));
				const e = new Exposure();
				patterns.forEach((p, d) => {
					p.cells.forEach((h, v) => e.add(`m${d}:${v}`, h));
					e.add('G', !!p.total);
				});
				for (const [r, c] of [
					[0, 1],
					[0, 2],
					[1, 2]
				]) {
					const cells: number[][] = [];
					for (let i = 0; i < size[r]; i++) {
						cells.push([]);
						for (let j = 0; j < size[c]; j++) {
							const parts = all.filter((n) => coords(n)[r] === i && coords(n)[c] === j);
							sys.sum(`p${r}${c}:${i},${j}`, parts);
							cells[i].push(parts.reduce((x, p) => x + values.get(p)!, 0));
						}
					}
					const p = suppressTwoWay(
						cells,
						{ table: oneWay[r], pattern: patterns[r] },
						{ table: oneWay[c], pattern: patterns[c] },
						{ rowTotals: true, colTotals: true },
						min
					);
					p.cells.forEach((row, i) => row.forEach((h, j) => e.add(`p${r}${c}:${i},${j}`, h)));
					p.rowTotals?.forEach((h, i) => e.add(`m${r}:${i}`, h));
					p.colTotals?.forEach((h, j) => e.add(`m${c}:${j}`, h));
					e.add('G', !!p.grandTotal);
				}
				expect(e.conflicts()).toEqual([]);
				const disclosed = determined(sys.build(), e.shown).filter((n) => e.hidden.has(n));
				expect(disclosed).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});
});

/** Everything an inspector sees of a small table: shown counts rounded, hidden ones marked. */
function rendered(cells: number[][], min: number): string {
	const s: Scenario = {
		cells,
		rowExtra: [],
		colExtra: [],
		rows: { partition: true, view: true },
		cols: { partition: true, view: true },
		min
	};
	const v = views(s);
	const show = (n: number, hidden: boolean | undefined) => (hidden ? 'S' : String(roundCount(n)));
	return JSON.stringify([
		v.T.map((n, i) => show(n, v.rowPattern.cells[i])),
		v.U.map((n, j) => show(n, v.colPattern.cells[j])),
		show(v.G, v.rowPattern.total),
		cells.map((r, i) => r.map((n, j) => show(n, v.cross.cells[i][j])))
	]);
}

describe('an attacker who knows the rules, the rounding and every view', () => {
	it('never narrows a hidden number to a single value (every 2x2 table of counts 0-19, threshold 5)', () => {
		// For each possible screen, the tables that produce it; a hidden cell must take at
		// least two different values among them, whatever the attacker infers.
		const MAX = 19;
		const bySight = new Map<string, number[][][]>();
		const range = Array.from({ length: MAX + 1 }, (_, n) => n);
		for (const a of range)
			for (const b of range)
				for (const c of range)
					for (const d of range) {
						const cells = [
							[a, b],
							[c, d]
						];
						const key = rendered(cells, 5);
						const list = bySight.get(key) ?? [];
						list.push(cells);
						bySight.set(key, list);
					}
		let screensWithHidden = 0;
		for (const [key, tables] of bySight) {
			const [T, U, G, shown] = JSON.parse(key) as [string[], string[], string, string[][]];
			// A shown count n stands for n-2..n+2. Judge only screens where a shown total
			// bounds every cell within the enumerated range, so that the range itself does
			// not tell the attacker anything a real table would not.
			const bound = (i: number, j: number) =>
				Math.min(...[T[i], U[j], G].filter((x) => x !== 'S').map((x) => Number(x) + 2));
			if (!shown.every((r, i) => r.every((_, j) => bound(i, j) <= MAX))) continue;
			const hiddenCells = shown
				.flatMap((r, i) => r.map((v, j) => (v === 'S' ? [i, j] : null)))
				.filter((x): x is number[] => x !== null);
			if (hiddenCells.length) screensWithHidden++;
			for (const [i, j] of hiddenCells) {
				const possible = new Set(tables.map((t) => t[i][j]));
				expect(possible.size, `${key}: cell ${i},${j}`).toBeGreaterThan(1);
			}
		}
		expect(screensWithHidden).toBeGreaterThan(100);
	});
});
