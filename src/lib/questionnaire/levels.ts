import { LEVELS, type Band, type Level } from './codes';
import type { QuestionnaireModule } from './schema';

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
 * Rounds a non-negative value half up at the given number of decimals, nudged by a relative
 * 1e-12 so that binary noise (72.49999999999999 standing for 72.5) rounds as intended.
 */
export function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor * (1 + 1e-12)) / factor;
}
