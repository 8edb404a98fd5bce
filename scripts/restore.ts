// Restores the SQLite database from a backup; stop the app first:
//   npm run db:restore -- backups/app-2026-11-30T10-00-00.db
import { databaseUrl, engineOf, restoreSqlite } from '../src/lib/server/db';

const target = databaseUrl();
const backup = process.argv[2];
if (!backup || engineOf(target) !== 'sqlite') {
	console.error('usage: npm run db:restore -- BACKUP_FILE   (SQLite only; stop the app first)');
	process.exit(2);
}
try {
	restoreSqlite(backup, target);
	console.log(
		`Restored ${target} from ${backup}; the previous file is kept as ${target}.before-restore.`
	);
} catch (e) {
	console.error(`Restore failed: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
