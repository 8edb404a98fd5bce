// Applies pending migrations to DATABASE_URL (an SQLite path, default data/app.db, or postgres://).
import { databaseUrl, migrateToLatest, openDb } from '../src/lib/server/db';

const url = databaseUrl();
const db = openDb(url);
try {
	const applied = await migrateToLatest(db);
	console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
