import { describe, expect, it } from 'vitest';
import {
	goldenFiles,
	goldenSchema,
	prepareGolden,
	readGolden,
	type FlagRef,
	type Golden,
	type PreparedGolden
} from '../../../../tests/fixtures/golden/golden';
import { assess } from '../../questionnaire/assess';
import { LEVELS } from '../../questionnaire/codes';
import { loadQuestionnaires } from './load';
import { actionPlan } from '../../questionnaire/plan';
import type { AssessmentFlag, AssessmentResult, PlannedAction } from '../../questionnaire/types';

/**
 * What the engine concludes on realistic employers answering the real question bank
 * (tests/fixtures/golden: each file says what a labour inspector would conclude and
 * why). The fixtures pin module versions, so an assessment scored today on those
 * versions must keep its level, flags and bands whatever changes in the engine.
 */

const registry = loadQuestionnaires('questionnaires');
const files = goldenFiles();

function refOf(flag: AssessmentFlag): FlagRef {
	const ref: FlagRef = { module: flag.moduleId, flag: flag.flagId, question: flag.questionId };
	if (flag.supplierId !== null) ref.supplier = flag.supplierId;
	return ref;
}

const flagKey = (f: FlagRef) => [f.supplier ?? '', f.module, f.flag, f.question].join('/');
const sortFlags = (flags: FlagRef[]) =>
	[...flags].sort((a, b) => flagKey(a).localeCompare(flagKey(b)));

function outOfBounds(
	expected: Golden['expected']['modules'],
	actual: { id: string; band: string | null; control: number | null }[]
): string[] {
	return Object.entries(expected).flatMap(([id, bounds]) => {
		const [min, max] = bounds.control;
		const found = actual.find((a) => a.id === id);
		const control = found?.control ?? null;
		const ok = found?.band === bounds.band && control !== null && control >= min && control <= max;
		return ok
			? []
			: [`${id}: expected ${bounds.band} ${min}-${max}, got ${found?.band} ${control}`];
	});
}

/** Every action a fired flag calls for, missing from the plan or not marked as the flag's. */
function flagActionsMissing(
	result: AssessmentResult,
	plan: PlannedAction[],
	prepared: PreparedGolden
): string[] {
	return result.flags.flatMap((flag) => {
		const module = prepared.modules.find((m) => m.id === flag.moduleId);
		const actions = module?.flags.find((f) => f.id === flag.flagId)?.actions ?? [];
		if (actions.length === 0) return [`${flag.moduleId}/${flag.flagId}: no actions defined`];
		return actions
			.filter((actionId) => {
				const planned = plan.find((a) => a.moduleId === flag.moduleId && a.actionId === actionId);
				return !planned?.triggeredBy.some(
					(t) =>
						t.flagId === flag.flagId &&
						t.questionId === flag.questionId &&
						t.supplierId === flag.supplierId
				);
			})
			.map((actionId) => `${flag.moduleId}/${flag.flagId} -> ${actionId}`);
	});
}

describe('golden answer sets', () => {
	const goldens = files.map(readGolden);

	it('cover every overall level in at least six employers', () => {
		expect(files.length).toBeGreaterThanOrEqual(6);
		expect(new Set(goldens.map((g) => g.expected.level))).toEqual(new Set(LEVELS));
	});

	it('pin the newest published version of every module in at least one employer', () => {
		const uncovered = registry.latest
			.filter((m) => !goldens.some((g) => g.pinned[m.id] === m.version))
			.map((m) => `${m.id} ${m.version}`);
		expect(uncovered).toEqual([]);
	});
});

describe.each(files)('golden %s', (file) => {
	const golden = readGolden(file);
	const prepared = prepareGolden(golden, registry);
	const result = assess(prepared.modules, prepared.answers, { suppliers: prepared.suppliers });
	const plan = actionPlan(result, prepared.modules);
	const { expected } = golden;

	it('answers every visible required question, with known questions and choices only', () => {
		expect(prepared.problems).toEqual([]);
		expect(result.complete).toBe(true);
		expect(result.suppliers.filter((s) => s.incomplete).map((s) => s.supplierId)).toEqual([]);
	});

	it(`reaches ${expected.level}${expected.protocol ? ' with the protocol' : ''}`, () => {
		expect(result.level).toBe(expected.level);
		expect(result.protocol).toBe(expected.protocol);
		expect(result.explain.level.some((r) => r.kind === 'protocol')).toBe(expected.protocol);
	});

	it('fires exactly the expected flags', () => {
		expect(sortFlags(result.flags.map(refOf))).toEqual(sortFlags(expected.flags));
	});

	it('puts every assessment module and supplier in its expected band', () => {
		const modules = result.modules
			.filter((m) => m.kind === 'assessment')
			.map((m) => ({ id: m.moduleId, band: m.band, control: m.control }));
		const suppliers = result.suppliers.map((s) => ({
			id: s.supplierId,
			band: s.band,
			control: s.control
		}));
		expect(outOfBounds(expected.modules, modules)).toEqual([]);
		expect(outOfBounds(expected.suppliers, suppliers)).toEqual([]);
		for (const m of result.modules) expect(m.critical).toBe(m.flags.length > 0);
	});

	it('keeps exposure and the evidence gap within bounds', () => {
		const [eMin, eMax] = expected.exposure;
		const [gMin, gMax] = expected.evidence_gap;
		expect(result.exposure?.score).toBeGreaterThanOrEqual(eMin);
		expect(result.exposure?.score).toBeLessThanOrEqual(eMax);
		expect(result.evidenceGap).toBeGreaterThanOrEqual(gMin);
		expect(result.evidenceGap).toBeLessThanOrEqual(gMax);
	});

	it('plans every action of every fired flag, and those actions first', () => {
		expect(flagActionsMissing(result, plan, prepared)).toEqual([]);
		const fromFlag = plan.filter((a) => a.fromFlag).length;
		expect(fromFlag > 0).toBe(result.flags.length > 0);
		expect(plan.slice(0, fromFlag).every((a) => a.fromFlag)).toBe(true);
		if (result.protocol) expect(plan[0].priority).toBe('immediate');
	});
});

describe('golden fixture checks', () => {
	const base = readGolden(files[0]);
	const withAnswers = (change: (answers: Golden['answers']) => void): Golden => {
		const copy = structuredClone(base);
		change(copy.answers);
		return copy;
	};

	it('report, never drop, unknown ids and choices, hidden and missing answers', () => {
		const broken = withAnswers((a) => {
			a.recruitment.no_such_question = 'yes';
			a.wages.pay_method = 'bitcoin';
			a['working-time'].longest_week_hours = 200;
			a.recruitment.deposits_penalties = ['none', 'deposit'];
			a.documents.safekeeping_voluntary = 'yes';
			delete a.grievance.threat_report;
			a['no-such-module'] = {};
		});
		broken.suppliers = [{ id: 'agency', answers: { kind: 'bank' } }];
		broken.expected.suppliers = { agency: { band: 'low', control: [0, 100] } };
		expect(prepareGolden(broken, registry).problems).toEqual([
			'answers: unknown no-such-module',
			'recruitment.deposits_penalties: exclusive_choice (["none","deposit"])',
			'recruitment: unknown question no_such_question',
			'recruitment.deposits_penalties: required question left unanswered',
			'wages.pay_method: unknown_choice ("bitcoin")',
			'wages.pay_method: required question left unanswered',
			'documents.safekeeping_voluntary: answers a hidden question',
			'working-time.longest_week_hours: above_max (200)',
			'working-time.longest_week_hours: required question left unanswered',
			'grievance.threat_report: required question left unanswered',
			'suppliers.agency.kind: unknown_choice ("bank")',
			'suppliers.agency.kind: required question left unanswered',
			'suppliers.agency.country: required question left unanswered',
			'suppliers.agency.migrant_workers: required question left unanswered',
			'suppliers.agency.documents_practice: required question left unanswered',
			'suppliers.agency.housing: required question left unanswered',
			'suppliers.agency.contract_clause: required question left unanswered',
			'suppliers.agency.last_verification: required question left unanswered'
		]);
	});

	it('report a module pinned to a version that does not exist, or not pinned at all', () => {
		const copy = structuredClone(base);
		copy.pinned.wages = '9.9.9';
		delete copy.pinned.grievance;
		const { problems } = prepareGolden(copy, registry);
		expect(problems).toContain('pinned: missing grievance');
		expect(problems).toContain('pinned: no module wages 9.9.9');
		expect(problems).toContain('answers: unknown wages');
	});

	it('refuse a fixture with an unknown key or without an expected result', () => {
		expect(goldenSchema.safeParse({ ...base, expect: base.expected }).success).toBe(false);
		const { flags: _flags, ...withoutFlags } = base.expected;
		expect(goldenSchema.safeParse({ ...base, expected: withoutFlags }).success).toBe(false);
	});
});
