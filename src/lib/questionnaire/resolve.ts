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

/**
 * Resolves a usable answer (see isAnswered). multi_choice takes the highest risk among the
 * chosen choices and the flags and actions of every one of them; a number takes the first
 * risk band whose range (bounds included) holds it.
 */
export function resolveAnswer(question: Question, value: AnswerValue): ResolvedAnswer {
	const resolved: ResolvedAnswer = {
		choiceIds: [],
		value: null,
		risk: null,
		dontKnow: false,
		flags: [],
		actions: []
	};
	if (question.type === 'number') {
		const n = value as number;
		resolved.value = n;
		const band = question.risk_bands?.find(
			(b) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max)
		);
		if (band) {
			resolved.risk = band.risk;
			if (band.flag) resolved.flags.push({ flagId: band.flag, choiceId: null });
			for (const actionId of band.actions ?? [])
				resolved.actions.push({ actionId, choiceId: null });
		}
	} else if ('choices' in question) {
		const ids = Array.isArray(value) ? value : [value];
		for (const c of question.choices) {
			if (!ids.includes(c.id)) continue;
			resolved.choiceIds.push(c.id);
			if (c.risk !== undefined) resolved.risk = Math.max(resolved.risk ?? 0, c.risk);
			if (c.dont_know) resolved.dontKnow = true;
			if (c.flag) resolved.flags.push({ flagId: c.flag, choiceId: c.id });
			for (const actionId of c.actions ?? []) resolved.actions.push({ actionId, choiceId: c.id });
		}
	}
	return resolved;
}
