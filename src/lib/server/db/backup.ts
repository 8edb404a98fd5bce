import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * An online backup of a live SQLite database through SQLite's backup API: consistent even
 * while the app writes, page by page, without blocking writers for long.
 */
export async function backupSqlite(
	source: string,
	destination: string,
	onProgress?: (done: number, total: number) => void
): Promise<void> {
	const db = new Database(source, { readonly: true, fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		await db.backup(destination, {
			progress({ totalPages, remainingPages }) {
				onProgress?.(totalPages - remainingPages, totalPages);
				return 200;
			}
		});
	} finally {
		db.close();
	}
	assertIntact(destination);
}

/**
 * Replaces the database file with a backup. The app must be stopped first: a running
 * process would keep writing to the old file. The old file is kept beside it as .before-restore.
 */
export function restoreSqlite(backup: string, target: string): void {
	assertIntact(backup);
	for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
	if (existsSync(target)) renameSync(target, `${target}.before-restore`);
	const from = new Database(backup, { readonly: true, fileMustExist: true });
	try {
		from.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
	} finally {
		from.close();
	}
	assertIntact(target);
}

export function assertIntact(file: string): void {
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		const result = db.pragma('integrity_check', { simple: true });
		if (result !== 'ok')
			throw new Error(`${file} failed SQLite's integrity check: ${String(result)}`);
	} finally {
		db.close();
	}
}
