import { fail, ok, type Result } from '../../result';
import { exportedAnswers, exportedAssessments, organisationAssessments } from '../assessments';
import type { Db } from '../db';
import { audit } from '../audit';
import { nowIso } from '../ids';

/** Version of the export's shape, so a reader knows how to take it apart. */
export const EXPORT_FORMAT = 1;

export async function organisationName(db: Db, organisationId: string): Promise<string | null> {
	const row = await db
		.selectFrom('organisations')
		.select('name')
		.where('id', '=', organisationId)
		.executeTakeFirst();
	return row?.name ?? null;
}

/**
 * Everything the app holds about one organisation, as plain JSON: its accounts (never
 * password hashes or sessions), assessments with every answer and stored result, the
 * supplier register and the action plans.
 */
export async function exportOrganisation(db: Db, organisationId: string) {
	const organisation = await db
		.selectFrom('organisations')
		.selectAll()
		.where('id', '=', organisationId)
		.executeTakeFirst();
	if (!organisation) return null;
	const [users, assessments, answers, items, suppliers, workshops] = await Promise.all([
		db
			.selectFrom('users')
			.select([
				'id',
				'email',
				'role',
				'display_name',
				'is_guest',
				'created_at',
				'password_changed_at'
			])
			.where('organisation_id', '=', organisationId)
			.orderBy('created_at')
			.execute(),
		exportedAssessments(db, organisationId),
		exportedAnswers(db, organisationId),
		db
			.selectFrom('action_items')
			.selectAll()
			.where('assessment_id', 'in', organisationAssessments(db, organisationId))
			.orderBy('position')
			.execute(),
		db
			.selectFrom('suppliers')
			.selectAll()
			.where('organisation_id', '=', organisationId)
			.orderBy('created_at')
			.execute(),
		db
			.selectFrom('workshop_participants')
			.innerJoin('workshops', 'workshops.id', 'workshop_participants.workshop_id')
			.select([
				'workshops.title',
				'workshops.association',
				'workshops.date',
				'workshop_participants.label',
				'workshop_participants.share_name',
				'workshop_participants.share_result',
				'workshop_participants.assessment_id',
				'workshop_participants.joined_at'
			])
			.where('workshop_participants.organisation_id', '=', organisationId)
			.orderBy('workshop_participants.joined_at')
			.execute()
	]);
	return {
		format: EXPORT_FORMAT,
		exportedAt: nowIso(),
		organisation: {
			id: organisation.id,
			name: organisation.name,
			createdAt: organisation.created_at
		},
		users: users.map((u) => ({
			id: u.id,
			email: u.email,
			role: u.role,
			displayName: u.display_name,
			isGuest: u.is_guest === 1,
			createdAt: u.created_at,
			passwordChangedAt: u.password_changed_at
		})),
		assessments: assessments.map((a) => ({
			id: a.id,
			status: a.status,
			revision: a.revision,
			pins: a.pins,
			previousId: a.previous_id,
			createdAt: a.created_at,
			updatedAt: a.updated_at,
			submittedAt: a.submitted_at,
			overallLevel: a.overall_level,
			statsOptOut: a.stats_opt_out === 1,
			answers: answers
				.filter((r) => r.assessment_id === a.id)
				.map((r) => ({
					module: r.module_id,
					question: r.question_id,
					value: r.value,
					updatedAt: r.updated_at
				})),
			result: a.result,
			actionItems: items
				.filter((i) => i.assessment_id === a.id)
				.map((i) => ({
					id: i.id,
					source: i.source,
					title: i.title,
					priority: i.priority,
					owner: i.owner,
					dueDate: i.due_date,
					status: i.status,
					note: i.note,
					updatedAt: i.updated_at
				}))
		})),
		suppliers: suppliers.map((s) => ({
			id: s.id,
			name: s.name,
			kind: s.kind,
			country: s.country,
			krazNumber: s.kraz_number,
			pin: s.pin,
			answers: s.answers,
			createdAt: s.created_at,
			updatedAt: s.updated_at
		})),
		workshops: workshops.map((w) => ({
			title: w.title,
			association: w.association,
			date: w.date,
			label: w.label,
			sharesName: w.share_name === 1,
			sharesResult: w.share_result === 1,
			assessmentId: w.assessment_id,
			joinedAt: w.joined_at
		}))
	};
}

export type OrganisationExport = NonNullable<Awaited<ReturnType<typeof exportOrganisation>>>;

/** Whether the typed confirmation names the organisation (spacing at the ends does not count). */
export function confirmsName(typed: string, name: string): boolean {
	return typed.trim().replace(/\s+/g, ' ') === name.trim().replace(/\s+/g, ' ');
}

/**
 * Deletes the organisation and, through the foreign keys' cascades, its accounts, sessions,
 * assessments, answers, action plans and suppliers, in one transaction. `forget` runs first
 * in the same transaction, for data that does not cascade. The audit log records who and
 * when, never what was deleted.
 */
export async function deleteOrganisation(
	db: Db,
	deletion: {
		organisationId: string;
		actorId: string;
		forget?: (tx: Db, organisationId: string) => Promise<unknown>;
	}
): Promise<Result<undefined, 'not_found'>> {
	const { organisationId, actorId, forget } = deletion;
	return db.transaction().execute(async (tx) => {
		if (forget) await forget(tx, organisationId);
		const result = await tx
			.deleteFrom('organisations')
			.where('id', '=', organisationId)
			.executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) return fail('not_found');
		await audit(tx, {
			actorId,
			action: 'organisation.deleted',
			subjectType: 'organisation',
			subjectId: organisationId
		});
		return ok();
	});
}
