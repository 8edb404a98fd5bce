import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { recentAudit } from '../../src/lib/server/audit';
import {
	findUserByEmail,
	TEMPORARY_PASSWORD_ALPHABET,
	verifyPassword
} from '../../src/lib/server/accounts';
import { openDb } from '../../src/lib/server/db';

const run = promisify(execFile);
const tsx = resolve('node_modules/.bin/tsx');
const script = resolve('scripts/create-account.ts');
const dir = mkdtempSync(join(tmpdir(), 'create-account-'));
const dbFile = join(dir, 'app.db');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function createAccount(...args: string[]) {
	try {
		const { stdout, stderr } = await run(tsx, [script, ...args], {
			env: { ...process.env, DATABASE_URL: dbFile }
		});
		return { code: 0, stdout, stderr };
	} catch (err) {
		const e = err as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

async function withDb<T>(fn: (db: ReturnType<typeof openDb>) => Promise<T>): Promise<T> {
	const db = openDb(dbFile);
	try {
		return await fn(db);
	} finally {
		await db.destroy();
	}
}

// One database through the whole file: each case builds on the accounts made before.
// Each run starts a TypeScript process (about a second), hence the longer timeout.
describe('npm run accounts:create', { concurrent: false, timeout: 60_000 }, () => {
	it('migrates a new database, creates the account and prints a generated password', async () => {
		const r = await createAccount('--email', 'Admin@Example.org', '--role', 'admin');
		expect(r.code).toBe(0);
		const password = /Password: (\S+)/.exec(r.stdout)?.[1];
		// Read out or written down for the person: no characters that look alike.
		const group = `[${TEMPORARY_PASSWORD_ALPHABET}]{4}`;
		expect(password).toMatch(new RegExp(`^${group}(-${group}){4}$`));
		await withDb(async (db) => {
			const user = await findUserByEmail(db, 'admin@example.org');
			expect(user).toMatchObject({ role: 'admin', is_guest: 0, organisation_id: null });
			expect(await verifyPassword(user!.password_hash!, password!)).toBe(true);
			expect(await recentAudit(db)).toMatchObject([
				{ actor_id: null, action: 'account.created', subject_id: user!.id, detail: 'admin' }
			]);
		});
	});

	it('uses a given password and does not echo it', async () => {
		const r = await createAccount(
			'--email',
			'ola@zwiazek.pl',
			'--role',
			'facilitator',
			'--password',
			'haslo-prowadzacej'
		);
		expect(r.code).toBe(0);
		expect(r.stdout).not.toContain('haslo-prowadzacej');
		await withDb(async (db) => {
			const user = await findUserByEmail(db, 'ola@zwiazek.pl');
			expect(user?.role).toBe('facilitator');
			expect(await verifyPassword(user!.password_hash!, 'haslo-prowadzacej')).toBe(true);
		});
	});

	it('refuses an address that already has an account, changing nothing', async () => {
		const r = await createAccount('--email', 'OLA@zwiazek.pl', '--role', 'inspector');
		expect(r.code).not.toBe(0);
		expect(r.stderr).toMatch(/already exists/);
		await withDb(async (db) => {
			expect((await findUserByEmail(db, 'ola@zwiazek.pl'))?.role).toBe('facilitator');
			expect(await recentAudit(db)).toHaveLength(2);
		});
	});

	it('refuses roles an admin does not grant, bad input and unknown options', async () => {
		for (const args of [
			['--email', 'p@firma.pl', '--role', 'employer'],
			['--email', 'p@firma.pl', '--role', 'guest'],
			['--email', 'p@firma.pl'],
			['--role', 'admin'],
			['--email', 'not-an-address', '--role', 'admin'],
			['--email', 'p@firma.pl', '--role', 'admin', '--password', 'short'],
			['--email', 'p@firma.pl', '--role', 'admin', '--bogus']
		]) {
			const r = await createAccount(...args);
			expect(r.code, args.join(' ')).not.toBe(0);
			expect(r.stderr).toMatch(/^accounts:create: .+/);
			expect(r.stderr).toContain('Usage:');
		}
		const roleError = await createAccount('--email', 'p@firma.pl', '--role', 'employer');
		expect(roleError.stderr).toMatch(/--role must be one of: facilitator, inspector, admin/);
		await withDb(async (db) => expect(await findUserByEmail(db, 'p@firma.pl')).toBeUndefined());
	});
});
