import { describe, expect, it } from 'vitest';
import { ILO_CODES, type IloCode } from '../../questionnaire/codes';
import type { AssessmentResult, Band, Level } from '../../questionnaire/types';
import {
	compareCohorts,
	suppressDistribution,
	summariseCohort,
	TOP_FLAGS,
	type CohortEntry
} from './cohort';

interface Fake {
	level?: Level | null;
	wages?: { level: Band | null; control: number | null };
	flags?: string[];
	ilo?: Partial<Record<IloCode, number>>;
	shared?: boolean;
}

/** Just the parts of a result the cohort view reads. */
function entry(f: Fake = {}): CohortEntry {
	const result = {
		level: f.level === undefined ? 'low' : f.level,
		modules: [{ moduleId: 'wages', ...(f.wages ?? { level: 'low', control: 90 }) }],
		flags: (f.flags ?? []).map((flagId) => ({ moduleId: 'wages', flagId, kind: 'coercion' })),
		ilo: ILO_CODES.map((code) => ({ code, risk: f.ilo?.[code] ?? null }))
	} as unknown as AssessmentResult;
	return { result, shared: f.shared ?? false };
}

const times = (n: number, f: Fake = {}) => Array.from({ length: n }, () => entry(f));

describe('summariseCohort', () => {
	it('shows nothing below the threshold and says how many more are needed', () => {
		const cohort = summariseCohort(times(4), ['wages'], 5);
		expect(cohort).toEqual({ shown: false, submitted: 4, min: 5, needed: 1, shared: 0 });
		expect(summariseCohort([], ['wages'], 5)).toMatchObject({ shown: false, needed: 5 });
	});

	it('shows shares of groups that reach the threshold and hides the rest', () => {
		const cohort = summariseCohort(
			[...times(5), ...times(2, { level: 'high', wages: { level: 'high', control: 40 } })],
			['wages'],
			5
		);
		if (!cohort.shown) throw new Error('expected the cohort to be shown');
		expect(cohort.submitted).toBe(7);
		const low = cohort.overall.find((c) => c.key === 'low');
		expect(low).toEqual({ key: 'low', suppressed: false, percent: 71 });
		const high = cohort.modules[0].levels.find((c) => c.key === 'high');
		expect(high).toEqual({ key: 'high', suppressed: true, percent: null });
		expect(cohort.modules[0].meanControl).toBe(76); // (5×90 + 2×40) / 7 = 75.7
	});

	it('hides a second group when only one would be hidden, so the total cannot give it away', () => {
		// low 5, medium 5, high 5, not scored 2: not scored alone is under 5, so low goes too.
		const entries = [
			...times(5, { wages: { level: 'low', control: 90 } }),
			...times(5, { wages: { level: 'medium', control: 70 } }),
			...times(5, { wages: { level: 'high', control: 30 } }),
			...times(2, { wages: { level: null, control: null } })
		];
		const cohort = summariseCohort(entries, ['wages'], 5);
		if (!cohort.shown) throw new Error('expected the cohort to be shown');
		expect(cohort.modules[0].levels.map((c) => c.suppressed)).toEqual([true, false, false, true]);
		const shown = cohort.modules[0].levels.filter((c) => !c.suppressed);
		// What the total minus the shown groups leaves is the sum of two hidden groups, never one.
		expect(shown.map((c) => c.percent)).toEqual([29, 29]);
	});

	it('does not count results shared with the facilitator towards any threshold', () => {
		const fiveOneShared = [...times(4), entry({ shared: true })];
		expect(summariseCohort(fiveOneShared, ['wages'], 5)).toMatchObject({
			shown: false,
			needed: 1,
			shared: 1
		});
		// Six submitted, one shared: the low group of six holds five the facilitator cannot see.
		const cohort = summariseCohort([...times(5), entry({ shared: true })], ['wages'], 5);
		expect(cohort.shown).toBe(true);
		// Five high of which one is shared leaves four unseen: hidden.
		const mixed = summariseCohort(
			[...times(6), ...times(4, { level: 'high' }), entry({ level: 'high', shared: true })],
			['wages'],
			5
		);
		if (!mixed.shown) throw new Error('expected the cohort to be shown');
		expect(mixed.overall.find((c) => c.key === 'high')?.suppressed).toBe(true);
	});

	it('lists only flags raised by at least the threshold, most frequent first, each once per firm', () => {
		const entries = [
			...times(3, { flags: ['passport_kept', 'fees_charged', 'fees_charged'] }),
			...times(3, { flags: ['passport_kept'] }),
			...times(2, { flags: ['fees_charged'] }),
			...times(1, { flags: ['threats'] })
		];
		const cohort = summariseCohort(entries, ['wages'], 5);
		if (!cohort.shown) throw new Error('expected the cohort to be shown');
		expect(cohort.flags).toEqual([
			{ moduleId: 'wages', flagId: 'passport_kept', kind: 'coercion', percent: 67 },
			{ moduleId: 'wages', flagId: 'fees_charged', kind: 'coercion', percent: 56 }
		]);
		const many = Array.from({ length: TOP_FLAGS + 2 }, (_, i) => `flag_${i}`);
		const crowded = summariseCohort(times(5, { flags: many }), ['wages'], 5);
		expect(crowded.shown && crowded.flags.length).toBe(TOP_FLAGS);
	});

	it('maps the mean risk per ILO indicator where enough participants answered on it', () => {
		const cohort = summariseCohort(
			[...times(4, { ilo: { WW: 3, DC: 1 } }), entry({ ilo: { WW: 1 } })],
			['wages'],
			5
		);
		if (!cohort.shown) throw new Error('expected the cohort to be shown');
		const ilo = Object.fromEntries(cohort.ilo.map((i) => [i.code, i.meanRisk]));
		expect(ilo.WW).toBe(2.6);
		expect(ilo.DC).toBeNull(); // only four answered on it
		expect(ilo.AV).toBeNull();
	});
});

describe('suppressDistribution', () => {
	it('leaves a table with no small group alone and never hides exactly one group', () => {
		expect(suppressDistribution({ counts: [5, 7], total: 12 }, 5)).toEqual([false, false]);
		expect(suppressDistribution({ counts: [5, 7, 1], total: 13 }, 5)).toEqual([true, false, true]);
		expect(suppressDistribution({ counts: [9, 1, 0], total: 10 }, 5)).toEqual([false, true, true]);
	});

	it('judges a group by its members the facilitator cannot see', () => {
		const hidden = suppressDistribution({ counts: [6, 6], total: 12, thresholdCounts: [6, 4] }, 5);
		expect(hidden).toEqual([true, true]);
	});
});

describe('compareCohorts', () => {
	it('compares module by module only when both cohorts reach the threshold', () => {
		const before = summariseCohort(
			times(5, { wages: { level: 'high', control: 40 } }),
			['wages'],
			5
		);
		const after = summariseCohort(times(5), ['wages'], 5);
		const both = compareCohorts(before, after, ['wages']);
		expect(both.shown).toBe(true);
		expect(both.modules[0].before?.meanControl).toBe(40);
		expect(both.modules[0].after?.meanControl).toBe(90);
		const early = compareCohorts(before, summariseCohort(times(3), ['wages'], 5), ['wages']);
		expect(early.shown).toBe(false);
		expect(early.modules).toEqual([]);
	});
});
