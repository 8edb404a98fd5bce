import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './index';
import { migrations } from './migrations/index';

class StaticProvider implements MigrationProvider {
	async getMigrations(): Promise<Record<string, Migration>> {
		return migrations;
	}
}

/**
 * Applies every numbered migration not yet applied; throws with the failing one's name.
 * `schema` keeps Kysely's own bookkeeping tables in that PostgreSQL schema: without it,
 * Kysely finds them in any schema of the database and can skip creating its own.
 */
export async function migrateToLatest(db: Db, schema?: string): Promise<string[]> {
	const migrator = new Migrator({
		db,
		provider: new StaticProvider(),
		migrationTableSchema: schema
	});
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error) {
		const where = failed ? ` in migration ${failed.migrationName}` : '';
		throw new Error(`Database migration failed${where}: ${String(error)}`, { cause: error });
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
