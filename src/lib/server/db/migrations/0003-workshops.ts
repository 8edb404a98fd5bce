import type { Kysely } from 'kysely';

// Workshops link to assessments only through the participant row, so the assessments
// table stays the employer's own and an assessment started in a workshop is like any other.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('workshops')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('facilitator_id', 'text', (c) =>
			c.notNull().references('users.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('association', 'text', (c) => c.notNull())
		.addColumn('date', 'text', (c) => c.notNull()) // YYYY-MM-DD
		.addColumn('place', 'text')
		.addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('language', 'text', (c) => c.notNull())
		// JSON [{module, version, sha256}]: the versions every participant's assessment pins.
		.addColumn('pins', 'text', (c) => c.notNull())
		.addColumn('join_code', 'text', (c) => c.notNull().unique())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open')) // open | closed
		.addColumn('follow_up_of', 'text', (c) => c.references('workshops.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('workshops_facilitator')
		.on('workshops')
		.columns(['facilitator_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('workshop_participants')
		// Its own id, so a facilitator's link to a shared result never shows an organisation id.
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('workshop_id', 'text', (c) =>
			c.notNull().references('workshops.id').onDelete('cascade')
		)
		.addColumn('organisation_id', 'text', (c) =>
			c.notNull().references('organisations.id').onDelete('cascade')
		)
		.addColumn('label', 'text', (c) => c.notNull())
		.addColumn('share_name', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('share_result', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('assessment_id', 'text', (c) => c.references('assessments.id').onDelete('set null'))
		.addColumn('joined_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('workshop_participants_once', ['workshop_id', 'organisation_id'])
		.execute();
	await db.schema
		.createIndex('workshop_participants_organisation')
		.on('workshop_participants')
		.column('organisation_id')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('workshop_participants').execute();
	await db.schema.dropTable('workshops').execute();
}
