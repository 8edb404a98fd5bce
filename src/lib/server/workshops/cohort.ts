import { round } from '../../questionnaire/levels';
import { BANDS, ILO_CODES, LEVELS, type IloCode } from '../../questionnaire/codes';
import type { AssessmentResult, FlagKind } from '../../questionnaire/types';
import { type Entry, percent, suppressEntries } from '../privacy';

/**
 * A workshop cohort's results under docs/privacy.md (rule 7): nothing before `min` submitted
 * assessments; then only shares and means of groups that pass the same threshold, with
 * secondary suppression wherever a total is shown. Counts are never shown: the cohort is
 * small, and a share of a known total says as much as the count without rounding it away.
 *
 * A participant who shared its result with the facilitator is known to them, so it never
 * counts towards a threshold: subtracting the known results from a group must still leave
 * at least `min` assessments the facilitator cannot see. Shares and means include it.
 */

/** A module's level; not_scored when nothing in it was answered that carries a score. */
const MODULE_GROUPS = [...BANDS, 'not_scored'] as const;
export type ModuleGroup = (typeof MODULE_GROUPS)[number];
/** The overall level of a participant, in the same groups. */
const OVERALL_GROUPS = [...LEVELS, 'not_scored'] as const;
export type OverallGroup = (typeof OVERALL_GROUPS)[number];

/** One group of a distribution: its share of the cohort, or suppressed. */
export interface Cell<K extends string> {
	key: K;
	suppressed: boolean;
	/** Whole percent of the cohort; null when suppressed. */
	percent: number | null;
}

export interface CohortModule {
	moduleId: string;
	levels: Cell<ModuleGroup>[];
	/** Mean control score (0-100) over the participants scored in it; null below the threshold. */
	meanControl: number | null;
}

export interface CohortFlag {
	moduleId: string;
	flagId: string;
	kind: FlagKind;
	/** Share of the cohort whose assessment raised it. */
	percent: number;
}

export interface CohortIlo {
	code: IloCode;
	/** Mean risk 0-3 (one decimal) over participants with an answer on it; null below the threshold. */
	meanRisk: number | null;
}

export interface CohortEntry {
	result: AssessmentResult;
	/** The participant shares this result with the facilitator. */
	shared: boolean;
}

export type Cohort =
	| { shown: false; submitted: number; min: number; needed: number; shared: number }
	| {
			shown: true;
			submitted: number;
			min: number;
			overall: Cell<OverallGroup>[];
			modules: CohortModule[];
			flags: CohortFlag[];
			ilo: CohortIlo[];
	  };

/**
 * The threshold rule and secondary suppression (privacy/suppression.ts) for one
 * distribution whose total is shown: a group is hidden when fewer than `min` of its
 * members are unseen by the facilitator (thresholdCounts), and more groups are hidden
 * until the total minus the shown ones cannot give a hidden one away.
 */
export function suppressDistribution(
	t: { counts: number[]; total: number; thresholdCounts?: number[] },
	min: number
): boolean[] {
	const entries: Entry[] = t.counts.map((value, i) => ({
		value,
		thresholdCount: t.thresholdCounts?.[i],
		lines: [-1, 0]
	}));
	// The total is shown whenever the cohort is: it is the number of submitted assessments.
	entries.push({ value: t.total, lines: [0, -1], total: true, fixed: true, forced: false });
	return suppressEntries(entries, 1, min).slice(0, t.counts.length);
}

/** How many flags the cohort view lists at most. */
export const TOP_FLAGS = 10;

/** values: one per entry, in the order of `entries`. */
function distribution<K extends string>(
	entries: CohortEntry[],
	values: K[],
	keys: readonly K[],
	min: number
): Cell<K>[] {
	const counts = keys.map((k) => values.filter((v) => v === k).length);
	const thresholdCounts = keys.map(
		(k) => values.filter((v, i) => v === k && !entries[i].shared).length
	);
	const hidden = suppressDistribution({ counts, total: values.length, thresholdCounts }, min);
	return keys.map((key, i) => ({
		key,
		suppressed: hidden[i],
		percent: hidden[i] ? null : percent(counts[i], values.length)
	}));
}

/** The mean of the entries' values (null for none), when enough unshared ones have a value. */
function meanOf(
	entries: CohortEntry[],
	values: (number | null)[],
	min: number,
	decimals: number
): number | null {
	const known = values.flatMap((v, i) => (v === null ? [] : [{ v, shared: entries[i].shared }]));
	if (known.filter((k) => !k.shared).length < min) return null;
	return round(known.reduce((sum, k) => sum + k.v, 0) / known.length, decimals);
}

function moduleSummary(entries: CohortEntry[], moduleId: string, min: number): CohortModule {
	const found = entries.map((e) => e.result.modules.find((m) => m.moduleId === moduleId));
	const levels = found.map((m): ModuleGroup => m?.level ?? 'not_scored');
	return {
		moduleId,
		levels: distribution(entries, levels, MODULE_GROUPS, min),
		meanControl: meanOf(
			entries,
			found.map((m) => m?.control ?? null),
			min,
			0
		)
	};
}

/**
 * Flags raised in at least `min` of the assessments, most frequent first. A rarer flag is
 * left out rather than shown as suppressed: naming it would say that someone raised it.
 */
function frequentFlags(entries: CohortEntry[], min: number): CohortFlag[] {
	const counts = new Map<
		string,
		{ flag: Omit<CohortFlag, 'percent'>; n: number; unshared: number }
	>();
	for (const { result, shared } of entries) {
		const seen = new Set<string>();
		for (const f of result.flags) {
			const key = `${f.moduleId}\u0000${f.flagId}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const entry = counts.get(key) ?? {
				flag: { moduleId: f.moduleId, flagId: f.flagId, kind: f.kind },
				n: 0,
				unshared: 0
			};
			entry.n++;
			if (!shared) entry.unshared++;
			counts.set(key, entry);
		}
	}
	return [...counts.values()]
		.filter((e) => e.unshared >= min)
		.sort(
			(a, b) =>
				b.n - a.n ||
				a.flag.moduleId.localeCompare(b.flag.moduleId) ||
				a.flag.flagId.localeCompare(b.flag.flagId)
		)
		.slice(0, TOP_FLAGS)
		.map((e) => ({ ...e.flag, percent: percent(e.n, entries.length) }));
}

function iloMap(entries: CohortEntry[], min: number): CohortIlo[] {
	return ILO_CODES.map((code) => {
		const risks = entries.map((e) => e.result.ilo.find((i) => i.code === code)?.risk ?? null);
		return { code, meanRisk: meanOf(entries, risks, min, 1) };
	});
}

/**
 * The cohort view of submitted results. moduleIds: the workshop's assessment modules in
 * questionnaire order (the profile describes the firm, not its practice, and is left out).
 */
export function summariseCohort(
	entries: CohortEntry[],
	moduleIds: readonly string[],
	min: number
): Cohort {
	const submitted = entries.length;
	const shared = entries.filter((e) => e.shared).length;
	const unseen = submitted - shared;
	if (unseen < min) return { shown: false, submitted, min, needed: min - unseen, shared };
	const overall = entries.map((e): OverallGroup => e.result.level ?? 'not_scored');
	return {
		shown: true,
		submitted,
		min,
		overall: distribution(entries, overall, OVERALL_GROUPS, min),
		modules: moduleIds.map((id) => moduleSummary(entries, id, min)),
		flags: frequentFlags(entries, min),
		ilo: iloMap(entries, min)
	};
}

export interface CohortComparison {
	before: Cohort;
	after: Cohort;
	/** Both cohorts pass the threshold, so a comparison can be shown at all. */
	shown: boolean;
	modules: { moduleId: string; before: CohortModule | null; after: CohortModule | null }[];
}

/** Two cohorts side by side, module by module; each under the threshold on its own. */
export function compareCohorts(
	before: Cohort,
	after: Cohort,
	moduleIds: readonly string[]
): CohortComparison {
	const shown = before.shown && after.shown;
	const of = (c: Cohort, id: string) =>
		c.shown ? (c.modules.find((m) => m.moduleId === id) ?? null) : null;
	return {
		before,
		after,
		shown,
		modules: shown
			? moduleIds.map((moduleId) => ({
					moduleId,
					before: of(before, moduleId),
					after: of(after, moduleId)
				}))
			: []
	};
}
