// Takes an online backup of the SQLite database while the app runs:
//   npm run db:backup -- [destination]   (default backups/app-<time>.db)
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupSqlite, databaseUrl, engineOf } from '../src/lib/server/db';

const source = databaseUrl();
if (engineOf(source) !== 'sqlite') {
	console.error('DATABASE_URL is PostgreSQL: use pg_dump for it; this command backs up SQLite.');
	process.exit(2);
}
const stamp = new Date().toISOString().replaceAll(':', '-').slice(0, 19);
const destination = process.argv[2] ?? `backups/app-${stamp}.db`;
mkdirSync(dirname(destination), { recursive: true });
let last = -1;
try {
	await backupSqlite(source, destination, (done, total) => {
		const pct = total ? Math.floor((100 * done) / total) : 100;
		if (pct >= last + 10 || pct === 100) {
			process.stdout.write(`\rBacking up ${source}: ${pct}%`);
			last = pct;
		}
	});
	console.log(`\nBackup written to ${destination} (integrity check passed).`);
} catch (e) {
	console.error(`\nBackup failed: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
