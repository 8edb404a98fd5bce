import type { AnswerValue, Answers, Condition, Question, QuestionnaireModule } from './schema';

const questionLists = new WeakMap<QuestionnaireModule, readonly Question[]>();

/**
 * The module's questions in the order a person meets them. Loaded modules never change, so
 * the list is kept per module object instead of being rebuilt on every answer.
 */
export function questionsOf(module: QuestionnaireModule): readonly Question[] {
	let questions = questionLists.get(module);
	if (!questions) {
		questions = module.sections.flatMap((section) => section.questions);
		questionLists.set(module, questions);
	}
	return questions;
}

/** Reads an answer without tripping over ids such as `constructor` on a plain object. */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
	return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

function hasValue(value: AnswerValue | undefined): value is AnswerValue {
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value === 'string') return value.trim() !== '';
	return Array.isArray(value) && value.length > 0;
}

/**
 * Whether a stored value is a usable answer to the question: an existing choice id (a
 * non-empty list of them for multi_choice), a finite number or a non-empty text. A value
 * left over from another question type or version counts as no answer, never as a guess.
 */
export function isAnswered(question: Question, value: AnswerValue | undefined): boolean {
	if (!hasValue(value)) return false;
	switch (question.type) {
		case 'single_choice':
		case 'yes_no':
			return typeof value === 'string' && question.choices.some((c) => c.id === value);
		case 'multi_choice':
			return Array.isArray(value) && value.every((id) => question.choices.some((c) => c.id === id));
		case 'number':
			return typeof value === 'number';
		case 'text':
			return typeof value === 'string';
		case 'info':
			return false;
	}
}

/** YAML authors may write `eq: true` for a yes_no question whose choice ids are yes and no. */
function same(answer: string | number, expected: string | number | boolean): boolean {
	if (typeof expected === 'boolean') return answer === (expected ? 'yes' : 'no');
	return answer === expected;
}

function matches(value: AnswerValue, expected: string | number | boolean): boolean {
	return Array.isArray(value) ? value.some((v) => same(v, expected)) : same(value, expected);
}

/**
 * Evaluates a show_if condition. A leaf on a question that is not (yet) visible is false,
 * whatever it asks, `answered: false` included: a hidden question has no answer to talk about.
 */
export function evaluateCondition(
	cond: Condition,
	answers: Answers,
	visibleSoFar: ReadonlySet<string>
): boolean {
	if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, answers, visibleSoFar));
	if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, answers, visibleSoFar));
	if (!visibleSoFar.has(cond.q)) return false;
	const value = answerOf(answers, cond.q);
	if ('answered' in cond) return hasValue(value) === cond.answered;
	if (!hasValue(value)) return false;
	if ('eq' in cond) return matches(value, cond.eq);
	if ('in' in cond) return cond.in.some((expected) => matches(value, expected));
	if (typeof value !== 'number') return false;
	return 'gte' in cond ? value >= cond.gte : value <= cond.lte;
}

export interface VisibleQuestion {
	question: Question;
	/** The answer when it is usable (see isAnswered), otherwise undefined. */
	value: AnswerValue | undefined;
}

/**
 * The visible questions in order with their usable answers. Conditions read only the
 * usable answers of visible questions, so an answer left on a hidden or changed question
 * cannot reveal anything.
 */
export function visibleWithAnswers(
	module: QuestionnaireModule,
	answers: Answers
): VisibleQuestion[] {
	const visible = new Set<string>();
	const usable: Answers = {};
	const result: VisibleQuestion[] = [];
	for (const question of questionsOf(module)) {
		if (question.show_if && !evaluateCondition(question.show_if, usable, visible)) continue;
		visible.add(question.id);
		const raw = answerOf(answers, question.id);
		const value = isAnswered(question, raw) ? raw : undefined;
		if (value !== undefined) usable[question.id] = value;
		result.push({ question, value });
	}
	return result;
}

export function visibleQuestions(module: QuestionnaireModule, answers: Answers): Set<string> {
	return new Set(visibleWithAnswers(module, answers).map(({ question }) => question.id));
}

export interface ModuleProgress {
	moduleId: string;
	/** Visible questions that take an answer (info excluded) and how many are answered. */
	visible: number;
	answered: number;
	/** The required ones among them: what the progress bar and the task list show. */
	required: number;
	requiredAnswered: number;
	/** Required visible questions still unanswered, in order. */
	missing: string[];
	complete: boolean;
}

export function moduleProgress(module: QuestionnaireModule, answers: Answers): ModuleProgress {
	const answerable = visibleWithAnswers(module, answers).filter(
		({ question }) => question.type !== 'info'
	);
	const required = answerable.filter(({ question }) => question.required);
	const missing = required
		.filter(({ value }) => value === undefined)
		.map(({ question }) => question.id);
	return {
		moduleId: module.id,
		visible: answerable.length,
		answered: answerable.filter(({ value }) => value !== undefined).length,
		required: required.length,
		requiredAnswered: required.length - missing.length,
		missing,
		complete: missing.length === 0
	};
}
