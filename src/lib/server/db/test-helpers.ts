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
	await migrateToLatest(db, schema);
	return {
		db,
		engine,
		async close() {
			await db.destroy();
			const c = new pg.Client({ connectionString: url });
			await c.connect();
			await c.query(`DROP SCHEMA ${schema} CASCADE`);
			await c.end();
		}
	};
}
