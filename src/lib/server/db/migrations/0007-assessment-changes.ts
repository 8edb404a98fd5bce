import type { Kysely } from 'kysely';

// What changed in the questions since the answers were last given (a re-assessment copies
// answers onto newer versions; a draft may move to a newer version): JSON
// {module: {from, added, changed, dropped}}, so the pages can point at what is new.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('assessments')
		.addColumn('changes', 'text', (c) => c.notNull().defaultTo('{}'))
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('assessments').dropColumn('changes').execute();
}
