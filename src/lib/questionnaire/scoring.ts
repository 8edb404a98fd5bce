import { bandOf, round, worseLevel } from './levels';
import { isScorable, resolveAnswer, type ResolvedAnswer } from './resolve';
import { ILO_CODES } from './codes';
import type { Answers, Question, QuestionnaireModule } from './schema';
import type {
	ActionTrigger,
	Contribution,
	ExposureResult,
	FiredFlag,
	IloRisk,
	ModuleResult
} from './types';
import { visibleWithAnswers } from './visibility';

interface Scored {
	question: Question;
	resolved: ResolvedAnswer & { risk: number };
}

interface Walked {
	question: Question;
	resolved: ResolvedAnswer | null;
}

/** The visible questions that take an answer, each with its resolved answer (null: unanswered). */
function walk(module: QuestionnaireModule, answers: Answers): Walked[] {
	return visibleWithAnswers(module, answers)
		.filter(({ question }) => question.type !== 'info')
		.map(({ question, value }) => ({
			question,
			resolved: value === undefined ? null : resolveAnswer(question, value)
		}));
}

/** The answers of one side (exposure or control) that carry a risk. */
function scoredSide(walked: Walked[], exposureSide: boolean): Scored[] {
	const scored: Scored[] = [];
	for (const { question, resolved } of walked) {
		if (question.exposure !== exposureSide || !isScorable(question)) continue;
		if (resolved !== null && resolved.risk !== null) {
			scored.push({ question, resolved: resolved as Scored['resolved'] });
		}
	}
	return scored;
}

/**
 * Each answer's share of risk·weight ÷ Σ 3·weight, on the given scale, largest first
 * (questionnaire order among equals). Returns the unrounded total share as well.
 */
function contributionsOf(scored: Scored[], scale: number, decimals: number) {
	const max = scored.reduce((sum, { question }) => sum + 3 * question.weight, 0);
	const share = scored.reduce((sum, s) => sum + s.resolved.risk * s.question.weight, 0) / max;
	const contributions: Contribution[] = scored.map(({ question, resolved }) => ({
		questionId: question.id,
		choiceIds: resolved.choiceIds,
		value: resolved.value,
		risk: resolved.risk,
		weight: question.weight,
		points: round((scale * resolved.risk * question.weight) / max, decimals),
		dontKnow: resolved.dontKnow
	}));
	contributions.sort((a, b) => b.points - a.points);
	return { share, contributions };
}

/**
 * Exposure 0-10 (one decimal) = 10 × Σ risk·weight ÷ Σ 3·weight over the visible answered
 * exposure questions; null when none is answered. Each factor's points are its share of
 * the 10, to two decimals.
 */
export function exposure(module: QuestionnaireModule, answers: Answers): ExposureResult {
	const scored = scoredSide(walk(module, answers), true);
	if (scored.length === 0) {
		return { moduleId: module.id, version: module.version, score: null, factors: [] };
	}
	const { share, contributions } = contributionsOf(scored, 10, 2);
	return {
		moduleId: module.id,
		version: module.version,
		score: round(10 * share, 1),
		factors: contributions
	};
}

function emptyIloRisk(): IloRisk {
	const ilo = {} as IloRisk;
	for (const code of ILO_CODES) ilo[code] = null;
	return ilo;
}

function raise(ilo: IloRisk, codes: readonly (keyof IloRisk)[], risk: number): void {
	for (const code of codes) ilo[code] = Math.max(ilo[code] ?? 0, risk);
}

/** Flags and actions are raised by every visible answer, exposure questions included. */
function flagsAndTriggers(module: QuestionnaireModule, walked: Walked[]) {
	const flags: FiredFlag[] = [];
	const triggers: ActionTrigger[] = [];
	for (const { question, resolved } of walked) {
		if (resolved === null) continue;
		for (const { actionId, choiceId } of resolved.actions) {
			triggers.push({ actionId, questionId: question.id, choiceId, flagId: null });
		}
		for (const { flagId, choiceId } of resolved.flags) {
			const definition = module.flags.find((f) => f.id === flagId);
			flags.push({ flagId, kind: definition?.kind ?? 'other', questionId: question.id, choiceId });
			for (const actionId of definition?.actions ?? []) {
				triggers.push({ actionId, questionId: question.id, choiceId, flagId });
			}
		}
	}
	return { flags, triggers };
}

/**
 * Scores one module. Control 0-100 = 100 × (1 − Σ risk·weight ÷ Σ 3·weight) over the
 * visible, answered, scored (not exposure, not text or info) questions, rounded; null when
 * none is answered, so that an empty module never reads as low risk.
 */
export function scoreModule(module: QuestionnaireModule, answers: Answers): ModuleResult {
	const walked = walk(module, answers);
	const missing = walked
		.filter(({ question, resolved }) => question.required && resolved === null)
		.map(({ question }) => question.id);
	const scored = scoredSide(walked, false);
	const { flags, triggers } = flagsAndTriggers(module, walked);

	let control: number | null = null;
	let contributions: Contribution[] = [];
	if (scored.length > 0) {
		const result = contributionsOf(scored, 100, 1);
		control = round(100 * (1 - result.share), 0);
		contributions = result.contributions;
	}
	const band = control === null ? null : bandOf(control, module.bands);

	const iloRisk = emptyIloRisk();
	for (const { question, resolved } of scored) raise(iloRisk, question.ilo, resolved.risk);
	for (const flag of flags) {
		raise(iloRisk, module.flags.find((f) => f.id === flag.flagId)?.ilo ?? [], 3);
	}

	const dontKnow = scored.filter((s) => s.resolved.dontKnow).map((s) => s.question.id);
	return {
		moduleId: module.id,
		version: module.version,
		kind: module.kind,
		control,
		band,
		level: flags.length > 0 ? worseLevel(band, 'high') : band,
		critical: flags.length > 0,
		flags,
		incomplete: missing.length > 0,
		missing,
		visible: walked.length,
		answered: walked.filter(({ resolved }) => resolved !== null).length,
		evidenceGap: scored.length > 0 ? dontKnow.length / scored.length : null,
		dontKnow,
		contributions,
		iloRisk,
		triggers
	};
}
