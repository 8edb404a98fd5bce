import type { QuestionnaireRegistry } from '../questionnaires/load';
import { AssessmentError, currentPins, startAssessment } from '../assessments/service';
import { audit } from '../audit';
import type { Db } from '../db/index';
import { newId, nowIso } from '../ids';
import { parseJoinCode } from './codes';
import { parsePins, WorkshopError, type Pin } from './workshop';

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

/** The workshop a code opens; throws invalid_code or not_found. Closed ones are returned. */
export async function workshopByCode(db: Db, code: string): Promise<WorkshopSummary> {
	const parsed = parseJoinCode(code);
	if (!parsed) throw new WorkshopError('invalid_code');
	const row = await db
		.selectFrom('workshops')
		.select(SUMMARY)
		.where('join_code', '=', parsed)
		.executeTakeFirst();
	if (!row) throw new WorkshopError('not_found');
	return toSummary(row);
}

/**
 * The workshop a code opens, when the organisation (null: not yet one) may still join it:
 * throws closed for a closed workshop it had not joined. `joined` tells whether it had.
 */
export async function joinableByCode(
	db: Db,
	code: string,
	organisationId: string | null
): Promise<{ workshop: WorkshopSummary; joined: boolean }> {
	const workshop = await workshopByCode(db, code);
	const joined = organisationId
		? (await participantRow(db, workshop.id, organisationId)) !== undefined
		: false;
	if (!joined && workshop.status !== 'open') throw new WorkshopError('closed');
	return { workshop, joined };
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
 * A new draft for the organisation on the workshop's pins. On the newest versions that is
 * the employer journey's own start (which carries earlier answers over); a workshop pinned
 * to an older set gets a draft on exactly that set. `created` is false when another request
 * started the organisation's draft first.
 */
async function startOnPins(
	db: Db,
	registry: QuestionnaireRegistry,
	organisationId: string,
	pins: Pin[]
): Promise<{ id: string; created: boolean }> {
	if (samePins(pins, currentPins(registry))) {
		try {
			return { id: (await startAssessment(db, registry, organisationId)).id, created: true };
		} catch (err) {
			if (err instanceof AssessmentError && err.code === 'draft_exists') {
				return { id: String(err.detail.id), created: false };
			}
			throw err;
		}
	}
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('assessments')
		.values({
			id,
			organisation_id: organisationId,
			status: 'draft',
			revision: 0,
			pins: JSON.stringify(pins),
			previous_id: null,
			created_at: now,
			updated_at: now,
			submitted_at: null,
			result: null,
			overall_level: null,
			stats_opt_out: 0
		})
		.execute();
	return { id, created: true };
}

/**
 * The participant's assessment for the workshop. When it has none (or it was deleted), the
 * organisation's draft in progress becomes it, since an organisation works on one draft
 * at a time; failing that, a new one starts on the workshop's pins. undefined when the
 * organisation has not joined.
 */
export async function workshopAssessment(
	db: Db,
	registry: QuestionnaireRegistry,
	workshopId: string,
	organisationId: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('workshop_participants as p')
		.innerJoin('workshops as w', 'w.id', 'p.workshop_id')
		.leftJoin('assessments as a', 'a.id', 'p.assessment_id')
		.select(['p.id', 'w.pins', 'a.id as assessment_id'])
		.where('p.workshop_id', '=', workshopId)
		.where('p.organisation_id', '=', organisationId)
		.executeTakeFirst();
	if (!row) return undefined;
	if (row.assessment_id) return row.assessment_id;
	const draft = await db
		.selectFrom('assessments')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where('status', '=', 'draft')
		.orderBy('created_at', 'desc')
		.executeTakeFirst();
	const chosen = draft
		? { id: draft.id, created: false }
		: await startOnPins(db, registry, organisationId, parsePins(row.pins));
	const { numUpdatedRows } = await db
		.updateTable('workshop_participants')
		.set({ assessment_id: chosen.id })
		.where('id', '=', row.id)
		.where('assessment_id', 'is', null)
		.executeTakeFirstOrThrow();
	if (Number(numUpdatedRows) === 1) return chosen.id;
	// Another request linked one first: keep theirs, so the participant has exactly one.
	if (chosen.created) await db.deleteFrom('assessments').where('id', '=', chosen.id).execute();
	const winner = await db
		.selectFrom('workshop_participants')
		.select('assessment_id')
		.where('id', '=', row.id)
		.executeTakeFirstOrThrow();
	return winner.assessment_id ?? undefined;
}

export interface Joined {
	workshopId: string;
	participantId: string;
	assessmentId: string;
	/** False when the organisation had joined before: joining again changes nothing. */
	joinedNow: boolean;
}

/**
 * Joins the organisation to the workshop the code opens and starts its assessment.
 * A wrong code throws invalid_code or not_found, a closed workshop closed; an
 * organisation that already joined gets its participation back, even once it is closed.
 */
export async function join(
	db: Db,
	registry: QuestionnaireRegistry,
	code: string,
	organisationId: string,
	label: string,
	shareName: boolean
): Promise<Joined> {
	const workshop = await workshopByCode(db, code);
	const existing = await participantRow(db, workshop.id, organisationId);
	let joinedNow = false;
	if (!existing) {
		if (workshop.status !== 'open') throw new WorkshopError('closed');
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
	const assessmentId = (await workshopAssessment(
		db,
		registry,
		workshop.id,
		organisationId
	)) as string;
	const row = (await participantRow(db, workshop.id, organisationId)) as { id: string };
	return { workshopId: workshop.id, participantId: row.id, assessmentId, joinedNow };
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
		.leftJoin('assessments as a', 'a.id', 'p.assessment_id')
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
			'a.id as assessment_id',
			'a.status as assessment_status'
		])
		.where('p.organisation_id', '=', organisationId);
	if (onlyWorkshopId) query = query.where('p.workshop_id', '=', onlyWorkshopId);
	const rows = await query.orderBy('p.joined_at', 'desc').execute();
	return rows.map((r) => ({
		workshop: toSummary(r),
		label: r.label,
		shareName: r.share_name === 1,
		shareResult: r.share_result === 1,
		assessmentId: r.assessment_id,
		submitted: r.assessment_status === 'submitted',
		joinedAt: r.joined_at
	}));
}

/**
 * Shares the organisation's full result with the workshop's facilitator, or withdraws it.
 * Returns false when the organisation has not joined the workshop.
 */
export async function setShareResult(
	db: Db,
	workshopId: string,
	organisationId: string,
	share: boolean,
	actorId: string | null
): Promise<boolean> {
	const { numUpdatedRows } = await db
		.updateTable('workshop_participants')
		.set({ share_result: share ? 1 : 0 })
		.where('workshop_id', '=', workshopId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirstOrThrow();
	if (Number(numUpdatedRows) === 0) return false;
	await audit(db, {
		actorId,
		action: share ? 'workshop.share_result' : 'workshop.withdraw_result',
		subjectType: 'workshop',
		subjectId: workshopId
	});
	return true;
}
