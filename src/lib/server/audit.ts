import type { Db } from './db';
import { newId, nowIso } from './ids';

/** Records who did what to which subject; never the content of answers. */
export async function audit(
	db: Db,
	entry: {
		actorId: string | null;
		action: string;
		subjectType?: string;
		subjectId?: string;
		detail?: string;
	}
): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			id: newId(),
			at: nowIso(),
			actor_id: entry.actorId,
			action: entry.action,
			subject_type: entry.subjectType ?? null,
			subject_id: entry.subjectId ?? null,
			detail: entry.detail ?? null
		})
		.execute();
}

export async function recentAudit(db: Db, limit = 100) {
	return db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').limit(limit).execute();
}

export interface AuditEntry {
	id: string;
	at: string;
	action: string;
	actorEmail: string | null;
	subjectType: string | null;
	subjectEmail: string | null;
	detail: string | null;
}

/** The newest entries with the e-mail of who acted and, for accounts, of whom it was done to. */
export async function recentAuditWithPeople(db: Db, limit = 100): Promise<AuditEntry[]> {
	const rows = await db
		.selectFrom('audit_log')
		.leftJoin('users as actor', 'actor.id', 'audit_log.actor_id')
		.leftJoin('users as subject', (join) =>
			join
				.onRef('subject.id', '=', 'audit_log.subject_id')
				.on('audit_log.subject_type', '=', 'user')
		)
		.select([
			'audit_log.id',
			'audit_log.at',
			'audit_log.action',
			'audit_log.subject_type',
			'audit_log.detail',
			'actor.email as actor_email',
			'subject.email as subject_email'
		])
		.orderBy('audit_log.at', 'desc')
		.orderBy('audit_log.id')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		at: r.at,
		action: r.action,
		actorEmail: r.actor_email,
		subjectType: r.subject_type,
		subjectEmail: r.subject_email,
		detail: r.detail
	}));
}
