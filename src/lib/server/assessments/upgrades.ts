import type { QuestionnaireRegistry } from '../questionnaires/load';
import { canMoveDraft, compareVersions, mapAnswers } from '../../questionnaire/versions';
import {
	AssessmentError,
	getAnswers,
	getAssessment,
	pinnedModules,
	saveChanges,
	type Assessment,
	type AnswersByModule,
	type Changes,
	type Pin
} from './service';
import type { Db } from '../db/index';
import { nowIso } from '../ids';

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

/**
 * Moves the draft's modules to the versions draftUpgrades offers (all of them, or those
 * named), keeping every answer and noting which questions are new or changed. Refused when
 * another save came after baseRevision; returns the assessment as it now is.
 */
export async function moveDraft(
	db: Db,
	registry: QuestionnaireRegistry,
	organisationId: string,
	id: string,
	baseRevision: number,
	modules?: string[]
): Promise<Assessment> {
	return db.transaction().execute(async (tx) => {
		const assessment = await getAssessment(tx, organisationId, id);
		if (!assessment) throw new AssessmentError('not_found', 'No such assessment', { id });
		if (assessment.status !== 'draft') {
			throw new AssessmentError('submitted', 'A submitted assessment never moves', { id });
		}
		if (assessment.revision !== baseRevision) {
			throw new AssessmentError('conflict', 'The answers changed since this page was loaded', {
				revision: assessment.revision
			});
		}
		const answers = await getAnswers(tx, id);
		const upgrades = draftUpgrades(registry, assessment, answers).filter(
			(u) => !modules || modules.includes(u.module)
		);
		if (upgrades.length === 0) return assessment;
		const changes: Changes = { ...assessment.changes };
		const pins: Pin[] = assessment.pins.map((pin) => {
			const upgrade = upgrades.find((u) => u.module === pin.module);
			if (!upgrade) return pin;
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
			return { module: to.id, version: to.version, sha256: to.sha256 };
		});
		const updated = await tx
			.updateTable('assessments')
			.set({
				pins: JSON.stringify(pins),
				revision: baseRevision + 1,
				updated_at: nowIso()
			})
			.where('id', '=', id)
			.where('revision', '=', baseRevision)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0) {
			throw new AssessmentError('conflict', 'The answers changed while the draft moved', {});
		}
		await saveChanges(tx, id, changes);
		return (await getAssessment(tx, organisationId, id))!;
	});
}
