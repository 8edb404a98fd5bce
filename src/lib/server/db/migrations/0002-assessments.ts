import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('assessments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organisation_id', 'text', (c) =>
			c.notNull().references('organisations.id').onDelete('cascade')
		)
		.addColumn('status', 'text', (c) => c.notNull()) // draft | submitted
		// Every save carries the revision it was based on; an older one is refused.
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		// JSON [{module, version, sha256}] pinned when the assessment starts.
		.addColumn('pins', 'text', (c) => c.notNull())
		.addColumn('previous_id', 'text', (c) => c.references('assessments.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('submitted_at', 'text')
		// JSON snapshot of the scoring result at submission.
		.addColumn('result', 'text')
		.addColumn('overall_level', 'text')
		.addColumn('stats_opt_out', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('assessments_organisation')
		.on('assessments')
		.columns(['organisation_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('answers')
		.addColumn('assessment_id', 'text', (c) =>
			c.notNull().references('assessments.id').onDelete('cascade')
		)
		.addColumn('module_id', 'text', (c) => c.notNull())
		.addColumn('question_id', 'text', (c) => c.notNull())
		.addColumn('value', 'text', (c) => c.notNull()) // JSON
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('answers_pk', ['assessment_id', 'module_id', 'question_id'])
		.execute();

	await db.schema
		.createTable('suppliers')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organisation_id', 'text', (c) =>
			c.notNull().references('organisations.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('country', 'text')
		.addColumn('kraz_number', 'text')
		// JSON {module, version, sha256} of the supplier module its answers belong to.
		.addColumn('pin', 'text', (c) => c.notNull())
		.addColumn('answers', 'text', (c) => c.notNull().defaultTo('{}')) // JSON
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('suppliers_organisation')
		.on('suppliers')
		.column('organisation_id')
		.execute();

	await db.schema
		.createTable('action_items')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('assessment_id', 'text', (c) =>
			c.notNull().references('assessments.id').onDelete('cascade')
		)
		// The catalogue action (module:action) it came from, or null for the employer's own.
		.addColumn('source', 'text')
		.addColumn('title', 'text')
		.addColumn('priority', 'text', (c) => c.notNull())
		.addColumn('owner', 'text')
		.addColumn('due_date', 'text')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('note', 'text')
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('action_items_assessment')
		.on('action_items')
		.column('assessment_id')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const t of ['action_items', 'suppliers', 'answers', 'assessments']) {
		await db.schema.dropTable(t).execute();
	}
}
