import { describe, expect, it } from 'vitest';
import {
	buildRegistry,
	pinnedModules,
	pinOf,
	resolvedModules,
	resolvePins,
	type LoadedModule
} from './registry';
import { demo } from './test-helpers';

function loaded(version: string, sha256 = `sha-${version}`): LoadedModule {
	const module = demo(version);
	return { id: module.id, version, status: module.status, file: `${version}.yaml`, sha256, module };
}

const [v100, v110] = [loaded('1.0.0'), loaded('1.1.0')];
const registry = buildRegistry('fixtures', [v110, v100]);

describe('resolving a pin', () => {
	it('gives the file whose bytes were pinned', () => {
		expect(registry.resolve(pinOf(v100))).toEqual({ ok: true, value: v100 });
	});

	it('tells a version that is not installed from a file that changed since it was pinned', () => {
		expect(registry.resolve({ ...pinOf(v100), version: '9.0.0' })).toEqual({
			ok: false,
			reason: 'missing'
		});
		expect(registry.resolve({ ...pinOf(v100), sha256: 'other' })).toEqual({
			ok: false,
			reason: 'changed'
		});
	});

	it('resolves every pin in order, or names the first that does not resolve', () => {
		const changed = { ...pinOf(v110), sha256: 'other' };
		expect(resolvePins(registry, [pinOf(v110), pinOf(v100)])).toEqual({
			ok: true,
			value: [v110, v100]
		});
		expect(resolvePins(registry, [pinOf(v100), changed])).toEqual({
			ok: false,
			reason: 'changed',
			pin: changed
		});
	});

	it('stops work that needs the pinned files on a broken install, and leaves lists without it', () => {
		const changed = { ...pinOf(v110), sha256: 'other' };
		expect(pinnedModules(registry, [pinOf(v100)])).toEqual([v100]);
		expect(() => pinnedModules(registry, [pinOf(v100), changed])).toThrow(
			'Questionnaire demo 1.1.0 was changed since it was pinned'
		);
		expect(() => pinnedModules(registry, [{ ...changed, version: '3.0.0' }])).toThrow(
			'Questionnaire demo 3.0.0 is not installed'
		);
		expect(resolvedModules(registry, [changed, pinOf(v100)])).toEqual([v100]);
	});

	it('keeps the lookup by version for records that name no hash', () => {
		expect(registry.get({ module: 'demo', version: '1.1.0' })).toBe(v110);
		expect(registry.versions.get('demo')).toEqual([v100, v110]);
	});
});
