import { choicesOf, questionEntries } from './questions';
import type { Choice, Question, QuestionnaireModule } from './schema';

/** How far a version number must move for a change (docs/contributing.md, Version numbers). */
export type Bump = 'none' | 'patch' | 'minor' | 'major';
export const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

export type FieldChange = { field: string; bump: Bump; from: unknown; to: unknown };
export type ItemChanges = { id: string; changes: FieldChange[] };
export type ItemDiff = { added: string[]; removed: string[]; changed: ItemChanges[] };
export type ChoiceRef = { question: string; choice: string };

export type ModuleDiff = {
	module: FieldChange[];
	sections: ItemDiff;
	/** A new required question is major (old answers leave it open), an optional one minor. */
	questions: Omit<ItemDiff, 'added'> & { added: { id: string; required: boolean }[] };
	choices: {
		added: ChoiceRef[];
		removed: ChoiceRef[];
		changed: (ChoiceRef & { changes: FieldChange[] })[];
	};
	flags: ItemDiff;
	actions: ItemDiff;
};

type Rule<T> = [field: keyof T & string, bump: Bump | ((from: unknown, to: unknown) => Bump)];

/** A limit that lets fewer answers through than before makes old answers invalid. */
const narrowed =
	(rising: boolean) =>
	(from: unknown, to: unknown): Bump => {
		if (to === undefined) return 'minor';
		if (from === undefined) return 'major';
		const [f, t] = [from as number, to as number];
		return (rising ? t > f : t < f) ? 'major' : 'minor';
	};

const questionRules: Rule<Question & Record<string, unknown>>[] = [
	['type', 'major'],
	['exposure', 'major'],
	['required', (_from, to) => (to ? 'major' : 'minor')],
	['min', narrowed(true)],
	['max', narrowed(false)],
	['max_length', narrowed(false)],
	['show_if', 'minor'],
	['weight', 'minor'],
	['ilo', 'minor'],
	['risk_bands', 'minor'],
	['text', 'patch'],
	['help', 'patch'],
	['legal', 'patch'],
	['evidence', 'patch'],
	['unit', 'patch']
];
const choiceRules: Rule<Choice>[] = [
	['exclusive', (_from, to) => (to ? 'major' : 'minor')],
	['risk', 'minor'],
	['flag', 'minor'],
	['actions', 'minor'],
	['dont_know', 'minor'],
	['label', 'patch']
];
const flagRules: Rule<QuestionnaireModule['flags'][number]>[] = [
	['kind', 'minor'],
	['ilo', 'minor'],
	['actions', 'minor'],
	['title', 'patch'],
	['description', 'patch']
];
const actionRules: Rule<QuestionnaireModule['actions'][number]>[] = [
	['priority', 'minor'],
	['title', 'patch'],
	['what', 'patch'],
	['why', 'patch'],
	['legal', 'patch'],
	['template', 'patch']
];
const sectionRules: Rule<QuestionnaireModule['sections'][number]>[] = [
	['title', 'patch'],
	['intro', 'patch']
];
const moduleRules: Rule<QuestionnaireModule>[] = [
	['kind', 'major'],
	['order', 'minor'],
	['bands', 'minor'],
	['title', 'patch'],
	['intro', 'patch'],
	['locales', 'patch']
];

/** Deep equality that ignores key order, since YAML authors may write {en, pl} or {pl, en}. */
export function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	return (
		ka.length === kb.length &&
		ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
	);
}

function compare<T>(a: T, b: T, rules: Rule<T>[]): FieldChange[] {
	return rules.flatMap(([field, bump]) => {
		const from = a[field as keyof T];
		const to = b[field as keyof T];
		if (same(from, to)) return [];
		return [{ field, bump: typeof bump === 'function' ? bump(from, to) : bump, from, to }];
	});
}

function diffItems<T extends { id: string }>(a: T[], b: T[], rules: Rule<T>[]): ItemDiff {
	const before = new Map(a.map((x) => [x.id, x]));
	const after = new Map(b.map((x) => [x.id, x]));
	return {
		added: b.filter((x) => !before.has(x.id)).map((x) => x.id),
		removed: a.filter((x) => !after.has(x.id)).map((x) => x.id),
		changed: b.flatMap((x) => {
			const old = before.get(x.id);
			const changes = old ? compare(old, x, rules) : [];
			return changes.length > 0 ? [{ id: x.id, changes }] : [];
		})
	};
}

export function diffModules(a: QuestionnaireModule, b: QuestionnaireModule): ModuleDiff {
	const qa = questionEntries(a);
	const qb = questionEntries(b);
	const before = new Map(qa.map((e) => [e.question.id, e]));
	const questions = diffItems(
		qa.map((e) => e.question),
		qb.map((e) => e.question),
		questionRules as Rule<Question>[]
	);
	const moved: ItemChanges[] = qb.flatMap(({ question, section }) => {
		const old = before.get(question.id);
		if (!old || old.section.id === section.id) return [];
		return [{ id: question.id, changes: [field('section', 'minor', old.section.id, section.id)] }];
	});
	const choices: ModuleDiff['choices'] = { added: [], removed: [], changed: [] };
	for (const { question } of qb) {
		const old = before.get(question.id)?.question;
		if (!old) continue;
		const d = diffItems(choicesOf(old), choicesOf(question), choiceRules);
		const ref = (choice: string) => ({ question: question.id, choice });
		choices.added.push(...d.added.map(ref));
		choices.removed.push(...d.removed.map(ref));
		choices.changed.push(...d.changed.map((c) => ({ ...ref(c.id), changes: c.changes })));
	}
	const order = (entries: typeof qa, keep: Map<string, unknown>) =>
		entries.map((e) => e.question.id).filter((id) => keep.has(id));
	const orderA = order(qa, new Map(qb.map((e) => [e.question.id, e])));
	const orderB = order(qb, before);
	const reordered = same(orderA, orderB) ? [] : [field('question order', 'patch', orderA, orderB)];
	return {
		module: [...compare(a, b, moduleRules), ...reordered],
		sections: diffItems(a.sections, b.sections, sectionRules),
		questions: {
			added: qb
				.filter((e) => !before.has(e.question.id))
				.map((e) => ({ id: e.question.id, required: e.question.required })),
			removed: questions.removed,
			changed: mergeChanges(questions.changed, moved)
		},
		choices,
		flags: diffItems(a.flags, b.flags, flagRules),
		actions: diffItems(a.actions, b.actions, actionRules)
	};
}

function field(name: string, bump: Bump, from: unknown, to: unknown): FieldChange {
	return { field: name, bump, from, to };
}

function mergeChanges(a: ItemChanges[], b: ItemChanges[]): ItemChanges[] {
	const merged = new Map(a.map((c) => [c.id, [...c.changes]]));
	for (const c of b) merged.set(c.id, [...(merged.get(c.id) ?? []), ...c.changes]);
	return [...merged].map(([id, changes]) => ({ id, changes }));
}
