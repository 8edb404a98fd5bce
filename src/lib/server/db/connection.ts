import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import type { DB } from './schema';
import { withJsonColumns } from './json-columns';
import { withStatementCache } from './statement-cache';

export type { DB } from './schema';
export type Db = Kysely<DB>;
export type Engine = 'sqlite' | 'postgres';

// count(*) and other int8 values come back as strings through pg; the app never
// counts past 2^53, so numbers are safe and keep both engines returning the same type.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function engineOf(url: string): Engine {
	return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Opens Kysely on the database named by url: a postgres:// URL or an SQLite file path. */
export function openDb(url: string): Db {
	if (engineOf(url) === 'postgres') {
		return new Kysely<DB>({
			dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) })
		});
	}
	if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
	const sqlite = new Database(url);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const database = withJsonColumns(withStatementCache(sqlite));
	return new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
}

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
	return env.DATABASE_URL?.trim() || 'data/app.db';
}

/**
 * Runs fn in a transaction, or inside the caller's when db already is one, so a domain
 * function can be composed with others (an audit entry, say) into one atomic write.
 */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
	return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** A unique constraint refused a row (SQLite and PostgreSQL report it differently). */
export function isUniqueViolation(err: unknown): boolean {
	const code = (err as { code?: unknown } | null)?.code;
	return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
