/**
 * The differencing attacker the suppression tests play: it knows every relation that
 * holds between the numbers of the linked tables (which parts sum to which totals),
 * and, stronger than any real inspector, the exact unrounded value of every number
 * shown anywhere. A hidden number is disclosed when those relations determine it.
 */

export interface LinearSystem {
	/** Names of the numbers; their order is the column order of the equations. */
	names: string[];
	/** Each equation as coefficients by name index (sum of coefficient * number = 0). */
	equations: Map<number, number>[];
}

/** Rank of a small matrix, by Gaussian elimination with partial pivoting. */
export function rank(matrix: number[][]): number {
	const m = matrix.map((row) => [...row]);
	const cols = m[0]?.length ?? 0;
	let r = 0;
	for (let c = 0; c < cols && r < m.length; c++) {
		let pivot = r;
		for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
		if (Math.abs(m[pivot][c]) < 1e-9) continue;
		[m[r], m[pivot]] = [m[pivot], m[r]];
		for (let i = 0; i < m.length; i++) {
			if (i === r) continue;
			const f = m[i][c] / m[r][c];
			if (f !== 0) for (let k = c; k < cols; k++) m[i][k] -= f * m[r][k];
		}
		r++;
	}
	return r;
}

/**
 * The unknown numbers the equations pin down, given which numbers are known. Number x is
 * determined exactly when its column is not in the span of the other unknowns' columns,
 * i.e. when dropping it lowers the rank.
 */
export function determined(system: LinearSystem, known: Set<string>): string[] {
	const unknown = system.names.map((n, k) => ({ n, k })).filter(({ n }) => !known.has(n));
	const matrix = (skip: number) =>
		system.equations.map((eq) =>
			unknown.filter(({ k }) => k !== skip).map(({ k }) => eq.get(k) ?? 0)
		);
	if (!system.equations.length) return [];
	const full = rank(matrix(-1));
	return unknown.filter(({ k }) => rank(matrix(k)) < full).map(({ n }) => n);
}

/** Collects named numbers and the sums that tie them. */
export class SystemBuilder {
	names: string[] = [];
	private index = new Map<string, number>();
	equations: Map<number, number>[] = [];

	id(name: string): number {
		let k = this.index.get(name);
		if (k === undefined) {
			k = this.names.length;
			this.names.push(name);
			this.index.set(name, k);
		}
		return k;
	}

	/** sum(parts) = total */
	sum(total: string, parts: string[]): void {
		const eq = new Map<number, number>();
		eq.set(this.id(total), -1);
		for (const p of parts) eq.set(this.id(p), (eq.get(this.id(p)) ?? 0) + 1);
		this.equations.push(eq);
	}

	build(): LinearSystem {
		return { names: this.names, equations: this.equations };
	}
}

/** What the views show: for each number's name, shown or hidden, collected over every view. */
export class Exposure {
	shown = new Set<string>();
	hidden = new Set<string>();

	add(name: string, isHidden: boolean): void {
		(isHidden ? this.hidden : this.shown).add(name);
	}

	/** Numbers some view hides while another shows them: the views disagree. */
	conflicts(): string[] {
		return [...this.hidden].filter((n) => this.shown.has(n));
	}
}
