import type { Kysely } from 'kysely';

const ILO_COLUMNS = ['av', 'dc', 'rm', 'is', 'pv', 'it', 'id', 'ww', 'db', 'ac', 'eo'];

// The facts the inspectors' aggregates are built from, written once at submission.
// Nothing here can name an organisation: the ids are kept only so that an organisation
// counts once per quarter (its latest submission) and so that its facts can be deleted
// when it opts out or is deleted (the foreign keys cascade). The exact time is kept to
// tell which submission is the latest; only the quarter ever leaves the server.
//
// Shaped for speed at 100 000 submissions (bench/aggregates.bench.ts): the eleven ILO
// indicators are columns rather than eleven rows per submission, `latest` marks each
// organisation's latest quarter instead of a correlated subquery per row, and the
// module rows carry copies of their submission's dimensions so that every module table
// is read in order from one covering index, without a join or a sort.
export async function up(db: Kysely<unknown>): Promise<void> {
	let submissions = db.schema
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
		.addColumn('latest', 'integer', (c) => c.notNull()) // 1 in the organisation's latest quarter
		.addColumn('submitted_at', 'text', (c) => c.notNull());
	for (const code of ILO_COLUMNS) {
		// Highest risk (0-3) among the questions mapped to the indicator; null: none asked.
		submissions = submissions.addColumn(`ilo_${code}`, 'integer');
	}
	await submissions.execute();
	// One row per organisation and quarter.
	await db.schema
		.createIndex('stat_submissions_organisation_period')
		.on('stat_submissions')
		.columns(['organisation_id', 'period'])
		.unique()
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
		// Copies of the submission's row, kept equal by the code that writes both.
		.addColumn('latest', 'integer', (c) => c.notNull())
		.addColumn('period', 'text', (c) => c.notNull())
		.addColumn('sector', 'text', (c) => c.notNull())
		.addColumn('size_band', 'text', (c) => c.notNull())
		.addColumn('voivodeship', 'text', (c) => c.notNull())
		.addColumn('flagged', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('stat_module_levels_pk', ['assessment_id', 'module_id'])
		.execute();
	const measures = ['band', 'critical', 'flagged'];
	for (const dim of ['sector', 'size_band', 'voivodeship']) {
		await db.schema
			.createIndex(`stat_module_levels_${dim}`)
			.on('stat_module_levels')
			.columns(['latest', 'module_id', 'module_version', dim, ...measures])
			.execute();
	}
	await db.schema
		.createIndex('stat_module_levels_period')
		.on('stat_module_levels')
		.columns(['module_id', 'module_version', 'period', ...measures])
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
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const t of ['stat_flags', 'stat_module_levels', 'stat_submissions']) {
		await db.schema.dropTable(t).execute();
	}
}
