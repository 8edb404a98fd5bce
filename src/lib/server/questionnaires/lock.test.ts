import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readQuestionnaires } from './load';
import { compareLock, computeLock, lockIsClean, readLock } from './lock';
import { FIXTURES } from '../../questionnaire/test-helpers';

const QUESTIONNAIRES = fileURLToPath(new URL('../../../../questionnaires', import.meta.url));

describe('questionnaires/lock.json', () => {
	it('holds the unchanged hash of every published questionnaire file', () => {
		const { modules } = readQuestionnaires(QUESTIONNAIRES);
		const comparison = compareLock(readLock(QUESTIONNAIRES), modules);
		// When this fails: a new published file needs `npm run questionnaires:lock`; a changed
		// one must be reverted and its change published as a new version.
		expect(comparison).toEqual({ missing: [], changed: [], removed: [] });
	});
});

describe('lock', () => {
	const { modules } = readQuestionnaires(FIXTURES);
	const published = modules.filter((m) => m.status === 'published');

	it('locks the published files only, by module/version', () => {
		const lock = computeLock(modules);
		expect(Object.keys(lock)).toEqual(['demo/1.0.0', 'demo/1.1.0', 'demo/2.0.0']);
		expect(lock['demo/1.1.0']).toBe(published[1].sha256);
	});

	it('agrees with the lock committed beside the fixtures', () => {
		expect(lockIsClean(compareLock(readLock(FIXTURES), modules))).toBe(true);
	});

	it('finds missing, changed and removed files', () => {
		const lock = computeLock(modules);
		delete lock['demo/1.0.0'];
		lock['demo/1.1.0'] = '0'.repeat(64);
		lock['demo/0.9.0'] = '1'.repeat(64);
		const comparison = compareLock(lock, modules);
		expect(comparison).toEqual({
			missing: ['demo/1.0.0'],
			changed: [{ key: 'demo/1.1.0', locked: '0'.repeat(64), actual: published[1].sha256 }],
			removed: ['demo/0.9.0']
		});
		expect(lockIsClean(comparison)).toBe(false);
	});

	it('counts a locked file turned back into a draft as changed', () => {
		const lock = { 'demo/2.1.0': '2'.repeat(64) };
		expect(compareLock(lock, modules).changed.map((c) => c.key)).toEqual(['demo/2.1.0']);
	});
});
