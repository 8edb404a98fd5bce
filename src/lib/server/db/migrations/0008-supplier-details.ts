import type { Kysely } from 'kysely';

// A supplier's kind and KRAZ number are its details, in the kind and kraz_number columns; the
// answers JSON kept a copy of both, written on every change. The copies go: the columns answer
// the supplier module's kind and kraz_number questions when the answers are read.
interface Row {
	id: string;
	kind: string;
	kraz_number: string | null;
	/** Text in PostgreSQL until 0009 makes it json; SQLite's driver hands it over parsed. */
	answers: string | Record<string, unknown>;
}

type Db = Kysely<{ suppliers: Row }>;

const DETAILS = ['kind', 'kraz_number'];

async function rewrite(db: Db, change: (answers: Record<string, unknown>, row: Row) => void) {
	const rows = await db.selectFrom('suppliers').selectAll().execute();
	for (const row of rows) {
		const stored = typeof row.answers === 'string' ? row.answers : JSON.stringify(row.answers);
		const answers = JSON.parse(stored) as Record<string, unknown>;
		change(answers, row);
		const next = JSON.stringify(answers);
		if (next !== stored) {
			await db.updateTable('suppliers').set({ answers: next }).where('id', '=', row.id).execute();
		}
	}
}

export async function up(db: Kysely<unknown>): Promise<void> {
	await rewrite(db as unknown as Db, (answers) => {
		for (const id of DETAILS) delete answers[id];
	});
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await rewrite(db as unknown as Db, (answers, row) => {
		answers.kind = row.kind;
		if (row.kraz_number !== null) answers.kraz_number = row.kraz_number;
	});
}
