import { valueOf } from '../../src/lib/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerEmployer } from '../../src/lib/server/accounts';
import { scratchSqlite, type ScratchDb } from '../harness/databases';
import { get, post, textsIn } from '../harness/http';
import { assertBuilt, startServer, type RunningServer } from '../harness/server';

// The server reads the client's address from X-Forwarded-For, as it would behind a proxy,
// so that each test can be a different address and the per-address limit stays its own.
const PASSWORD = 'dobre-haslo-123';
let scratch: ScratchDb;
let server: RunningServer;

beforeAll(async () => {
	assertBuilt();
	scratch = scratchSqlite();
	const db = await scratch.open();
	for (const who of ['anna', 'ola', 'ewa']) {
		await valueOf(
			registerEmployer(db, {
				email: `${who}@firma.pl`,
				password: PASSWORD,
				organisationName: who
			})
		);
	}
	await db.destroy();
	server = await startServer({
		databaseUrl: scratch.url,
		env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
	});
});

afterAll(async () => {
	await server?.stop();
	await scratch?.drop();
});

function logIn(email: string, password: string, ip: string) {
	const body = new URLSearchParams({ email, password });
	return post(server.origin, '/login', body, { headers: { 'x-forwarded-for': ip } });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const start = performance.now();
	const value = await fn();
	return { value, ms: performance.now() - start };
}

describe('guessing passwords over HTTP', () => {
	it('slows after three failures on an account, then refuses even the right password', async () => {
		const tries = [];
		for (let i = 0; i < 5; i++)
			tries.push(await timed(() => logIn('anna@firma.pl', 'zle', '10.0.0.1')));
		expect(tries.map((t) => t.value.status)).toEqual([400, 400, 400, 400, 400]);
		expect(tries[3].ms).toBeGreaterThanOrEqual(250);
		expect(tries[4].ms).toBeGreaterThanOrEqual(500);

		const refused = await logIn('anna@firma.pl', PASSWORD, '10.0.0.2');
		expect(refused.status).toBe(429);
		expect(textsIn(refused.data).join(' ')).toMatch(/\d/);
		expect(refused.session).toBeNull();
	});

	it('refuses an address after twenty failures across accounts, and only that address', async () => {
		for (let i = 0; i < 20; i++) {
			expect((await logIn(`nikt${i}@firma.pl`, 'zle', '10.0.1.1')).status).toBe(400);
		}
		expect((await logIn('ola@firma.pl', PASSWORD, '10.0.1.1')).status).toBe(429);
		const elsewhere = await logIn('ola@firma.pl', PASSWORD, '10.0.1.2');
		expect(elsewhere).toMatchObject({ kind: 'redirect', status: 303, location: '/dashboard' });
	});
});

describe('a stolen session cookie', () => {
	async function session(ip: string): Promise<string> {
		const reply = await logIn('ewa@firma.pl', PASSWORD, ip);
		expect(reply.status).toBe(303);
		expect(reply.session).toMatch(/^[a-z2-7]{32}$/);
		return reply.session!;
	}
	const account = (token: string) => get(server.origin, '/account', { session: token });

	it('stops working when its owner logs out', async () => {
		const token = await session('10.0.2.1');
		const stolen = token;
		expect((await account(stolen)).status).toBe(200);
		const out = await post(server.origin, '/logout', new URLSearchParams(), { session: token });
		expect(out).toMatchObject({ status: 303, location: '/', session: '' });
		expect(await account(stolen)).toMatchObject({
			status: 303,
			location: '/login?next=%2Faccount'
		});
	});

	it('stops working, with every other session, when its owner changes the password', async () => {
		const token = await session('10.0.2.2');
		const otherDevice = await session('10.0.2.3');
		const fresh = 'nowe-haslo-456';
		const change = await post(
			server.origin,
			'/account?/password',
			new URLSearchParams({
				currentPassword: PASSWORD,
				newPassword: fresh,
				newPasswordConfirm: fresh
			}),
			{ session: token }
		);
		expect(change).toMatchObject({ status: 303, location: '/account?changed' });
		expect(change.session).toMatch(/^[a-z2-7]{32}$/);
		for (const old of [token, otherDevice]) expect((await account(old)).status).toBe(303);
		expect((await account(change.session!)).status).toBe(200);
		expect((await logIn('ewa@firma.pl', PASSWORD, '10.0.2.4')).status).toBe(400);
		expect((await logIn('ewa@firma.pl', fresh, '10.0.2.4')).status).toBe(303);
	});
});
