import type { Kysely } from 'kysely';

// Ids are random text (no autoincrement: the same on both engines); times are ISO-8601
// text in UTC, which sorts correctly; booleans are 0/1 integers on both engines.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('organisations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.unique())
		.addColumn('password_hash', 'text')
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('organisation_id', 'text', (c) =>
			c.references('organisations.id').onDelete('cascade')
		)
		.addColumn('display_name', 'text')
		.addColumn('is_guest', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('password_changed_at', 'text')
		.execute();
	await db.schema.createIndex('users_organisation').on('users').column('organisation_id').execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

	// Fixed-window counters shared by every server process, so limits hold behind a balancer.
	await db.schema
		.createTable('rate_limits')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('window_start', 'text', (c) => c.notNull())
		.addColumn('count', 'integer', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('subject_type', 'text')
		.addColumn('subject_id', 'text')
		.addColumn('detail', 'text')
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const t of ['audit_log', 'rate_limits', 'sessions', 'users', 'organisations']) {
		await db.schema.dropTable(t).execute();
	}
}
