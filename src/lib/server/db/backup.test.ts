import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertIntact, backupSqlite, restoreSqlite } from './backup';
import { openDb } from './connection';
import { migrateToLatest } from './migrate';

async function seeded(file: string, rows: number) {
	const db = openDb(file);
	await migrateToLatest(db);
	for (let i = 0; i < rows; i++) {
		await db
			.insertInto('organisations')
			.values({
				id: `o${i}`,
				name: `Firma ${i} — zażółć gęślą jaźń`,
				created_at: new Date().toISOString()
			})
			.execute();
	}
	return db;
}

describe('SQLite backup and restore', () => {
	it('backs up a live database while it is written to, and restores the same data', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'backup-'));
		const live = join(dir, 'app.db');
		const db = await seeded(live, 200);
		// Writes go on while the backup runs; the copy is a consistent snapshot either way.
		const writing = (async () => {
			for (let i = 200; i < 260; i++) {
				await db
					.insertInto('organisations')
					.values({ id: `o${i}`, name: 'later', created_at: 'x' })
					.execute();
			}
		})();
		await backupSqlite(live, join(dir, 'copy.db'));
		await writing;
		await db.destroy();

		const copy = new Database(join(dir, 'copy.db'), { readonly: true });
		const copied = copy.prepare('select count(*) as n from organisations').get() as { n: number };
		copy.close();
		expect(copied.n).toBeGreaterThanOrEqual(200);
		expect(copied.n).toBeLessThanOrEqual(260);

		restoreSqlite(join(dir, 'copy.db'), live);
		const restored = new Database(live, { readonly: true });
		const names = restored.prepare("select name from organisations where id = 'o7'").get() as {
			name: string;
		};
		const count = restored.prepare('select count(*) as n from organisations').get() as {
			n: number;
		};
		restored.close();
		expect(count.n).toBe(copied.n);
		expect(names.name).toBe('Firma 7 — zażółć gęślą jaźń');
	});

	it('refuses to restore a file that is not a sound database', () => {
		const dir = mkdtempSync(join(tmpdir(), 'backup-'));
		writeFileSync(join(dir, 'junk.db'), 'not a database at all'.repeat(100));
		expect(() => assertIntact(join(dir, 'junk.db'))).toThrow();
		expect(() => restoreSqlite(join(dir, 'junk.db'), join(dir, 'app.db'))).toThrow();
	});
});
