import type { Kysely } from 'kysely';

// The facts the inspectors' aggregates are built from, written once at submission.
// Nothing here can name an organisation: the ids are kept only so that an organisation
// counts once per quarter (its latest submission) and so that its facts can be deleted
// when it opts out or is deleted (the foreign keys cascade). The exact time is kept to
// tell which submission is the latest; only the quarter ever leaves the server.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('stat_submissions')
		.addColumn('assessment_id', 'text', (c) =>
			c.primaryKey().references('assessments.id').onDelete('cascade')
		)
		.addColumn('organisation_id', 'text', (c) =>
			c.notNull().references('organisations.id').onDelete('cascade')
		)
		.addColumn('period', 'text', (c) => c.notNull()) // YYYY-Qn, in Polish time
		.addColumn('sector', 'text', (c) => c.notNull()) // NACE section letter, A-U
		.addColumn('size_band', 'text', (c) => c.notNull())
		.addColumn('voivodeship', 'text', (c) => c.notNull())
		.addColumn('overall_level', 'text', (c) => c.notNull())
		.addColumn('flagged', 'integer', (c) => c.notNull()) // 1 when any flag was raised
		.addColumn('submitted_at', 'text', (c) => c.notNull())
		.execute();
	// One row per organisation and quarter; also serves "is there a later quarter?".
	await db.schema
		.createIndex('stat_submissions_organisation_period')
		.on('stat_submissions')
		.columns(['organisation_id', 'period'])
		.unique()
		.execute();
	await db.schema
		.createIndex('stat_submissions_period')
		.on('stat_submissions')
		.columns(['period', 'organisation_id'])
		.execute();

	await db.schema
		.createTable('stat_module_levels')
		.addColumn('assessment_id', 'text', (c) =>
			c.notNull().references('stat_submissions.assessment_id').onDelete('cascade')
		)
		.addColumn('module_id', 'text', (c) => c.notNull())
		.addColumn('module_version', 'text', (c) => c.notNull())
		.addColumn('band', 'text', (c) => c.notNull()) // low | medium | high
		.addColumn('critical', 'integer', (c) => c.notNull()) // 0/1
		.addPrimaryKeyConstraint('stat_module_levels_pk', ['assessment_id', 'module_id'])
		.execute();

	await db.schema
		.createTable('stat_flags')
		.addColumn('assessment_id', 'text', (c) =>
			c.notNull().references('stat_submissions.assessment_id').onDelete('cascade')
		)
		.addColumn('module_id', 'text', (c) => c.notNull())
		.addColumn('flag_id', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('stat_flags_pk', ['assessment_id', 'module_id', 'flag_id'])
		.execute();

	await db.schema
		.createTable('stat_ilo')
		.addColumn('assessment_id', 'text', (c) =>
			c.notNull().references('stat_submissions.assessment_id').onDelete('cascade')
		)
		.addColumn('code', 'text', (c) => c.notNull()) // one of the 11 ILO indicator codes
		.addColumn('risk', 'integer', (c) => c.notNull()) // highest risk, 0-3
		.addPrimaryKeyConstraint('stat_ilo_pk', ['assessment_id', 'code'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const t of ['stat_ilo', 'stat_flags', 'stat_module_levels', 'stat_submissions']) {
		await db.schema.dropTable(t).execute();
	}
}
