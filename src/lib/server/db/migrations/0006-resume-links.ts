import type { Kysely } from 'kysely';

// A guest has no password; a private link lets the same person reopen their work in another
// browser. Only the SHA-256 of the link's secret is kept, so the table cannot be replayed.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('resume_links')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('resume_links_user').on('resume_links').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('resume_links').execute();
}
