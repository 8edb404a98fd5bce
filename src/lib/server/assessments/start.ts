import { pinnedModules, pinOf } from '../../questionnaire/registry';
import type { LoadedModule, Pin, QuestionnaireRegistry } from '../../questionnaire/registry';
import { mapAnswers } from '../../questionnaire/versions';
import { fail, ok, type Fail, type Ok } from '../../result';
import type { Db } from '../db';
import { newId, nowIso } from '../ids';
import {
	draftOf,
	getAnswers,
	getAssessment,
	insertAnswers,
	insertDraft,
	listAssessments,
	saveChanges,
	type Assessment,
	type AnswersByModule,
	type Changes
} from './store';

/** The newest published version of every module the organisation answers itself, profile first. */
export function currentPins(registry: QuestionnaireRegistry): Pin[] {
	const own = registry.latest.filter((m) => m.module.kind !== 'supplier');
	const rank = (m: LoadedModule) => (m.module.kind === 'profile' ? 0 : 1);
	return own.toSorted((a, b) => rank(a) - rank(b) || a.module.order - b.module.order).map(pinOf);
}

/** The previous answers of each module carried onto the version now pinned. */
function carryOver(
	registry: QuestionnaireRegistry,
	pins: Pin[],
	source: { pins: Pin[]; answers: AnswersByModule } | null
): { answers: AnswersByModule; changes: Changes } {
	const answers: AnswersByModule = {};
	const changes: Changes = {};
	if (!source) return { answers, changes };
	const targets = pinnedModules(registry, pins);
	for (const to of targets) {
		const fromPin = source.pins.find((p) => p.module === to.id);
		// Answers given to a file no longer installed as it was cannot be read: start afresh.
		const from = fromPin && registry.resolve(fromPin);
		if (!from?.ok) {
			changes[to.id] = { from: null, added: [], changed: [], dropped: [] };
			continue;
		}
		const mapped = mapAnswers(source.answers[to.id] ?? {}, from.value.module, to.module);
		answers[to.id] = mapped.answers;
		if (mapped.added.length + mapped.changed.length + mapped.dropped.length > 0) {
			const { added, changed, dropped } = mapped;
			changes[to.id] = { from: from.value.version, added, changed, dropped };
		}
	}
	return { answers, changes };
}

export interface StartRequest {
	organisationId: string;
	/** The assessment whose answers to start from; by default the organisation's latest. */
	copyFrom?: string;
	/** Exactly these pins (a workshop's older set), with no earlier answers; by default the newest. */
	pins?: Pin[];
}

export type StartOutcome =
	| Ok<Assessment>
	/** An organisation works on one draft at a time: this is the one to carry on. */
	| Fail<'draft_exists', { id: string }>
	/** copyFrom names no assessment of the organisation. */
	| Fail<'not_found'>;

/**
 * Starts a draft on the newest published version of every module (profile first). A new
 * assessment starts from the answers of the one given in copyFrom, or else of the
 * organisation's latest one (the profile included), mapped onto the new versions; what is new
 * or changed is kept in `changes`. An organisation works on one draft at a time.
 */
export async function startAssessment(
	db: Db,
	registry: QuestionnaireRegistry,
	request: StartRequest
): Promise<StartOutcome> {
	const { organisationId } = request;
	const pins = request.pins ?? currentPins(registry);
	// The app cannot run without a published questionnaire: this is a broken installation.
	if (pins.length === 0) throw new Error('No published questionnaire');
	return db.transaction().execute(async (tx): Promise<StartOutcome> => {
		const draft = await draftOf(tx, organisationId);
		if (draft) return fail('draft_exists', { id: draft });
		let source: Assessment | undefined;
		if (!request.pins) {
			const sourceId = request.copyFrom ?? (await listAssessments(tx, organisationId))[0]?.id;
			source = sourceId ? await getAssessment(tx, organisationId, sourceId) : undefined;
			if (sourceId && !source) return fail('not_found');
		}
		const carried = carryOver(
			registry,
			pins,
			source ? { pins: source.pins, answers: await getAnswers(tx, source.id) } : null
		);
		const id = newId();
		const at = nowIso();
		await insertDraft(tx, { id, organisationId, pins, previousId: source?.id ?? null, at });
		await saveChanges(tx, id, carried.changes);
		await insertAnswers(tx, { assessmentId: id, answers: carried.answers, at });
		return ok((await getAssessment(tx, organisationId, id))!);
	});
}
