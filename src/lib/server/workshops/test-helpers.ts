import { loadQuestionnaires } from '../questionnaires';
import { pinnedModules, type QuestionnaireRegistry } from '../../questionnaire/registry';
import type {
	AnswerValue,
	Answers,
	Choice,
	Question,
	QuestionnaireModule
} from '../../questionnaire/schema';
import { visibleWithAnswers } from '../../questionnaire/visibility';
import type { Db } from '../db';
import { currentPins, getAssessment, saveAnswers, submitAssessment } from '../assessments';
import { valueOf } from '../../test-helpers';
import { newId, nowIso } from '../ids';
import { createOrganisation } from '../accounts';
import { join } from './participants';
import { createWorkshop, type NewWorkshop } from './workshop';

export const registry: QuestionnaireRegistry = loadQuestionnaires('questionnaires');

export async function facilitator(db: Db, email = `${newId()}@example.com`): Promise<string> {
	const id = newId();
	await db
		.insertInto('users')
		.values({
			id,
			email,
			password_hash: null,
			role: 'facilitator',
			organisation_id: null,
			display_name: null,
			is_guest: 0,
			created_at: nowIso(),
			password_changed_at: null
		})
		.execute();
	return id;
}

export function organisations(db: Db, n: number, prefix = 'Firma'): Promise<string[]> {
	return Promise.all(Array.from({ length: n }, (_, i) => createOrganisation(db, `${prefix} ${i}`)));
}

export function newWorkshop(overrides: Partial<NewWorkshop> = {}): NewWorkshop {
	return {
		title: 'Rekrutacja bez opłat',
		association: 'Związek Pracodawców Sadowniczych',
		date: '2026-03-12',
		place: 'Grójec, ul. Sadowa 1',
		online: false,
		language: 'pl',
		pins: currentPins(registry),
		followUpOf: null,
		...overrides
	};
}

/** A workshop made through the service. */
export function createdWorkshop(db: Db, facilitatorId: string, workshop = newWorkshop()) {
	return valueOf(createWorkshop(db, { facilitatorId, workshop }));
}

/** The organisation joined through the service, as the join page does. */
export function joined(
	db: Db,
	code: string,
	organisationId: string,
	label = 'x',
	shareName = false
) {
	return valueOf(join(db, registry, { code, organisationId, label, shareName }));
}

export type Pick = 'best' | 'worst';

function valueFor(question: Question, pick: Pick): AnswerValue | undefined {
	switch (question.type) {
		case 'single_choice':
		case 'yes_no':
		case 'multi_choice': {
			// Best: the lowest-risk choice that raises no flag ("none of these" included);
			// worst: the highest-risk one, a flagged one first.
			const score = (c: Choice) => (c.risk ?? 0) + (c.flag ? 10 : 0);
			const choices = question.choices
				.filter((c) => !c.dont_know && (pick === 'best' ? !c.flag : !c.exclusive))
				.sort((a, b) => score(a) - score(b));
			const choice = pick === 'best' ? choices[0] : choices[choices.length - 1];
			return question.type === 'multi_choice' ? [choice.id] : choice.id;
		}
		case 'number':
			return pick === 'best' ? (question.min ?? 0) : (question.max ?? 100);
		case 'text':
			return 'notatka';
		case 'info':
			return undefined;
	}
}

/** Answers every question that becomes visible, all with the lowest or the highest risk. */
export function answerAll(module: QuestionnaireModule, pick: Pick): Answers {
	const answers: Answers = {};
	for (;;) {
		const open = visibleWithAnswers(module, answers).filter(
			({ question, value }) => value === undefined && question.type !== 'info'
		);
		if (open.length === 0) return answers;
		for (const { question } of open) {
			const value = valueFor(question, pick);
			if (value !== undefined) answers[question.id] = value;
		}
	}
}

async function ownerOf(db: Db, assessmentId: string): Promise<string> {
	const row = await db
		.selectFrom('assessments')
		.select('organisation_id')
		.where('id', '=', assessmentId)
		.executeTakeFirstOrThrow();
	return row.organisation_id;
}

/** Saves one module's answers the way the module page does. */
export async function saveModule(
	db: Db,
	assessmentId: string,
	moduleId: string,
	answers: Answers
): Promise<void> {
	const organisationId = await ownerOf(db, assessmentId);
	const assessment = await getAssessment(db, organisationId, assessmentId);
	if (!assessment) throw new Error('no such assessment');
	const outcome = await saveAnswers(db, registry, {
		organisationId,
		assessmentId,
		moduleId,
		answers,
		baseRevision: assessment.revision
	});
	if (!outcome.ok) throw new Error(`save refused: ${JSON.stringify(outcome)}`);
}

/** Answers every pinned module, all the best or all the worst way, and submits. */
export async function answerAndSubmit(db: Db, assessmentId: string, pick: Pick): Promise<void> {
	const organisationId = await ownerOf(db, assessmentId);
	const assessment = await getAssessment(db, organisationId, assessmentId);
	if (!assessment) throw new Error('no such assessment');
	for (const loaded of pinnedModules(registry, assessment.pins)) {
		await saveModule(db, assessmentId, loaded.id, answerAll(loaded.module, pick));
	}
	await valueOf(
		submitAssessment(db, registry, { organisationId, assessmentId, statsOptOut: false })
	);
}
