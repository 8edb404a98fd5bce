import type { Selectable } from 'kysely';
import type { Pin } from '../../questionnaire/registry';
import { fail, ok, type Result } from '../../result';
import { audit } from '../audit';
import type { Db, WorkshopsTable } from '../db';
import { newId, nowIso } from '../ids';
import { generateJoinCode } from './codes';

export const WORKSHOP_LANGUAGES = ['pl', 'en', 'uk'] as const;
export type WorkshopLanguage = (typeof WORKSHOP_LANGUAGES)[number];

export interface Workshop {
	id: string;
	title: string;
	association: string;
	/** YYYY-MM-DD */
	date: string;
	place: string | null;
	online: boolean;
	language: WorkshopLanguage;
	pins: Pin[];
	joinCode: string;
	status: 'open' | 'closed';
	followUpOf: string | null;
	createdAt: string;
}

export interface NewWorkshop {
	title: string;
	association: string;
	date: string;
	place: string | null;
	online: boolean;
	language: WorkshopLanguage;
	pins: Pin[];
	followUpOf: string | null;
}

/** A refusal a person can act on; the route turns the reason into a message. */
export type WorkshopRefusal = 'invalid_code' | 'not_found' | 'closed' | 'follow_up_not_found';

function toWorkshop(row: Selectable<WorkshopsTable>): Workshop {
	return {
		id: row.id,
		title: row.title,
		association: row.association,
		date: row.date,
		place: row.place,
		online: row.online === 1,
		language: row.language,
		pins: row.pins,
		joinCode: row.join_code,
		status: row.status,
		followUpOf: row.follow_up_of,
		createdAt: row.created_at
	};
}

// A clash among 100 million codes is rare; a few fresh draws make a failure all but impossible.
const CODE_ATTEMPTS = 20;

export interface WorkshopRequest {
	facilitatorId: string;
	workshop: NewWorkshop;
	/** Draws a join code; random unless a test needs them to clash. */
	nextCode?: () => string;
}

/** Creates a workshop with a fresh join code; a follow-up must be of one's own workshop. */
export async function createWorkshop(
	db: Db,
	request: WorkshopRequest
): Promise<Result<Workshop, 'follow_up_not_found'>> {
	const { facilitatorId, workshop: input, nextCode = generateJoinCode } = request;
	if (input.followUpOf && !(await getWorkshop(db, facilitatorId, input.followUpOf))) {
		return fail('follow_up_not_found');
	}
	const id = newId();
	for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
		const { numInsertedOrUpdatedRows } = await db
			.insertInto('workshops')
			.values({
				id,
				facilitator_id: facilitatorId,
				title: input.title.trim(),
				association: input.association.trim(),
				date: input.date,
				place: input.online ? null : (input.place?.trim() ?? null),
				online: input.online ? 1 : 0,
				language: input.language,
				pins: JSON.stringify(input.pins),
				join_code: nextCode(),
				status: 'open',
				follow_up_of: input.followUpOf,
				created_at: nowIso()
			})
			.onConflict((oc) => oc.column('join_code').doNothing())
			.executeTakeFirstOrThrow();
		if (Number(numInsertedOrUpdatedRows) === 1) {
			await audit(db, {
				actorId: facilitatorId,
				action: 'workshop.create',
				subjectType: 'workshop',
				subjectId: id
			});
			return ok((await getWorkshop(db, facilitatorId, id))!);
		}
	}
	throw new Error('no free join code found');
}

/** The facilitator's own workshop, or undefined for any other (never telling which). */
export async function getWorkshop(
	db: Db,
	facilitatorId: string,
	id: string
): Promise<Workshop | undefined> {
	const row = await db
		.selectFrom('workshops')
		.selectAll()
		.where('id', '=', id)
		.where('facilitator_id', '=', facilitatorId)
		.executeTakeFirst();
	return row && toWorkshop(row);
}

export interface WorkshopListItem extends Workshop {
	participants: number;
}

/** The facilitator's workshops, newest first, with how many organisations joined each. */
export async function listWorkshops(db: Db, facilitatorId: string): Promise<WorkshopListItem[]> {
	const rows = await db
		.selectFrom('workshops')
		.selectAll('workshops')
		.select((eb) =>
			eb
				.selectFrom('workshop_participants')
				.select((e) => e.fn.countAll().as('n'))
				.whereRef('workshop_participants.workshop_id', '=', 'workshops.id')
				.as('participants')
		)
		.where('facilitator_id', '=', facilitatorId)
		.orderBy('date', 'desc')
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((r) => ({ ...toWorkshop(r), participants: Number(r.participants ?? 0) }));
}

/** Stops new joins; those who joined keep working. Another's workshop is not_found. */
export async function closeWorkshop(
	db: Db,
	facilitatorId: string,
	id: string
): Promise<Result<undefined, 'not_found'>> {
	const { numUpdatedRows } = await db
		.updateTable('workshops')
		.set({ status: 'closed' })
		.where('id', '=', id)
		.where('facilitator_id', '=', facilitatorId)
		.executeTakeFirstOrThrow();
	if (Number(numUpdatedRows) === 0) return fail('not_found');
	await audit(db, {
		actorId: facilitatorId,
		action: 'workshop.close',
		subjectType: 'workshop',
		subjectId: id
	});
	return ok();
}

/** The facilitator's workshops that follow up the given one. */
export async function followUpsOf(db: Db, facilitatorId: string, id: string): Promise<Workshop[]> {
	const rows = await db
		.selectFrom('workshops')
		.selectAll()
		.where('follow_up_of', '=', id)
		.where('facilitator_id', '=', facilitatorId)
		.orderBy('date')
		.execute();
	return rows.map(toWorkshop);
}
