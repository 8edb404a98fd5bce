import {
	resolvedModules,
	type LoadedModule,
	type Pin,
	type QuestionnaireRegistry
} from '../../questionnaire/registry';
import type { AssessmentResult } from '../../questionnaire/types';
import { moduleProgress } from '../../questionnaire/visibility';
import { answersOf, assessmentStates } from '../assessments';
import { audit } from '../audit';
import type { Db } from '../db';
import {
	compareCohorts,
	summariseCohort,
	type Cohort,
	type CohortComparison,
	type CohortEntry
} from './cohort';
import { getWorkshop, type Workshop } from './workshop';

/**
 * What a facilitator learns about its own workshops. Every function starts from
 * getWorkshop(db, facilitatorId, id), so another facilitator's workshop reads as absent,
 * and none returns an answer: progress is counted here, results are aggregated here.
 */

/** The pinned modules a person answers for the organisation itself, in questionnaire order. */
function ownModules(registry: QuestionnaireRegistry, pins: Pin[]): LoadedModule[] {
	return resolvedModules(registry, pins)
		.filter((m) => m.module.kind !== 'supplier')
		.sort((a, b) => a.module.order - b.module.order);
}

/** Which of the facilitator's workshops: another facilitator's reads as absent. */
export interface FacilitatorsWorkshop {
	facilitatorId: string;
	workshopId: string;
}

function assessmentModuleIds(registry: QuestionnaireRegistry, pins: Pin[]): string[] {
	return ownModules(registry, pins)
		.filter((m) => m.module.kind === 'assessment')
		.map((m) => m.id);
}

export interface ParticipantProgress {
	id: string;
	label: string;
	/** Only when the participant chose to share its name. */
	organisationName: string | null;
	modulesDone: number;
	modulesTotal: number;
	started: boolean;
	submitted: boolean;
	/** The participant shares its full result (readable once submitted). */
	sharesResult: boolean;
}

export interface WorkshopProgress {
	joined: number;
	started: number;
	submitted: number;
	participants: ParticipantProgress[];
}

/** Who joined and how far each got; undefined for a workshop that is not the facilitator's. */
export async function workshopProgress(
	db: Db,
	registry: QuestionnaireRegistry,
	which: FacilitatorsWorkshop
): Promise<WorkshopProgress | undefined> {
	const workshop = await getWorkshop(db, which.facilitatorId, which.workshopId);
	if (!workshop) return undefined;
	const rows = await db
		.selectFrom('workshop_participants as p')
		.innerJoin('organisations as o', 'o.id', 'p.organisation_id')
		.select(['p.id', 'p.label', 'p.share_name', 'p.share_result', 'o.name', 'p.assessment_id'])
		.where('p.workshop_id', '=', workshop.id)
		.orderBy('p.joined_at')
		.orderBy('p.id')
		.execute();
	const ids = rows.flatMap((r) => (r.assessment_id ? [r.assessment_id] : []));
	const [states, answers] = await Promise.all([assessmentStates(db, ids), answersOf(db, ids)]);
	const participants = rows.map((r): ParticipantProgress => {
		const state = r.assessment_id ? states.get(r.assessment_id) : undefined;
		const modules = ownModules(registry, state?.pins ?? workshop.pins);
		const given = (r.assessment_id && answers.get(r.assessment_id)) || {};
		const submitted = state?.status === 'submitted';
		return {
			id: r.id,
			label: r.label,
			organisationName: r.share_name === 1 ? r.name : null,
			modulesDone: modules.filter(
				(m) => Object.hasOwn(given, m.id) && moduleProgress(m.module, given[m.id]).complete
			).length,
			modulesTotal: modules.length,
			started: submitted || Object.keys(given).length > 0,
			submitted,
			sharesResult: r.share_result === 1
		};
	});
	return {
		joined: participants.length,
		started: participants.filter((p) => p.started).length,
		submitted: participants.filter((p) => p.submitted).length,
		participants
	};
}

async function submittedEntries(db: Db, workshopId: string): Promise<CohortEntry[]> {
	const rows = await db
		.selectFrom('workshop_participants')
		.select(['assessment_id', 'share_result'])
		.where('workshop_id', '=', workshopId)
		.where('assessment_id', 'is not', null)
		.execute();
	const states = await assessmentStates(
		db,
		rows.map((r) => r.assessment_id!)
	);
	return rows.flatMap((r) => {
		const state = states.get(r.assessment_id!);
		if (state?.status !== 'submitted' || !state.result) return [];
		return [{ result: state.result, shared: r.share_result === 1 }];
	});
}

async function cohortOf(
	db: Db,
	workshop: Workshop,
	registry: QuestionnaireRegistry,
	min: number
): Promise<Cohort> {
	const entries = await submittedEntries(db, workshop.id);
	return summariseCohort(entries, assessmentModuleIds(registry, workshop.pins), min);
}

/** The cohort's results from submitted assessments, or how many more are needed. */
export async function cohortResults(
	db: Db,
	registry: QuestionnaireRegistry,
	which: FacilitatorsWorkshop & { min: number }
): Promise<Cohort | undefined> {
	const { facilitatorId, workshopId, min } = which;
	const workshop = await getWorkshop(db, facilitatorId, workshopId);
	return workshop && cohortOf(db, workshop, registry, min);
}

export interface BeforeAfter {
	before: Workshop;
	after: Workshop;
	comparison: CohortComparison;
}

/**
 * The cohort of the workshop this one follows up (before) next to this one's (after),
 * each under the threshold on its own; undefined when it follows up nothing of the
 * facilitator's.
 */
export async function beforeAfter(
	db: Db,
	registry: QuestionnaireRegistry,
	which: FacilitatorsWorkshop & { min: number }
): Promise<BeforeAfter | undefined> {
	const { facilitatorId, workshopId, min } = which;
	const after = await getWorkshop(db, facilitatorId, workshopId);
	if (!after?.followUpOf) return undefined;
	const before = await getWorkshop(db, facilitatorId, after.followUpOf);
	if (!before) return undefined;
	const [b, a] = await Promise.all([
		cohortOf(db, before, registry, min),
		cohortOf(db, after, registry, min)
	]);
	const ids = assessmentModuleIds(registry, after.pins);
	for (const id of assessmentModuleIds(registry, before.pins)) if (!ids.includes(id)) ids.push(id);
	return { before, after, comparison: compareCohorts(b, a, ids) };
}

export interface SharedResult {
	label: string;
	organisationName: string | null;
	submittedAt: string;
	pins: Pin[];
	result: AssessmentResult;
}

/**
 * A participant's full result, only while it shares it and only once submitted; undefined
 * otherwise, the same as for a participant or workshop that does not exist. Each reading
 * is logged, so a participant's data is never looked at without a trace.
 */
export async function sharedResult(
	db: Db,
	which: FacilitatorsWorkshop & { participantId: string }
): Promise<SharedResult | undefined> {
	const { facilitatorId, workshopId, participantId } = which;
	const row = await db
		.selectFrom('workshop_participants as p')
		.innerJoin('workshops as w', 'w.id', 'p.workshop_id')
		.innerJoin('organisations as o', 'o.id', 'p.organisation_id')
		.select(['p.label', 'p.share_name', 'o.name', 'p.assessment_id'])
		.where('p.id', '=', participantId)
		.where('p.workshop_id', '=', workshopId)
		.where('w.facilitator_id', '=', facilitatorId)
		.where('p.share_result', '=', 1)
		.executeTakeFirst();
	if (!row?.assessment_id) return undefined;
	const state = (await assessmentStates(db, [row.assessment_id])).get(row.assessment_id);
	if (state?.status !== 'submitted' || !state.result || !state.submittedAt) return undefined;
	await audit(db, {
		actorId: facilitatorId,
		action: 'workshop.read_shared_result',
		subjectType: 'workshop_participant',
		subjectId: participantId
	});
	return {
		label: row.label,
		organisationName: row.share_name === 1 ? row.name : null,
		submittedAt: state.submittedAt,
		pins: state.pins,
		result: state.result
	};
}
