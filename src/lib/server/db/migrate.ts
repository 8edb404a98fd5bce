import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import type { Db } from './connection';
import { migrations } from './migrations/index';

class StaticProvider implements MigrationProvider {
	async getMigrations(): Promise<Record<string, Migration>> {
		return migrations;
	}
}

/**
 * Applies every numbered migration not yet applied; throws with the failing one's name.
 * `schema` names the PostgreSQL schema that holds Kysely's own bookkeeping tables: without
 * it Kysely takes a bookkeeping table in any schema as its own, so databases in sibling
 * schemas (the tests' fresh ones) would read each other's.
 */
export async function migrateToLatest(db: Db, schema?: string): Promise<string[]> {
	const migrator = new Migrator({
		db,
		provider: new StaticProvider(),
		...(schema ? { migrationTableSchema: schema } : {})
	});
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error) {
		const where = failed ? ` in migration ${failed.migrationName}` : '';
		throw new Error(`Database migration failed${where}: ${String(error)}`, { cause: error });
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
