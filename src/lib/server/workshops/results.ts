import type { LoadedModule, QuestionnaireRegistry } from '../questionnaires/load';
import type { AnswerValue, Answers } from '../../questionnaire/schema';
import type { AssessmentResult } from '../../questionnaire/types';
import { moduleProgress } from '../../questionnaire/visibility';
import { audit } from '../audit';
import type { Db } from '../db/index';
import {
	compareCohorts,
	summariseCohort,
	type Cohort,
	type CohortComparison,
	type CohortEntry
} from './cohort';
import { getWorkshop, parsePins, type Pin, type Workshop } from './workshop';

/**
 * What a facilitator learns about its own workshops. Every function starts from
 * getWorkshop(db, facilitatorId, id), so another facilitator's workshop reads as absent,
 * and none returns an answer: progress is counted here, results are aggregated here.
 */

/** The pinned modules a person answers for the organisation itself, in questionnaire order. */
function ownModules(registry: QuestionnaireRegistry, pins: Pin[]): LoadedModule[] {
	return pins
		.map((pin) => registry.get(pin))
		.filter((m): m is LoadedModule => m !== undefined && m.module.kind !== 'supplier')
		.sort((a, b) => a.module.order - b.module.order);
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

function parseValue(json: string): AnswerValue | undefined {
	try {
		return JSON.parse(json) as AnswerValue;
	} catch {
		return undefined;
	}
}

/** Who joined and how far each got; undefined for a workshop that is not the facilitator's. */
export async function workshopProgress(
	db: Db,
	facilitatorId: string,
	workshopId: string,
	registry: QuestionnaireRegistry
): Promise<WorkshopProgress | undefined> {
	const workshop = await getWorkshop(db, facilitatorId, workshopId);
	if (!workshop) return undefined;
	const rows = await db
		.selectFrom('workshop_participants as p')
		.innerJoin('organisations as o', 'o.id', 'p.organisation_id')
		.leftJoin('assessments as a', 'a.id', 'p.assessment_id')
		.select([
			'p.id',
			'p.label',
			'p.share_name',
			'p.share_result',
			'o.name',
			'a.id as assessment_id',
			'a.status',
			'a.pins'
		])
		.where('p.workshop_id', '=', workshop.id)
		.orderBy('p.joined_at')
		.orderBy('p.id')
		.execute();
	const ids = rows.flatMap((r) => (r.assessment_id ? [r.assessment_id] : []));
	const answerRows = ids.length
		? await db
				.selectFrom('answers')
				.select(['assessment_id', 'module_id', 'question_id', 'value'])
				.where('assessment_id', 'in', ids)
				.execute()
		: [];
	const answers = new Map<string, Map<string, Answers>>();
	for (const a of answerRows) {
		const value = parseValue(a.value);
		if (value === undefined) continue;
		const byModule = answers.get(a.assessment_id) ?? new Map<string, Answers>();
		const moduleAnswers = byModule.get(a.module_id) ?? {};
		moduleAnswers[a.question_id] = value;
		byModule.set(a.module_id, moduleAnswers);
		answers.set(a.assessment_id, byModule);
	}
	const participants = rows.map((r): ParticipantProgress => {
		const modules = ownModules(registry, r.pins ? parsePins(r.pins) : workshop.pins);
		const given = (r.assessment_id && answers.get(r.assessment_id)) || new Map<string, Answers>();
		const submitted = r.status === 'submitted';
		return {
			id: r.id,
			label: r.label,
			organisationName: r.share_name === 1 ? r.name : null,
			modulesDone: modules.filter(
				(m) => given.has(m.id) && moduleProgress(m.module, given.get(m.id) ?? {}).complete
			).length,
			modulesTotal: modules.length,
			started: submitted || given.size > 0,
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
		.selectFrom('workshop_participants as p')
		.innerJoin('assessments as a', 'a.id', 'p.assessment_id')
		.select(['a.result', 'p.share_result'])
		.where('p.workshop_id', '=', workshopId)
		.where('a.status', '=', 'submitted')
		.where('a.result', 'is not', null)
		.execute();
	return rows.flatMap((r) => {
		try {
			const result = JSON.parse(r.result as string) as AssessmentResult;
			return [{ result, shared: r.share_result === 1 }];
		} catch {
			return [];
		}
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
	facilitatorId: string,
	workshopId: string,
	registry: QuestionnaireRegistry,
	min: number
): Promise<Cohort | undefined> {
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
	facilitatorId: string,
	workshopId: string,
	registry: QuestionnaireRegistry,
	min: number
): Promise<BeforeAfter | undefined> {
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
	facilitatorId: string,
	workshopId: string,
	participantId: string
): Promise<SharedResult | undefined> {
	const row = await db
		.selectFrom('workshop_participants as p')
		.innerJoin('workshops as w', 'w.id', 'p.workshop_id')
		.innerJoin('organisations as o', 'o.id', 'p.organisation_id')
		.innerJoin('assessments as a', 'a.id', 'p.assessment_id')
		.select(['p.label', 'p.share_name', 'o.name', 'a.submitted_at', 'a.pins', 'a.result'])
		.where('p.id', '=', participantId)
		.where('p.workshop_id', '=', workshopId)
		.where('w.facilitator_id', '=', facilitatorId)
		.where('p.share_result', '=', 1)
		.where('a.status', '=', 'submitted')
		.executeTakeFirst();
	if (!row?.result || !row.submitted_at) return undefined;
	let result: AssessmentResult;
	try {
		result = JSON.parse(row.result) as AssessmentResult;
	} catch {
		return undefined;
	}
	await audit(db, {
		actorId: facilitatorId,
		action: 'workshop.read_shared_result',
		subjectType: 'workshop_participant',
		subjectId: participantId
	});
	return {
		label: row.label,
		organisationName: row.share_name === 1 ? row.name : null,
		submittedAt: row.submitted_at,
		pins: parsePins(row.pins),
		result
	};
}
