// The database: opened on SQLite or PostgreSQL, its row types, migrations and SQLite backups.
export {
	databaseUrl,
	engineOf,
	inTransaction,
	isUniqueViolation,
	openDb,
	type DB,
	type Db,
	type Engine
} from './connection';
export type * from './schema';
export { migrateToLatest } from './migrate';
export { backupSqlite, restoreSqlite } from './backup';
