import type { Kysely } from 'kysely';

// A plan is generated from the submitted result on its first visit; two first visits at
// once must not give every action twice. Own actions (source null) stay free: NULLs are
// distinct in a unique index on both engines.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createIndex('action_items_source')
		.on('action_items')
		.columns(['assessment_id', 'source'])
		.unique()
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('action_items_source').execute();
}
