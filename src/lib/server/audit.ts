import type { Db } from './db/index';
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
