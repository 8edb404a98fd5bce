import { config } from './config';
import { openDb, type Db } from './db/index';
import { migrateToLatest } from './db/migrate';

// One database handle per process; all state lives in the database, so several
// processes can serve one PostgreSQL.
let db: Db | undefined;
let ready: Promise<void> | undefined;

export function getDb(): Db {
	db ??= openDb(config.databaseUrl);
	return db;
}

/** Applies pending migrations once per process, before the first request is served. */
export function prepareDatabase(): Promise<void> {
	ready ??= migrateToLatest(getDb()).then(() => undefined);
	return ready;
}
