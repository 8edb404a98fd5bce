import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LoadedModule } from '../../questionnaire/registry';

/** "module/version" -> SHA-256 of every published file: a published file never changes. */
const lockSchema = z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/));
export type Lock = z.infer<typeof lockSchema>;

export type LockComparison = {
	/** Published files not in the lock yet. */
	missing: string[];
	/** Locked files whose bytes changed since they were locked. */
	changed: { key: string; locked: string; actual: string }[];
	/** Locked files that no longer load (deleted, renamed or now invalid). */
	removed: string[];
};

export const lockKey = (m: { id: string; version: string }) => `${m.id}/${m.version}`;

export function computeLock(modules: readonly LoadedModule[]): Lock {
	const entries = modules
		.filter((m) => m.status === 'published')
		.map((m) => [lockKey(m), m.sha256] as const);
	return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

export function compareLock(lock: Lock, modules: readonly LoadedModule[]): LockComparison {
	const actual = computeLock(modules);
	// Every loaded file, drafts too: a locked file turned back into a draft has changed.
	const loaded = new Map(modules.map((m) => [lockKey(m), m.sha256]));
	return {
		missing: Object.keys(actual).filter((key) => !(key in lock)),
		changed: Object.entries(lock).flatMap(([key, locked]) => {
			const sha = loaded.get(key);
			return sha !== undefined && sha !== locked ? [{ key, locked, actual: sha }] : [];
		}),
		removed: Object.keys(lock).filter((key) => !loaded.has(key))
	};
}

export function lockIsClean(c: LockComparison): boolean {
	return c.missing.length === 0 && c.changed.length === 0 && c.removed.length === 0;
}

export function readLock(dir: string): Lock {
	const file = join(dir, 'lock.json');
	// An edited lock file must not pass for a clean one: it is checked as any input is.
	return existsSync(file) ? lockSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
}

export function writeLock(dir: string, lock: Lock): void {
	const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
	writeFileSync(join(dir, 'lock.json'), `${JSON.stringify(sorted, null, '\t')}\n`);
}
