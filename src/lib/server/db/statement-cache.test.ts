import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
	it('prepares each SQL text once and hands the same statement out again', () => {
		const db = new Database(':memory:');
		const cached = withStatementCache(db);
		const a = cached.prepare('select 1 as one');
		expect(cached.prepare('select 1 as one')).toBe(a);
		expect(cached.prepare('select 2 as two')).not.toBe(a);
		expect(a.all([])).toEqual([{ one: 1 }]);
		cached.close();
		expect(db.open).toBe(false);
	});

	it('gives a fresh statement while the cached one is still being iterated', () => {
		const db = new Database(':memory:');
		const cached = withStatementCache(db);
		db.exec('create table t (n integer); insert into t values (1), (2)');
		const first = cached.prepare('select n from t order by n');
		const rows = first.iterate([]);
		rows.next();
		const second = cached.prepare('select n from t order by n');
		expect(second).not.toBe(first);
		expect(second.all([])).toEqual([{ n: 1 }, { n: 2 }]);
		rows.return?.();
		expect(cached.prepare('select n from t order by n')).toBe(first);
	});

	it('keeps only the most recently used statements', () => {
		const cached = withStatementCache(new Database(':memory:'), 2);
		const one = cached.prepare('select 1');
		const two = cached.prepare('select 2');
		cached.prepare('select 1');
		cached.prepare('select 3');
		// Room for two: "select 2" was used least recently, so it went.
		expect(cached.prepare('select 1')).toBe(one);
		expect(cached.prepare('select 2')).not.toBe(two);
	});
});
