import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	answersArb,
	scenarioArb,
	type Scenario
} from '../../../tests/fixtures/scoring/arbitraries';
import { assess } from './assess';
import { levelRank } from './levels';
import { actionPlan } from './plan';
import { PRIORITIES, type AnswerValue, type Condition, type Question } from './schema';
import type { AssessmentResult } from './types';
import { isAnswered, questionsOf, visibleQuestions } from './visibility';

const RUNS = { numRuns: 300 };

function referenced(cond: Condition | undefined, into: Set<string>): Set<string> {
	if (!cond) return into;
	if ('all' in cond) cond.all.forEach((c) => referenced(c, into));
	else if ('any' in cond) cond.any.forEach((c) => referenced(c, into));
	else into.add(cond.q);
	return into;
}

interface Change {
	moduleId: string;
	question: Question;
	value: AnswerValue;
}

/**
 * Changes to one answer of a question no condition reads: such a change cannot show or
 * hide anything, so it isolates the effect of the answer itself. (Changing an answer that
 * a condition reads may hide follow-ups, whose answers then rightly stop counting.)
 */
function changes(s: Scenario, pick: (q: Question, current: AnswerValue) => AnswerValue[]) {
	const found: Change[] = [];
	for (const module of s.modules) {
		const questions = questionsOf(module);
		const read = new Set<string>();
		questions.forEach((q) => referenced(q.show_if, read));
		const visible = visibleQuestions(module, s.answers[module.id]);
		for (const question of questions) {
			const current = s.answers[module.id][question.id];
			if (read.has(question.id) || !visible.has(question.id)) continue;
			if (!isAnswered(question, current)) continue;
			for (const value of pick(question, current))
				found.push({ moduleId: module.id, question, value });
		}
	}
	return found;
}

function apply(s: Scenario, change: Change): Scenario {
	const answers = { ...s.answers };
	answers[change.moduleId] = { ...answers[change.moduleId], [change.question.id]: change.value };
	return { ...s, answers };
}

const run = (s: Scenario): AssessmentResult => assess(s.modules, s.answers);

/** The chosen choices and their highest risk (null when none of them carries one). */
function chosen(question: Question, value: AnswerValue) {
	const ids = Array.isArray(value) ? value : [value];
	const choices = 'choices' in question ? question.choices.filter((c) => ids.includes(c.id)) : [];
	const risks = choices.flatMap((c) => (c.risk === undefined ? [] : [c.risk]));
	return { choices, risk: risks.length > 0 ? Math.max(...risks) : null };
}

/** Answers with a strictly higher risk: another choice, or one more choice for multi_choice. */
function riskier(question: Question, current: AnswerValue): AnswerValue[] {
	if (!('choices' in question)) return [];
	const { risk } = chosen(question, current);
	if (risk === null) return [];
	const higher = question.choices.filter((c) => c.risk !== undefined && c.risk > risk);
	if (question.type !== 'multi_choice') return higher.map((c) => c.id);
	const ids = current as string[];
	return higher.map((c) =>
		question.choices.map((x) => x.id).filter((id) => id === c.id || ids.includes(id))
	);
}

/** Every other answer that names no "don't know" choice, for an answer that does. */
function knowing(question: Question, current: AnswerValue): AnswerValue[] {
	if (!('choices' in question) || !chosen(question, current).choices.some((c) => c.dont_know)) {
		return [];
	}
	const known = question.choices.filter((c) => !c.dont_know).map((c) => c.id);
	return question.type === 'multi_choice' ? known.map((id) => [id]) : known;
}

describe('scoring properties', () => {
	it('is deterministic and yields plain JSON, the action plan too', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const result = run(s);
				expect(run(s)).toStrictEqual(result);
				expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
				const plan = actionPlan(result, s.modules);
				expect(actionPlan(run(s), s.modules)).toStrictEqual(plan);
				expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
			}),
			RUNS
		);
	});

	it('keeps every number in range and explains it to within rounding', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const result = run(s);
				const score = result.exposure?.score ?? null;
				if (score !== null) {
					expect(score).toBeGreaterThanOrEqual(0);
					expect(score).toBeLessThanOrEqual(10);
					const added = result.exposure!.factors.reduce((sum, f) => sum + f.points, 0);
					expect(Math.abs(score - added)).toBeLessThanOrEqual(
						0.05 + 0.005 * result.exposure!.factors.length
					);
				}
				for (const m of result.modules) {
					if (m.control === null) {
						expect(m.contributions).toEqual([]);
						continue;
					}
					expect(Number.isInteger(m.control)).toBe(true);
					expect(m.control).toBeGreaterThanOrEqual(0);
					expect(m.control).toBeLessThanOrEqual(100);
					const lost = m.contributions.reduce((sum, c) => sum + c.points, 0);
					expect(Math.abs(100 - m.control - lost)).toBeLessThanOrEqual(
						0.5 + 0.05 * m.contributions.length
					);
					expect(m.evidenceGap).toBe(m.dontKnow.length / m.contributions.length);
				}
			}),
			RUNS
		);
	});

	it("never lowers a module's risk or the overall level when one answer's risk rises", () => {
		let tried = 0;
		fc.assert(
			fc.property(scenarioArb, fc.nat(), (s, index) => {
				const found = changes(s, riskier);
				fc.pre(found.length > 0);
				tried++;
				const change = found[index % found.length];
				const before = run(s);
				const after = run(apply(s, change));
				const i = before.modules.findIndex((m) => m.moduleId === change.moduleId);
				const [b, a] = [before.modules[i], after.modules[i]];
				const riskOf = (r: typeof a) =>
					r.contributions.find((c) => c.questionId === change.question.id)?.risk ?? -1;
				if (!change.question.exposure) expect(riskOf(a)).toBeGreaterThan(riskOf(b));
				if (b.control !== null) expect(a.control).toBeLessThanOrEqual(b.control);
				expect(levelRank(a.band)).toBeGreaterThanOrEqual(levelRank(b.band));
				expect(levelRank(a.level)).toBeGreaterThanOrEqual(levelRank(b.level));
				expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
				expect(after.exposure?.score ?? 0).toBeGreaterThanOrEqual(before.exposure?.score ?? 0);
			}),
			RUNS
		);
		expect(tried).toBeGreaterThan(100);
	});

	it('never averages a fired flag away: the level is then at least high', () => {
		let flagged = 0;
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const result = run(s);
				if (result.flags.length === 0) return;
				flagged++;
				expect(levelRank(result.level)).toBeGreaterThanOrEqual(levelRank('high'));
				const kinds = new Set(result.flags.map((f) => f.kind));
				const both = kinds.has('recruitment_deception_fees') && kinds.has('coercion');
				expect(result.protocol).toBe(both);
				expect(result.level === 'possible_forced_labour').toBe(both);
			}),
			RUNS
		);
		expect(flagged).toBeGreaterThan(30);
	});

	it('lets answers to hidden questions change nothing', () => {
		const withNoise = scenarioArb.chain((s) =>
			fc.tuple(...s.modules.map(answersArb)).map((noise) => ({ s, noise }))
		);
		let hiddenAnswered = 0;
		fc.assert(
			fc.property(withNoise, ({ s, noise }) => {
				const noisy = { ...s, answers: { ...s.answers } };
				s.modules.forEach((module, i) => {
					const visible = visibleQuestions(module, s.answers[module.id]);
					const answers = { ...s.answers[module.id] };
					for (const q of questionsOf(module)) {
						if (visible.has(q.id) || noise[i][q.id] === undefined) continue;
						answers[q.id] = noise[i][q.id];
						hiddenAnswered++;
					}
					noisy.answers[module.id] = answers;
				});
				expect(run(noisy)).toStrictEqual(run(s));
			}),
			RUNS
		);
		expect(hiddenAnswered).toBeGreaterThan(100);
	});

	it('never raises the evidence gap when a "don\'t know" becomes another answer', () => {
		let tried = 0;
		fc.assert(
			fc.property(scenarioArb, fc.nat(), (s, index) => {
				const found = changes(s, knowing);
				fc.pre(found.length > 0);
				tried++;
				const change = found[index % found.length];
				const before = run(s);
				const after = run(apply(s, change));
				const gap = (r: AssessmentResult, id: string) =>
					r.modules.find((m) => m.moduleId === id)?.evidenceGap ?? 0;
				expect(gap(after, change.moduleId)).toBeLessThanOrEqual(gap(before, change.moduleId));
				expect(after.evidenceGap ?? 0).toBeLessThanOrEqual(before.evidenceGap ?? 0);
			}),
			{ ...RUNS, maxSkipsPerRun: 1000 }
		);
		expect(tried).toBeGreaterThan(50);
	});

	it('plans each action once, flag actions first, then by priority', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const plan = actionPlan(run(s), s.modules);
				const keys = plan.map((a) => `${a.moduleId}/${a.actionId}`);
				expect(new Set(keys).size).toBe(keys.length);
				const rank = plan.map((a) => (a.fromFlag ? 0 : 3) + PRIORITIES.indexOf(a.priority));
				expect(rank).toEqual([...rank].sort((x, y) => x - y));
				for (const a of plan) {
					expect(a.fromFlag).toBe(a.triggeredBy.some((t) => t.flagId !== null));
				}
			}),
			RUNS
		);
	});
});
