import { choicesOf, isScored, questionEntries } from './questions';
import type { Condition, Locale, Question, QuestionnaireModule } from './schema';

/** One thing wrong with a questionnaire file; warnings do not stop the app from starting. */
export type Problem = {
	file: string;
	/** Where in the file, e.g. sections[0].questions[2].choices[1].flag ('' for the whole file). */
	path: string;
	message: string;
	level: 'error' | 'warning';
	/** Set on a missing translation, so the check command can count them per language. */
	locale?: Locale;
};

type Segments = (string | number)[];
type Report = (path: Segments, message: string, extra?: Partial<Problem>) => void;

export function formatPath(path: Segments): string {
	return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * The checks zod cannot express. `file` is the file's path; its last two parts must be
 * <module id>/<version>.yaml.
 */
export function validateModule(mod: QuestionnaireModule, file: string): Problem[] {
	const problems: Problem[] = [];
	const report: Report = (path, message, extra) =>
		problems.push({ file, path: formatPath(path), message, level: 'error', ...extra });
	checkLocation(mod, file, report);
	checkUniqueIds(mod, report);
	checkQuestions(mod, report);
	checkReferences(mod, report);
	checkTranslations(mod, report);
	return problems;
}

function checkLocation(mod: QuestionnaireModule, file: string, report: Report) {
	const [folder, name] = file.split(/[\\/]/).slice(-2);
	if (folder !== mod.id) report(['id'], `module id "${mod.id}" must match its folder "${folder}"`);
	if (name !== `${mod.version}.yaml`) {
		report(['version'], `version ${mod.version} must match the file name "${name}"`);
	}
}

function checkUniqueIds(mod: QuestionnaireModule, report: Report) {
	const unique = (kind: string, items: { id: string; path: Segments }[]) => {
		const seen = new Map<string, Segments>();
		for (const { id, path } of items) {
			const first = seen.get(id);
			if (first)
				report([...path, 'id'], `duplicate ${kind} id "${id}" (first at ${formatPath(first)})`);
			else seen.set(id, path);
		}
	};
	const entries = questionEntries(mod);
	unique(
		'section',
		mod.sections.map((s, i) => ({ id: s.id, path: ['sections', i] }))
	);
	unique(
		'question',
		entries.map((e) => ({ id: e.question.id, path: e.path }))
	);
	for (const { question, path } of entries) {
		unique(
			'choice',
			choicesOf(question).map((c, i) => ({ id: c.id, path: [...path, 'choices', i] }))
		);
	}
	unique(
		'flag',
		mod.flags.map((f, i) => ({ id: f.id, path: ['flags', i] }))
	);
	unique(
		'action',
		mod.actions.map((a, i) => ({ id: a.id, path: ['actions', i] }))
	);
}

function checkQuestions(mod: QuestionnaireModule, report: Report) {
	const earlier = new Map<string, Question>();
	const all = new Set(questionEntries(mod).map((e) => e.question.id));
	for (const { question: q, path } of questionEntries(mod)) {
		if (q.show_if) checkCondition(q.show_if, [...path, 'show_if'], earlier, all, report);
		earlier.set(q.id, q);
		if (isScored(q) && q.ilo.length === 0) {
			report([...path, 'ilo'], `scored question "${q.id}" needs at least one ILO code`);
		}
		if (q.type === 'text' || q.type === 'info') {
			if (q.exposure) report([...path, 'exposure'], `${q.type} questions never count for exposure`);
			if (q.ilo.length > 0) report([...path, 'ilo'], `${q.type} questions are never scored`);
			if (q.weight !== 1) report([...path, 'weight'], `${q.type} questions are never scored`);
		}
		if (q.type === 'info' && q.required) {
			report([...path, 'required'], 'info questions have nothing to answer and cannot be required');
		}
		for (const [i, c] of choicesOf(q).entries()) {
			const at: Segments = [...path, 'choices', i, 'id'];
			if (q.type === 'yes_no' && !['yes', 'no', 'dont_know'].includes(c.id)) {
				report(at, `yes_no choices are yes, no and dont_know, not "${c.id}"`);
			}
			if (c.dont_know && c.id !== 'dont_know') report(at, `a "don't know" choice has id dont_know`);
			if (c.id === 'dont_know' && !c.dont_know)
				report(at, 'choice dont_know needs dont_know: true');
		}
		if (q.type === 'yes_no') {
			const ids = q.choices.map((c) => c.id);
			if (!ids.includes('yes') || !ids.includes('no')) {
				report([...path, 'choices'], 'yes_no questions need the choices yes and no');
			}
		}
	}
}

function checkCondition(
	cond: Condition,
	path: Segments,
	earlier: Map<string, Question>,
	all: Set<string>,
	report: Report
) {
	if ('all' in cond || 'any' in cond) {
		const parts = 'all' in cond ? cond.all : cond.any;
		const key = 'all' in cond ? 'all' : 'any';
		parts.forEach((c, i) => checkCondition(c, [...path, key, i], earlier, all, report));
		return;
	}
	const target = earlier.get(cond.q);
	if (!target) {
		const why = all.has(cond.q) ? 'is not an earlier question' : 'is not a question in this file';
		report([...path, 'q'], `show_if refers to "${cond.q}", which ${why}`);
		return;
	}
	const problem = conditionMismatch(cond, target);
	if (problem) report(path, `show_if on "${cond.q}": ${problem}`);
}

/** A condition that can never hold (a typo in a choice id, gte on a choice) hides a question for good. */
function conditionMismatch(cond: Condition, target: Question): string | undefined {
	if (target.type === 'info') return 'info questions have no answer';
	if ('answered' in cond) return undefined;
	if ('gte' in cond || 'lte' in cond) {
		return target.type === 'number' ? undefined : 'gte and lte apply to number questions only';
	}
	const values = 'eq' in cond ? [cond.eq] : 'in' in cond ? cond.in : [];
	const choices = choicesOf(target).map((c) => c.id);
	for (const value of values) {
		if (choices.length > 0 && !choices.includes(value as string)) {
			return `"${value}" is not one of its choices (${choices.join(', ')})`;
		}
		if (target.type === 'number' && typeof value !== 'number') return `"${value}" is not a number`;
		if (target.type === 'text' && typeof value !== 'string') return `"${value}" is not a text`;
	}
	return undefined;
}

function checkReferences(mod: QuestionnaireModule, report: Report) {
	const flags = new Set(mod.flags.map((f) => f.id));
	const actions = new Set(mod.actions.map((a) => a.id));
	const usedFlags = new Set<string>();
	const usedActions = new Set<string>();
	const refer = (
		path: Segments,
		owner: { flag?: string; actions?: string[] } & Record<string, unknown>
	) => {
		if (owner.flag !== undefined) {
			usedFlags.add(owner.flag);
			if (!flags.has(owner.flag)) report([...path, 'flag'], `unknown flag "${owner.flag}"`);
		}
		owner.actions?.forEach((id, i) => {
			usedActions.add(id);
			if (!actions.has(id)) report([...path, 'actions', i], `unknown action "${id}"`);
		});
	};
	for (const { question: q, path } of questionEntries(mod)) {
		choicesOf(q).forEach((c, i) => refer([...path, 'choices', i], c));
		if (q.type === 'number') q.risk_bands?.forEach((b, i) => refer([...path, 'risk_bands', i], b));
	}
	mod.flags.forEach((f, i) => {
		refer(['flags', i], { actions: f.actions });
		if (!usedFlags.has(f.id)) {
			report(['flags', i, 'id'], `flag "${f.id}" is raised by no answer`, { level: 'warning' });
		}
	});
	mod.actions.forEach((a, i) => {
		if (!usedActions.has(a.id)) {
			report(['actions', i, 'id'], `action "${a.id}" is used nowhere`, { level: 'warning' });
		}
	});
}

/** Walks every text object ({pl, en?, uk?}) in the file, wherever it sits. */
function checkTranslations(mod: QuestionnaireModule, report: Report) {
	const level = mod.status === 'published' ? 'error' : 'warning';
	const walk = (value: unknown, path: Segments) => {
		if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
		if (typeof value !== 'object' || value === null) return;
		const record = value as Record<string, unknown>;
		if (typeof record.pl === 'string') {
			for (const locale of mod.locales) {
				if (!record[locale]) report(path, `missing translation: ${locale}`, { level, locale });
			}
			return;
		}
		for (const [key, v] of Object.entries(record)) walk(v, [...path, key]);
	};
	walk(mod, []);
}
