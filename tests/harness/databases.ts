import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Db, type Engine, engineOf, migrateToLatest, openDb } from '../../src/lib/server/db';

/** A database of its own for one test or benchmark run, removed by drop(). */
export interface ScratchDb {
	url: string;
	engine: Engine;
	/** Opens it migrated (the server migrates too, on start; both are idempotent). */
	open(): Promise<Db>;
	drop(): Promise<void>;
}

/** The PostgreSQL server to use besides SQLite, when one is configured. */
export function postgresUrl(): string | undefined {
	return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

async function migrated(url: string): Promise<Db> {
	const db = openDb(url);
	await migrateToLatest(db);
	return db;
}

/** A fresh SQLite file in a temporary folder. */
export function scratchSqlite(): ScratchDb {
	const dir = mkdtempSync(join(tmpdir(), 'reliability-'));
	const url = join(dir, 'app.db');
	return {
		url,
		engine: 'sqlite',
		open: () => migrated(url),
		drop: async () => rmSync(dir, { recursive: true, force: true })
	};
}

/**
 * A fresh database on the configured PostgreSQL server (a whole database rather than a schema:
 * the built server takes a plain URL and cannot be told a search_path).
 */
export async function scratchPostgres(serverUrl: string): Promise<ScratchDb> {
	const name = `reliability_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.href,
		engine: engineOf(url.href),
		open: () => migrated(url.href),
		async drop() {
			const c = new pg.Client({ connectionString: serverUrl });
			await c.connect();
			await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await c.end();
		}
	};
}

/** The engines a run covers: SQLite always, PostgreSQL when a server is configured. */
export function scratchEngines(): Engine[] {
	return postgresUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function scratchDb(engine: Engine): Promise<ScratchDb> {
	if (engine === 'sqlite') return scratchSqlite();
	const url = postgresUrl();
	if (!url) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL for PostgreSQL.');
	return scratchPostgres(url);
}
