import { PostgresAdapter, sql, type Kysely } from 'kysely';

// The JSON columns become PostgreSQL's json type, which pg parses on reading, so a row
// comes back with its pins, result and answers as values, as the row types say. json, not
// jsonb: it keeps the text as written, key order included, the same as SQLite's TEXT.
// SQLite keeps TEXT; the database layer parses those columns there (db/json-columns.ts).
const COLUMNS: [table: string, column: string][] = [
	['assessments', 'pins'],
	['assessments', 'result'],
	['answers', 'value'],
	['suppliers', 'pin'],
	['suppliers', 'answers'],
	['workshops', 'pins'],
	['assessment_changes', 'changes']
];

const onPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

async function retype(db: Kysely<unknown>, type: 'json' | 'text'): Promise<void> {
	// A default of the old type would not convert by itself.
	await sql`ALTER TABLE suppliers ALTER COLUMN answers DROP DEFAULT`.execute(db);
	for (const [table, column] of COLUMNS) {
		await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN ${sql.ref(column)} TYPE ${sql.raw(type)} USING ${sql.ref(column)}::${sql.raw(type)}`.execute(
			db
		);
	}
	await sql`ALTER TABLE suppliers ALTER COLUMN answers SET DEFAULT ${sql.lit('{}')}`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
	if (onPostgres(db)) await retype(db, 'json');
}

export async function down(db: Kysely<unknown>): Promise<void> {
	if (onPostgres(db)) await retype(db, 'text');
}
