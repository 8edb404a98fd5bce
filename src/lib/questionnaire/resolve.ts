import type { AnswerValue, Question } from './schema';

/** What one usable answer means for scoring: its risk, and the flags and actions it calls up. */
export interface ResolvedAnswer {
	choiceIds: string[];
	value: number | null;
	/** null when the answer carries no risk (a choice without risk, a number outside every band, text). */
	risk: number | null;
	dontKnow: boolean;
	flags: { flagId: string; choiceId: string | null }[];
	actions: { actionId: string; choiceId: string | null }[];
}

/** Questions whose answers can carry a risk: everything but text and info. */
export function isScorable(question: Question): boolean {
	return question.type !== 'text' && question.type !== 'info';
}

function maxRisk(risks: (number | undefined)[]): number | null {
	const known = risks.filter((r): r is number => r !== undefined);
	return known.length > 0 ? Math.max(...known) : null;
}

/**
 * Resolves a usable answer (see isAnswered). multi_choice takes the highest risk among the
 * chosen choices and the flags and actions of every one of them; a number takes the first
 * risk band whose range (bounds included) holds it.
 */
export function resolveAnswer(question: Question, value: AnswerValue): ResolvedAnswer {
	const none: ResolvedAnswer = {
		choiceIds: [],
		value: null,
		risk: null,
		dontKnow: false,
		flags: [],
		actions: []
	};
	switch (question.type) {
		case 'single_choice':
		case 'yes_no':
		case 'multi_choice': {
			const ids = Array.isArray(value) ? value : [value as string];
			const chosen = question.choices.filter((c) => ids.includes(c.id));
			return {
				...none,
				choiceIds: chosen.map((c) => c.id),
				risk: maxRisk(chosen.map((c) => c.risk)),
				dontKnow: chosen.some((c) => c.dont_know === true),
				flags: chosen.flatMap((c) => (c.flag ? [{ flagId: c.flag, choiceId: c.id }] : [])),
				actions: chosen.flatMap((c) =>
					(c.actions ?? []).map((actionId) => ({ actionId, choiceId: c.id }))
				)
			};
		}
		case 'number': {
			const n = value as number;
			const band = question.risk_bands?.find(
				(b) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max)
			);
			if (!band) return { ...none, value: n };
			return {
				...none,
				value: n,
				risk: band.risk,
				flags: band.flag ? [{ flagId: band.flag, choiceId: null }] : [],
				actions: (band.actions ?? []).map((actionId) => ({ actionId, choiceId: null }))
			};
		}
		case 'text':
		case 'info':
			return none;
	}
}
