import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openDb, type DB, type Db, type Engine } from './connection';
import { migrateToLatest } from './migrate';

/** The engines the database tests run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testEngines: Engine[] = process.env.TEST_DATABASE_URL
	? ['sqlite', 'postgres']
	: ['sqlite'];

export interface TestDb {
	db: Db;
	engine: Engine;
	close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test: an in-memory SQLite database, or a
 * schema of its own in the PostgreSQL test database, dropped on close.
 */
export async function freshDb(engine: Engine = 'sqlite'): Promise<TestDb> {
	if (engine === 'sqlite') {
		const db = openDb(':memory:');
		await migrateToLatest(db);
		return { db, engine, close: () => db.destroy() };
	}
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('TEST_DATABASE_URL is not set');
	const schema = `t_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`CREATE SCHEMA ${schema}`);
	await admin.end();
	const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${schema}` });
	const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
	// Test files run in parallel, each in a schema of its own: name it, or the migrator
	// may take another file's bookkeeping tables for its own.
	await underSchemaLock(url, 'shared', () => migrateToLatest(db, schema));
	return {
		db,
		engine,
		async close() {
			await db.destroy();
			await underSchemaLock(url, 'exclusive', async (c) => {
				await c.query(`DROP SCHEMA ${schema} CASCADE`);
			});
		}
	};
}

/** Any number of migrations at once, or one schema being dropped: never both. */
const SCHEMA_LOCK = 7_431_911;

/**
 * Kysely's migrator reads the tables of every schema to find its own; a schema another
 * test file drops at that moment makes the read fail ("relation … does not exist"). An
 * advisory lock, shared by migrations and exclusive for a drop, keeps the two apart.
 */
async function underSchemaLock<T>(
	url: string,
	mode: 'shared' | 'exclusive',
	work: (client: pg.Client) => Promise<T>
): Promise<T> {
	const c = new pg.Client({ connectionString: url });
	await c.connect();
	const suffix = mode === 'shared' ? '_shared' : '';
	try {
		await c.query(`SELECT pg_advisory_lock${suffix}($1)`, [SCHEMA_LOCK]);
		return await work(c);
	} finally {
		await c.query(`SELECT pg_advisory_unlock${suffix}($1)`, [SCHEMA_LOCK]).catch(() => {});
		await c.end();
	}
}
