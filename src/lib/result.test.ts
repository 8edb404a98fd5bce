import { describe, expect, it } from 'vitest';
import { fail, ok } from './result';

describe('outcomes', () => {
	it('carry a value, or a reason with what the caller needs to act on it', () => {
		expect(ok(3)).toEqual({ ok: true, value: 3 });
		expect(ok()).toEqual({ ok: true, value: undefined });
		expect(fail('stale')).toEqual({ ok: false, reason: 'stale' });
		expect(fail('conflict', { revision: 4 })).toEqual({
			ok: false,
			reason: 'conflict',
			revision: 4
		});
	});

	it('never let a detail stand in for the reason or the flag', () => {
		const detail = { ok: true, reason: 'other' } as unknown as object;
		expect(fail('stale', detail)).toEqual({ ok: false, reason: 'stale' });
	});
});
