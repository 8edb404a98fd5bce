import { pinnedModules, pinOf, type QuestionnaireRegistry } from '../../questionnaire/registry';
import { canMoveDraft, compareVersions, mapAnswers } from '../../questionnaire/versions';
import { fail, ok, type Result } from '../../result';
import type { Db } from '../db';
import { nowIso } from '../ids';
import {
	bumpRevision,
	getAnswers,
	getAssessment,
	saveChanges,
	type Assessment,
	type AnswersByModule,
	type Changes
} from './store';

export interface DraftUpgrade {
	module: string;
	from: string;
	to: string;
}

/**
 * The newer minor or patch versions a draft may move to: offered, never forced, and only
 * where every answer it holds is still a valid answer in the newer version.
 */
export function draftUpgrades(
	registry: QuestionnaireRegistry,
	assessment: Assessment,
	answers: AnswersByModule
): DraftUpgrade[] {
	if (assessment.status !== 'draft') return [];
	const current = pinnedModules(registry, assessment.pins);
	return current.flatMap((from) => {
		const to = registry.latestOf(from.id);
		if (!to || compareVersions(to.version, from.version) <= 0) return [];
		if (!canMoveDraft(answers[from.id] ?? {}, from.module, to.module)) return [];
		return [{ module: from.id, from: from.version, to: to.version }];
	});
}

export interface MoveRequest {
	organisationId: string;
	assessmentId: string;
	/** The revision the page was showing. */
	baseRevision: number;
	/** The modules to move; all that draftUpgrades offers when not given. */
	modules?: string[];
}

/**
 * Moves the draft's modules to the versions draftUpgrades offers (all of them, or those
 * named), keeping every answer and noting which questions are new or changed. Refused when
 * another save came after baseRevision; gives the assessment as it now is.
 */
export async function moveDraft(
	db: Db,
	registry: QuestionnaireRegistry,
	request: MoveRequest
): Promise<Result<Assessment, 'not_found' | 'submitted' | 'conflict'>> {
	const { organisationId, assessmentId: id, baseRevision, modules } = request;
	return db.transaction().execute(async (tx) => {
		const assessment = await getAssessment(tx, organisationId, id);
		if (!assessment) return fail('not_found');
		if (assessment.status !== 'draft') return fail('submitted');
		if (assessment.revision !== baseRevision) return fail('conflict');
		const answers = await getAnswers(tx, id);
		const upgrades = draftUpgrades(registry, assessment, answers).filter(
			(u) => !modules || modules.includes(u.module)
		);
		if (upgrades.length === 0) return ok(assessment);
		const changes: Changes = { ...assessment.changes };
		const pins = assessment.pins.map((pin) => {
			if (!upgrades.some((u) => u.module === pin.module)) return pin;
			const [from] = pinnedModules(registry, [pin]);
			const to = registry.latestOf(pin.module)!;
			const mapped = mapAnswers(answers[pin.module] ?? {}, from.module, to.module);
			const earlier = changes[pin.module];
			changes[pin.module] = {
				from: earlier ? earlier.from : from.version,
				added: [...new Set([...(earlier?.added ?? []), ...mapped.added])],
				changed: [...new Set([...(earlier?.changed ?? []), ...mapped.changed])],
				dropped: earlier?.dropped ?? []
			};
			return pinOf(to);
		});
		const at = nowIso();
		if (!(await bumpRevision(tx, { id, organisationId, base: baseRevision, at, pins }))) {
			return fail('conflict');
		}
		await saveChanges(tx, id, changes);
		return ok((await getAssessment(tx, organisationId, id))!);
	});
}
