import type { Kysely } from 'kysely';

// What changed in the questions since the answers were last given (a re-assessment copies
// answers onto newer versions; a draft may move to a newer version), so the pages can point
// at what is new: JSON {module: {from, added, changed, dropped}}. A table of its own, one row
// per assessment that has anything to say, so the assessments table keeps its shape.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('assessment_changes')
		.addColumn('assessment_id', 'text', (c) =>
			c.primaryKey().references('assessments.id').onDelete('cascade')
		)
		.addColumn('changes', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('assessment_changes').execute();
}
