import type { Pin, QuestionnaireRegistry } from '../../questionnaire/registry';
import { fail, ok, type Result } from '../../result';
import {
	assessmentStates,
	currentPins,
	discardAssessment,
	draftOf,
	startAssessment
} from '../assessments';
import { audit } from '../audit';
import type { Db } from '../db';
import { newId, nowIso } from '../ids';
import { parseJoinCode } from './codes';

/** What a participant sees of a workshop: never the facilitator or the other participants. */
export interface WorkshopSummary {
	id: string;
	title: string;
	association: string;
	date: string;
	place: string | null;
	online: boolean;
	status: 'open' | 'closed';
}

const SUMMARY = ['id', 'title', 'association', 'date', 'place', 'online', 'status'] as const;

function toSummary(row: {
	id: string;
	title: string;
	association: string;
	date: string;
	place: string | null;
	online: number;
	status: 'open' | 'closed';
}): WorkshopSummary {
	return { ...row, online: row.online === 1 };
}

export type CodeRefusal = 'invalid_code' | 'not_found';

/** The workshop a code opens, closed ones too. */
export async function workshopByCode(
	db: Db,
	code: string
): Promise<Result<WorkshopSummary, CodeRefusal>> {
	const parsed = parseJoinCode(code);
	if (!parsed) return fail('invalid_code');
	const row = await db
		.selectFrom('workshops')
		.select(SUMMARY)
		.where('join_code', '=', parsed)
		.executeTakeFirst();
	return row ? ok(toSummary(row)) : fail('not_found');
}

/**
 * The workshop a code opens, when the organisation (null: not yet one) may still join it:
 * `closed` for a closed workshop it had not joined. `joined` tells whether it had.
 */
export async function joinableByCode(
	db: Db,
	code: string,
	organisationId: string | null
): Promise<Result<{ workshop: WorkshopSummary; joined: boolean }, CodeRefusal | 'closed'>> {
	const found = await workshopByCode(db, code);
	if (!found.ok) return found;
	const workshop = found.value;
	const joined = organisationId
		? (await participantRow(db, workshop.id, organisationId)) !== undefined
		: false;
	if (!joined && workshop.status !== 'open') return fail('closed');
	return ok({ workshop, joined });
}

function samePins(a: Pin[], b: Pin[]): boolean {
	const key = (pins: Pin[]) =>
		pins
			.map((p) => `${p.module}@${p.version}#${p.sha256}`)
			.sort()
			.join(',');
	return key(a) === key(b);
}

/**
 * A new draft for the organisation on the workshop's pins, through the assessments' own
 * start. On the newest versions that carries earlier answers over; a workshop pinned to an
 * older set gets a draft on exactly that set. `created` is false when another request
 * started the organisation's draft first.
 */
async function startOnPins(
	db: Db,
	registry: QuestionnaireRegistry,
	organisationId: string,
	pins: Pin[]
): Promise<{ id: string; created: boolean }> {
	const newest = samePins(pins, currentPins(registry));
	const started = await startAssessment(db, registry, {
		organisationId,
		...(newest ? {} : { pins })
	});
	if (started.ok) return { id: started.value.id, created: true };
	// Neither a copy was asked for, nor can its source be missing: only a draft can be in the way.
	if (started.reason !== 'draft_exists') throw new Error(`start refused: ${started.reason}`);
	return { id: started.id, created: false };
}

/** Which organisation, in which workshop. */
export interface Participant {
	workshopId: string;
	organisationId: string;
}

/**
 * The participant's assessment for the workshop. When it has none (or it was deleted), the
 * organisation's draft in progress becomes it, since an organisation works on one draft
 * at a time; failing that, a new one starts on the workshop's pins. `not_joined` when the
 * organisation has not joined.
 */
export async function workshopAssessment(
	db: Db,
	registry: QuestionnaireRegistry,
	participant: Participant
): Promise<Result<string, 'not_joined'>> {
	const { workshopId, organisationId } = participant;
	const row = await db
		.selectFrom('workshop_participants as p')
		.innerJoin('workshops as w', 'w.id', 'p.workshop_id')
		.select(['p.id', 'w.pins', 'p.assessment_id'])
		.where('p.workshop_id', '=', workshopId)
		.where('p.organisation_id', '=', organisationId)
		.executeTakeFirst();
	if (!row) return fail('not_joined');
	// A deleted assessment unlinks itself (the foreign key sets the link to null).
	if (row.assessment_id) return ok(row.assessment_id);
	const draft = await draftOf(db, organisationId);
	const chosen = draft
		? { id: draft, created: false }
		: await startOnPins(db, registry, organisationId, row.pins);
	const { numUpdatedRows } = await db
		.updateTable('workshop_participants')
		.set({ assessment_id: chosen.id })
		.where('id', '=', row.id)
		.where('assessment_id', 'is', null)
		.executeTakeFirstOrThrow();
	if (Number(numUpdatedRows) === 1) return ok(chosen.id);
	// Another request linked one first: keep theirs, so the participant has exactly one.
	if (chosen.created) await discardAssessment(db, chosen.id);
	const winner = await db
		.selectFrom('workshop_participants')
		.select('assessment_id')
		.where('id', '=', row.id)
		.executeTakeFirstOrThrow();
	return winner.assessment_id ? ok(winner.assessment_id) : fail('not_joined');
}

export interface Joined {
	workshopId: string;
	participantId: string;
	assessmentId: string;
	/** False when the organisation had joined before: joining again changes nothing. */
	joinedNow: boolean;
}

export interface JoinRequest {
	code: string;
	organisationId: string;
	/** How the participant is named to the facilitator. */
	label: string;
	shareName: boolean;
}

/**
 * Joins the organisation to the workshop the code opens and starts its assessment. An
 * organisation that already joined gets its participation back, even once it is closed.
 */
export async function join(
	db: Db,
	registry: QuestionnaireRegistry,
	request: JoinRequest
): Promise<Result<Joined, CodeRefusal | 'closed'>> {
	const { organisationId, label, shareName } = request;
	const found = await workshopByCode(db, request.code);
	if (!found.ok) return found;
	const workshop = found.value;
	const existing = await participantRow(db, workshop.id, organisationId);
	let joinedNow = false;
	if (!existing) {
		if (workshop.status !== 'open') return fail('closed');
		// Two tabs joining at once: the unique pair keeps one row, the other insert does nothing.
		const { numInsertedOrUpdatedRows } = await db
			.insertInto('workshop_participants')
			.values({
				id: newId(),
				workshop_id: workshop.id,
				organisation_id: organisationId,
				label: label.trim(),
				share_name: shareName ? 1 : 0,
				share_result: 0,
				assessment_id: null,
				joined_at: nowIso()
			})
			.onConflict((oc) => oc.columns(['workshop_id', 'organisation_id']).doNothing())
			.executeTakeFirstOrThrow();
		joinedNow = Number(numInsertedOrUpdatedRows) === 1;
	}
	const assessment = await workshopAssessment(db, registry, {
		workshopId: workshop.id,
		organisationId
	});
	// The row was there or was just written, and a row left unlinked gets an assessment.
	if (!assessment.ok) throw new Error('a joined organisation has no assessment');
	const row = (await participantRow(db, workshop.id, organisationId))!;
	return ok({
		workshopId: workshop.id,
		participantId: row.id,
		assessmentId: assessment.value,
		joinedNow
	});
}

function participantRow(db: Db, workshopId: string, organisationId: string) {
	return db
		.selectFrom('workshop_participants')
		.selectAll()
		.where('workshop_id', '=', workshopId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
}

export interface Participation {
	workshop: WorkshopSummary;
	label: string;
	shareName: boolean;
	shareResult: boolean;
	assessmentId: string | null;
	submitted: boolean;
	joinedAt: string;
}

/** The organisation's own participation in a workshop, or undefined when it did not join. */
export async function participation(
	db: Db,
	workshopId: string,
	organisationId: string
): Promise<Participation | undefined> {
	const list = await participations(db, organisationId, workshopId);
	return list[0];
}

/** Every workshop the organisation joined, newest first. */
export async function participations(
	db: Db,
	organisationId: string,
	onlyWorkshopId?: string
): Promise<Participation[]> {
	let query = db
		.selectFrom('workshop_participants as p')
		.innerJoin('workshops as w', 'w.id', 'p.workshop_id')
		.select([
			'w.id',
			'w.title',
			'w.association',
			'w.date',
			'w.place',
			'w.online',
			'w.status',
			'p.label',
			'p.share_name',
			'p.share_result',
			'p.joined_at',
			'p.assessment_id'
		])
		.where('p.organisation_id', '=', organisationId);
	if (onlyWorkshopId) query = query.where('p.workshop_id', '=', onlyWorkshopId);
	const rows = await query.orderBy('p.joined_at', 'desc').execute();
	const states = await assessmentStates(
		db,
		rows.flatMap((r) => (r.assessment_id ? [r.assessment_id] : []))
	);
	return rows.map((r) => ({
		workshop: toSummary(r),
		label: r.label,
		shareName: r.share_name === 1,
		shareResult: r.share_result === 1,
		assessmentId: r.assessment_id,
		submitted: r.assessment_id !== null && states.get(r.assessment_id)?.status === 'submitted',
		joinedAt: r.joined_at
	}));
}

/** Shares the organisation's full result with the workshop's facilitator, or withdraws it. */
export async function setShareResult(
	db: Db,
	sharing: Participant & { share: boolean; actorId: string | null }
): Promise<Result<undefined, 'not_joined'>> {
	const { workshopId, organisationId, share, actorId } = sharing;
	const { numUpdatedRows } = await db
		.updateTable('workshop_participants')
		.set({ share_result: share ? 1 : 0 })
		.where('workshop_id', '=', workshopId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirstOrThrow();
	if (Number(numUpdatedRows) === 0) return fail('not_joined');
	await audit(db, {
		actorId,
		action: share ? 'workshop.share_result' : 'workshop.withdraw_result',
		subjectType: 'workshop',
		subjectId: workshopId
	});
	return ok();
}
