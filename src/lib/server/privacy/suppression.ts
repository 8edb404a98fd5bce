/**
 * Statistical disclosure control for the tables inspectors and facilitators see
 * (docs/privacy.md rules 3-5): the threshold rule, secondary suppression and rounding.
 *
 * A table is a set of numbers tied by sums: each line (a row or column with its total
 * shown) says "these parts add up to that total". A hidden number is safe only if
 * those sums, with every shown number known exactly, still leave it undetermined.
 * Seen as a graph whose vertices are the lines (plus one "ground" vertex for numbers
 * outside any line) and whose edges are the hidden numbers, a hidden number is
 * determined exactly when its edge is a bridge: the cut around it is one of the sums.
 * So after the threshold rule this module suppresses more cells until no line holds
 * exactly one hidden number (docs/privacy.md rule 4: "the next smallest cell") and no
 * hidden number is a bridge (the same idea across rows and columns together).
 */

export interface Entry {
	/** The exact count: organisations, or for a total over quarters, assessments. */
	value: number;
	/** Organisations behind the number when `value` counts something else. */
	thresholdCount?: number;
	/** The lines (sums) the number belongs to, as indices; at most two, -1 for none. */
	lines: [number, number];
	/** Its suppression is decided by a linked table (a margin shown elsewhere). */
	fixed?: boolean;
	/** Suppressed in that linked table. */
	forced?: boolean;
	/** A total: never chosen for secondary suppression, which hides cells. */
	total?: boolean;
}

/** The suppression pattern for a set of entries: true where the number is hidden. */
export function suppressEntries(entries: Entry[], lineCount: number, min: number): boolean[] {
	const hidden = entries.map((e) =>
		e.fixed ? !!e.forced : !!e.forced || (e.thresholdCount ?? e.value) < min
	);
	const members: number[][] = Array.from({ length: lineCount }, () => []);
	entries.forEach((e, k) => {
		for (const line of new Set(e.lines)) if (line >= 0) members[line].push(k);
	});
	const candidate = (k: number) => !hidden[k] && !entries[k].fixed && !entries[k].total;
	const smallest = (ks: number[]) =>
		ks.filter(candidate).sort((a, b) => entries[a].value - entries[b].value || a - b)[0];
	const hideAllCandidates = () => entries.forEach((_, k) => candidate(k) && (hidden[k] = true));

	for (;;) {
		const lonely = members.find((ks) => ks.filter((k) => hidden[k]).length === 1);
		if (lonely) {
			const pick = smallest(lonely);
			if (pick === undefined) {
				if (!entries.some((_, k) => candidate(k))) break;
				hideAllCandidates();
			} else hidden[pick] = true;
			continue;
		}
		const bridge = findBridge(entries, hidden, lineCount);
		if (bridge === undefined) break;
		const pick = smallest(crossingCandidates(entries, hidden, lineCount, bridge));
		if (pick === undefined) {
			if (!entries.some((_, k) => candidate(k))) break;
			hideAllCandidates();
		} else hidden[pick] = true;
	}
	return hidden;
}

function endpoints(e: Entry, ground: number): [number, number] {
	return [e.lines[0] >= 0 ? e.lines[0] : ground, e.lines[1] >= 0 ? e.lines[1] : ground];
}

/** The first hidden entry whose edge is a bridge (Tarjan's algorithm), if any. */
function findBridge(entries: Entry[], hidden: boolean[], lineCount: number): number | undefined {
	const ground = lineCount;
	const adjacency: { to: number; edge: number }[][] = Array.from(
		{ length: lineCount + 1 },
		() => []
	);
	entries.forEach((e, k) => {
		if (!hidden[k]) return;
		const [a, b] = endpoints(e, ground);
		if (a === b) return; // a loop never decides anything
		adjacency[a].push({ to: b, edge: k });
		adjacency[b].push({ to: a, edge: k });
	});
	const order = new Array<number>(lineCount + 1).fill(-1);
	const low = new Array<number>(lineCount + 1).fill(0);
	let counter = 0;
	let found: number | undefined;
	const visit = (v: number, viaEdge: number) => {
		order[v] = low[v] = counter++;
		for (const { to, edge } of adjacency[v]) {
			if (edge === viaEdge) continue;
			if (order[to] === -1) {
				visit(to, edge);
				low[v] = Math.min(low[v], low[to]);
				if (low[to] > order[v] && (found === undefined || edge < found)) found = edge;
			} else low[v] = Math.min(low[v], order[to]);
		}
	};
	for (let v = 0; v <= lineCount; v++) if (order[v] === -1) visit(v, -1);
	return found;
}

/** Shown cells whose edge would join the two sides of the bridge, closing a cycle through it. */
function crossingCandidates(
	entries: Entry[],
	hidden: boolean[],
	lineCount: number,
	bridge: number
): number[] {
	const ground = lineCount;
	const [u, v] = endpoints(entries[bridge], ground);
	const side = new Array<number>(lineCount + 1).fill(0);
	const spread = (start: number, mark: number) => {
		const stack = [start];
		side[start] = mark;
		while (stack.length) {
			const x = stack.pop() as number;
			entries.forEach((e, k) => {
				if (!hidden[k] || k === bridge) return;
				const [a, b] = endpoints(e, ground);
				const y = a === x ? b : b === x ? a : -1;
				if (y >= 0 && side[y] === 0) {
					side[y] = mark;
					stack.push(y);
				}
			});
		}
	};
	spread(u, 1);
	spread(v, 2);
	return entries
		.map((e, k) => ({ k, ends: endpoints(e, ground) }))
		.filter(({ ends: [a, b] }) => side[a] * side[b] === 2)
		.map(({ k }) => k);
}

/** A margin of a two-way table, or the total of a one-way table. */
export interface Margin {
	values: number[];
	/** The pattern of the linked one-way table that shows these numbers; fixes them here. */
	suppressed?: boolean[];
	thresholdCounts?: (number | undefined)[];
}

/**
 * Counts by row and column. rowTotals[i] is the sum of row i (given only when the
 * columns split every row without overlap); colTotals[j] the sum of column j; the
 * grand total, when both are given, the sum of everything. A one-way table is a
 * table of one column, its total in colTotals.
 */
export interface CountTable {
	cells: number[][];
	rowTotals?: Margin;
	colTotals?: Margin;
	grandTotal?: { value: number; suppressed?: boolean; thresholdCount?: number };
}

export interface SuppressionPattern {
	cells: boolean[][];
	rowTotals?: boolean[];
	colTotals?: boolean[];
	grandTotal?: boolean;
}

/** Where each number of a table sits in the lines of sums, for suppressEntries. */
export function tableEntries(t: CountTable): { entries: Entry[]; lineCount: number } {
	const rows = t.cells.length;
	const cols = rows ? t.cells[0].length : 0;
	if (t.grandTotal && !(t.rowTotals && t.colTotals)) {
		throw new Error('a grand total needs both margins');
	}
	let next = 0;
	const rowLine = t.rowTotals ? t.cells.map(() => next++) : [];
	const colLine = t.colTotals ? Array.from({ length: cols }, () => next++) : [];
	const totalsColumnLine = t.grandTotal ? next++ : -1;
	const totalsRowLine = t.grandTotal ? next++ : -1;
	const entries: Entry[] = [];
	t.cells.forEach((row, i) =>
		row.forEach((value, j) => entries.push({ value, lines: [rowLine[i] ?? -1, colLine[j] ?? -1] }))
	);
	const margin = (m: Margin, lineOf: number[], outer: number) =>
		m.values.forEach((value, i) =>
			entries.push({
				value,
				thresholdCount: m.thresholdCounts?.[i],
				lines: [lineOf[i], outer],
				total: true,
				fixed: m.suppressed !== undefined,
				forced: m.suppressed?.[i]
			})
		);
	if (t.rowTotals) margin(t.rowTotals, rowLine, totalsColumnLine);
	if (t.colTotals) margin(t.colTotals, colLine, totalsRowLine);
	if (t.grandTotal) {
		const g = t.grandTotal;
		entries.push({
			value: g.value,
			thresholdCount: g.thresholdCount,
			lines: [totalsColumnLine, totalsRowLine],
			total: true,
			fixed: g.suppressed !== undefined,
			forced: g.suppressed
		});
	}
	return { entries, lineCount: next };
}

/** Applies the threshold rule and secondary suppression to a one- or two-way table. */
export function suppressTable(t: CountTable, min: number): SuppressionPattern {
	const { entries, lineCount } = tableEntries(t);
	const hidden = suppressEntries(entries, lineCount, min);
	let k = 0;
	const cells = t.cells.map((row) => row.map(() => hidden[k++]));
	const rowTotals = t.rowTotals?.values.map(() => hidden[k++]);
	const colTotals = t.colTotals?.values.map(() => hidden[k++]);
	const grandTotal = t.grandTotal ? hidden[k++] : undefined;
	return { cells, rowTotals, colTotals, grandTotal };
}

/** Shown counts are rounded to the nearest 5 (docs/privacy.md rule 5). */
export function roundCount(n: number): number {
	return Math.round(n / 5) * 5;
}

/** A whole percentage, computed from exact counts; only ever shown for a cell that passes. */
export function percent(part: number, whole: number): number {
	return whole > 0 ? Math.round((100 * part) / whole) : 0;
}

/** A one-way table: a count per value and, when the values split the population, its total. */
export interface OneWay {
	counts: number[];
	total?: number;
	/** Organisations behind the total when it counts assessments (a total over quarters). */
	totalThreshold?: number;
}

export interface OneWayPattern {
	cells: boolean[];
	total?: boolean;
}

export function suppressOneWay(t: OneWay, min: number): OneWayPattern {
	const p = suppressTable(
		{
			cells: t.counts.map((n) => [n]),
			colTotals:
				t.total === undefined
					? undefined
					: { values: [t.total], thresholdCounts: [t.totalThreshold] }
		},
		min
	);
	return { cells: p.cells.map((r) => r[0]), total: p.colTotals?.[0] };
}

/**
 * A two-way table linked to the one-way tables of its two dimensions: a margin shows
 * exactly what that one-way table shows (an inspector can always ask for both), and
 * further cells are hidden until no hidden number follows from all of them together.
 * rowTotals: show each row's total (the columns split every row); colTotals likewise;
 * the grand total is shown when both are.
 */
export function suppressTwoWay(
	cells: number[][],
	rows: { table: OneWay; pattern: OneWayPattern },
	cols: { table: OneWay; pattern: OneWayPattern },
	show: { rowTotals: boolean; colTotals: boolean },
	min: number
): SuppressionPattern {
	const both = show.rowTotals && show.colTotals && rows.table.total !== undefined;
	return suppressTable(
		{
			cells,
			rowTotals: show.rowTotals
				? { values: rows.table.counts, suppressed: rows.pattern.cells }
				: undefined,
			colTotals: show.colTotals
				? { values: cols.table.counts, suppressed: cols.pattern.cells }
				: undefined,
			grandTotal: both
				? { value: rows.table.total as number, suppressed: !!rows.pattern.total }
				: undefined
		},
		min
	);
}
