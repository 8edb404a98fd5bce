import type { QuestionnaireModule } from './schema';
import type { Band, Level } from './types';

export const LEVELS: readonly Level[] = ['low', 'medium', 'high', 'possible_forced_labour'];

/** -1 for no level, so that any level is worse than none. */
export function levelRank(level: Level | null): number {
	return level === null ? -1 : LEVELS.indexOf(level);
}

export function worseLevel<T extends Level>(a: T | null, b: T | null): T | null {
	return levelRank(b) > levelRank(a) ? b : a;
}

export function bandOf(control: number, bands: QuestionnaireModule['bands']): Band {
	if (control >= bands.low) return 'low';
	return control >= bands.medium ? 'medium' : 'high';
}

/**
 * Rounds half up at the given number of decimals, first trimming the binary noise of sums
 * of weights (72.49999999999999 must round as the 72.5 it stands for).
 */
export function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(Number((value * factor).toPrecision(12))) / factor;
}
