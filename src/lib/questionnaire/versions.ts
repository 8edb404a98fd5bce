import { BUMPS, diffModules, type Bump, type FieldChange, type ModuleDiff } from './diff';
import { choicesOf, questionEntries } from './questions';
import { LOCALES, type Answers, type AnswerValue, type Question } from './schema';
import type { QuestionnaireModule } from './schema';
import type { Problem } from './validate';

export { diffModules, type Bump, type FieldChange, type ModuleDiff } from './diff';

export function parseVersion(version: string): [number, number, number] {
	const parts = version.split('.').map(Number);
	if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n) || n < 0)) {
		throw new Error(`not a version: ${version}`);
	}
	return parts as [number, number, number];
}

export function compareVersions(a: string, b: string): number {
	const [pa, pb] = [parseVersion(a), parseVersion(b)];
	return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/** The bump that going from v1 to v2 declares; undefined when v2 is not newer. */
export function declaredBump(v1: string, v2: string): Bump | undefined {
	const [a, b] = [parseVersion(v1), parseVersion(v2)];
	const cmp = compareVersions(v2, v1);
	if (cmp < 0) return undefined;
	if (cmp === 0) return 'none';
	return a[0] !== b[0] ? 'major' : a[1] !== b[1] ? 'minor' : 'patch';
}

/** The smallest version after `version` that declares `bump`. */
export function nextVersion(version: string, bump: Bump): string {
	const [major, minor, patch] = parseVersion(version);
	if (bump === 'major') return `${major + 1}.0.0`;
	if (bump === 'minor') return `${major}.${minor + 1}.0`;
	if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
	return version;
}

export type ChangeNote = {
	group: keyof ModuleDiff;
	kind: 'added' | 'removed' | 'changed';
	bump: Bump;
	text: string;
};

const isText = (v: unknown): v is Record<string, string> =>
	typeof v === 'object' && v !== null && 'pl' in v;

const show = (v: unknown): string =>
	v === undefined
		? 'none'
		: Array.isArray(v)
			? `[${v.map(show).join(', ')}]`
			: typeof v === 'object'
				? JSON.stringify(v)
				: String(v);

function describeField(c: FieldChange): string {
	if (isText(c.from) || isText(c.to)) {
		const [from, to] = [c.from as Record<string, string>, c.to as Record<string, string>];
		return `${c.field} changed (${LOCALES.filter((l) => from?.[l] !== to?.[l]).join(', ')})`;
	}
	const text = `${show(c.from)} -> ${show(c.to)}`;
	return text.length > 80 ? `${c.field} changed` : `${c.field} ${text}`;
}

/** Every change in a diff as one line with the bump it needs, grouped as the diff is. */
export function describeChanges(diff: ModuleDiff): ChangeNote[] {
	const notes: ChangeNote[] = [];
	const note = (group: ChangeNote['group'], kind: ChangeNote['kind'], bump: Bump, text: string) =>
		notes.push({ group, kind, bump, text });
	const fields = (group: ChangeNote['group'], label: string, changes: FieldChange[]) =>
		changes.forEach((c) => note(group, 'changed', c.bump, `${label}${describeField(c)}`));

	fields('module', '', diff.module);
	for (const group of ['sections', 'flags', 'actions'] as const) {
		const noun = group.slice(0, -1);
		diff[group].added.forEach((id) =>
			note(group, 'added', group === 'sections' ? 'patch' : 'minor', `new ${noun} "${id}"`)
		);
		diff[group].removed.forEach((id) => note(group, 'removed', 'major', `${noun} "${id}" removed`));
		diff[group].changed.forEach((c) => fields(group, `${noun} "${c.id}": `, c.changes));
	}
	for (const q of diff.questions.added) {
		const kind = q.required ? 'required' : 'optional';
		note('questions', 'added', q.required ? 'major' : 'minor', `new ${kind} question "${q.id}"`);
	}
	diff.questions.removed.forEach((id) =>
		note('questions', 'removed', 'major', `question "${id}" removed`)
	);
	diff.questions.changed.forEach((c) => fields('questions', `question "${c.id}": `, c.changes));
	const name = (c: { question: string; choice: string }) => `"${c.question}.${c.choice}"`;
	diff.choices.added.forEach((c) => note('choices', 'added', 'minor', `new choice ${name(c)}`));
	diff.choices.removed.forEach((c) =>
		note('choices', 'removed', 'major', `choice ${name(c)} removed`)
	);
	diff.choices.changed.forEach((c) => fields('choices', `choice ${name(c)}: `, c.changes));
	return notes;
}

export function requiredBump(diff: ModuleDiff): Bump {
	return describeChanges(diff).reduce<Bump>(
		(max, n) => (BUMPS.indexOf(n.bump) > BUMPS.indexOf(max) ? n.bump : max),
		'none'
	);
}

export type BumpCheck = {
	ok: boolean;
	required: Bump;
	/** undefined when v2 is not newer than v1. */
	declared: Bump | undefined;
	message: string;
};

/** Refuses a version number that understates the change (or does not move forward). */
export function checkBump(v1: string, v2: string, diff: ModuleDiff): BumpCheck {
	const required = requiredBump(diff);
	const declared = declaredBump(v1, v2);
	if (declared === undefined || declared === 'none') {
		return { ok: false, required, declared, message: `${v2} is not newer than ${v1}` };
	}
	if (BUMPS.indexOf(declared) < BUMPS.indexOf(required)) {
		const reasons = describeChanges(diff)
			.filter((n) => n.bump === required)
			.map((n) => n.text);
		return {
			ok: false,
			required,
			declared,
			message:
				`${v2} understates the change from ${v1}: it needs a ${required} version ` +
				`(${nextVersion(v1, required)} or later) because of ${reasons.join('; ')}`
		};
	}
	return { ok: true, required, declared, message: `${v2} is a ${declared} version of ${v1}` };
}

/** Whether an answer is still a valid answer to this question (type, choice ids, limits). */
export function answerFits(value: AnswerValue, question: Question): boolean {
	const ids = new Set(choicesOf(question).map((c) => c.id));
	switch (question.type) {
		case 'single_choice':
		case 'yes_no':
			return typeof value === 'string' && ids.has(value);
		case 'multi_choice': {
			if (!Array.isArray(value) || !value.every((v) => ids.has(v))) return false;
			const exclusive = question.choices.filter((c) => c.exclusive && value.includes(c.id));
			return exclusive.length === 0 || value.length === 1;
		}
		case 'number':
			return (
				typeof value === 'number' &&
				Number.isFinite(value) &&
				(question.min === undefined || value >= question.min) &&
				(question.max === undefined || value <= question.max)
			);
		case 'text':
			return typeof value === 'string' && value.length <= question.max_length;
		case 'info':
			return false;
	}
}

function questionMap(mod: QuestionnaireModule): Map<string, Question> {
	return new Map(questionEntries(mod).map((e) => [e.question.id, e.question]));
}

/**
 * A draft may move (when the person agrees) to a newer published minor or patch version of
 * its module if every answer it holds is still a valid answer there.
 */
export function canMoveDraft(
	answers: Answers,
	fromModule: QuestionnaireModule,
	toModule: QuestionnaireModule
): boolean {
	if (fromModule.id !== toModule.id || toModule.status !== 'published') return false;
	const bump = declaredBump(fromModule.version, toModule.version);
	if (bump === undefined || bump === 'none' || bump === 'major') return false;
	const questions = questionMap(toModule);
	return Object.entries(answers).every(([id, value]) => {
		const question = questions.get(id);
		return question !== undefined && answerFits(value, question);
	});
}

export type AnswerMapping = {
	/** The answers that are still valid in the new version. */
	answers: Answers;
	/** Answered question ids whose answer could not be carried over. */
	dropped: string[];
	/** Questions of the new version that the old one did not have. */
	added: string[];
	/** Questions in both versions whose question or choices changed. */
	changed: string[];
};

/** For a re-assessment: the last answers carried onto a newer version of the module. */
export function mapAnswers(
	answers: Answers,
	fromModule: QuestionnaireModule,
	toModule: QuestionnaireModule
): AnswerMapping {
	const questions = questionMap(toModule);
	const kept: Answers = {};
	const dropped: string[] = [];
	for (const [id, value] of Object.entries(answers)) {
		const question = questions.get(id);
		if (question && answerFits(value, question)) kept[id] = value;
		else dropped.push(id);
	}
	const diff = diffModules(fromModule, toModule);
	const touched = new Set([
		...diff.questions.changed.map((c) => c.id),
		...[...diff.choices.added, ...diff.choices.removed, ...diff.choices.changed].map(
			(c) => c.question
		)
	]);
	return {
		answers: kept,
		dropped,
		added: diff.questions.added.map((q) => q.id),
		changed: [...questions.keys()].filter((id) => touched.has(id))
	};
}

/** Each version of a module against the one before it: no number may understate its change. */
export function checkVersionSequence(
	files: { file: string; module: QuestionnaireModule }[]
): Problem[] {
	const byModule = new Map<string, typeof files>();
	for (const f of files) byModule.set(f.module.id, [...(byModule.get(f.module.id) ?? []), f]);
	return [...byModule.values()].flatMap((versions) => {
		const sorted = versions.toSorted((a, b) => compareVersions(a.module.version, b.module.version));
		return sorted.slice(1).flatMap((next, i) => {
			const prev = sorted[i].module;
			const check = checkBump(prev.version, next.module.version, diffModules(prev, next.module));
			return check.ok
				? []
				: [{ file: next.file, path: 'version', message: check.message, level: 'error' as const }];
		});
	});
}
