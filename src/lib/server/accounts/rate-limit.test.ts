import { describe, expect, it } from 'vitest';
import { freshDb, testEngines } from '../db/test-helpers';
import { clearLimit, hitLimit, peekLimit, releaseLimit, takeLimit, type Limit } from './rate-limit';

const limit: Limit = { max: 3, windowMs: 60_000 };
const t0 = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe.each(testEngines)('rate limits on %s', (engine) => {
	it('allow max attempts in a window, refuse the next, and say how long to wait', async () => {
		const t = await freshDb(engine);
		try {
			for (let i = 1; i <= 3; i++) {
				expect(await takeLimit(t.db, { key: 'k', limit }, at(i * 1000))).toEqual({
					allowed: true,
					retryAfterMs: 0,
					count: i
				});
			}
			const refused = await takeLimit(t.db, { key: 'k', limit }, at(10_000));
			expect(refused.allowed).toBe(false);
			expect(refused.retryAfterMs).toBe(60_000 - 10_000 + 1000);
			expect((await peekLimit(t.db, { key: 'k', limit }, at(10_000))).allowed).toBe(false);
		} finally {
			await t.close();
		}
	});

	it('start a new window once the old one has ended', async () => {
		const t = await freshDb(engine);
		try {
			for (let i = 0; i < 5; i++) await takeLimit(t.db, { key: 'k', limit }, t0);
			expect((await takeLimit(t.db, { key: 'k', limit }, at(59_999))).allowed).toBe(false);
			const next = await takeLimit(t.db, { key: 'k', limit }, at(60_000));
			expect(next).toEqual({ allowed: true, retryAfterMs: 0, count: 1 });
			expect((await peekLimit(t.db, { key: 'k', limit }, at(60_001))).count).toBe(1);
		} finally {
			await t.close();
		}
	});

	it('keep keys apart, and forget a key on clear', async () => {
		const t = await freshDb(engine);
		try {
			for (let i = 0; i < 3; i++) await hitLimit(t.db, { key: 'a', limit }, t0);
			expect((await peekLimit(t.db, { key: 'a', limit }, t0)).allowed).toBe(false);
			expect((await peekLimit(t.db, { key: 'b', limit }, t0)).allowed).toBe(true);
			await clearLimit(t.db, 'a');
			expect((await peekLimit(t.db, { key: 'a', limit }, t0)).count).toBe(0);
		} finally {
			await t.close();
		}
	});

	it('give back an attempt on release, never below zero', async () => {
		const t = await freshDb(engine);
		try {
			await takeLimit(t.db, { key: 'k', limit }, t0);
			await takeLimit(t.db, { key: 'k', limit }, t0);
			await releaseLimit(t.db, 'k');
			expect((await peekLimit(t.db, { key: 'k', limit }, t0)).count).toBe(1);
			await releaseLimit(t.db, 'k');
			await releaseLimit(t.db, 'k');
			expect((await peekLimit(t.db, { key: 'k', limit }, t0)).count).toBe(0);
			await releaseLimit(t.db, 'missing');
		} finally {
			await t.close();
		}
	});

	it('count parallel attempts exactly', async () => {
		const t = await freshDb(engine);
		try {
			const results = await Promise.all(
				Array.from({ length: 10 }, () => takeLimit(t.db, { key: 'k', limit }, t0))
			);
			expect(results.filter((r) => r.allowed)).toHaveLength(3);
			expect((await peekLimit(t.db, { key: 'k', limit }, t0)).count).toBe(10);
		} finally {
			await t.close();
		}
	});
});
