import { fail, ok, type Fail, type Ok, type Result } from '../result';
import type { QuestionnaireModule } from './schema';
import { compareVersions } from './versions';

/** A module version, as a stored result names the versions it was scored with. */
export type ModuleRef = { module: string; version: string };

/** The exact file an assessment, supplier or workshop answers: a version and its bytes' hash. */
export type Pin = ModuleRef & { sha256: string };

export type LoadedModule = {
	id: string;
	version: string;
	status: QuestionnaireModule['status'];
	/** The file as read: the folder given, then <module>/<version>.yaml. */
	file: string;
	/** SHA-256 (hex) of the file's raw bytes. */
	sha256: string;
	module: QuestionnaireModule;
};

/**
 * Why a pin names no installed file: `missing` when no file of that version is installed,
 * `changed` when one is but its bytes are not those that were pinned.
 */
export type PinProblem = 'missing' | 'changed';
export type PinFailure = Fail<PinProblem, { pin: Pin }>;

export type QuestionnaireRegistry = {
	dir: string;
	/** Every valid file per module id, oldest version first, drafts included. */
	versions: ReadonlyMap<string, readonly LoadedModule[]>;
	/** The newest published version of each module, in the modules' `order`. */
	latest: readonly LoadedModule[];
	latestOf(moduleId: string): LoadedModule | undefined;
	/** The installed file of a version, for records that name the version alone. */
	get(ref: ModuleRef): LoadedModule | undefined;
	/** The file a pin names, only when its bytes are the pinned ones (see resolvePin). */
	resolve(pin: Pin): Result<LoadedModule, PinProblem>;
};

export const pinOf = (m: LoadedModule): Pin => ({
	module: m.id,
	version: m.version,
	sha256: m.sha256
});

export function buildRegistry(dir: string, modules: LoadedModule[]): QuestionnaireRegistry {
	const versions = new Map<string, LoadedModule[]>();
	for (const m of modules) versions.set(m.id, [...(versions.get(m.id) ?? []), m]);
	for (const list of versions.values()) list.sort((a, b) => compareVersions(a.version, b.version));
	const latest = [...versions.values()]
		.map((list) => list.findLast((m) => m.status === 'published'))
		.filter((m) => m !== undefined)
		.sort((a, b) => a.module.order - b.module.order || a.id.localeCompare(b.id));
	const byRef = new Map(modules.map((m) => [`${m.id}/${m.version}`, m]));
	const get = (ref: ModuleRef) => byRef.get(`${ref.module}/${ref.version}`);
	return {
		dir,
		versions,
		latest,
		latestOf: (moduleId) => latest.find((m) => m.id === moduleId),
		get,
		resolve: (pin) => resolvePin(get(pin), pin)
	};
}

/**
 * The one place a pin becomes a file. A published file never changes (the lock and
 * `npm run questionnaires:check` refuse an edited one), so a pin that does not resolve
 * means the installation lost or edited a file after answers were given to it. The app
 * never puts another file in its place: what answers, scores or prints against the pins
 * (pinnedModules) stops with an error naming the pin, for an administrator to restore the
 * published file; what only names modules (the workshop overviews) leaves that one out.
 */
function resolvePin(loaded: LoadedModule | undefined, pin: Pin): Result<LoadedModule, PinProblem> {
	if (!loaded) return fail('missing');
	return loaded.sha256 === pin.sha256 ? ok(loaded) : fail('changed');
}

/** Every pin resolved, in order, or the first that does not resolve and why. */
export function resolvePins(
	registry: QuestionnaireRegistry,
	pins: readonly Pin[]
): Ok<LoadedModule[]> | PinFailure {
	const loaded: LoadedModule[] = [];
	for (const pin of pins) {
		const resolved = registry.resolve(pin);
		if (!resolved.ok) return fail(resolved.reason, { pin });
		loaded.push(resolved.value);
	}
	return ok(loaded);
}

/** The pinned files, for work that cannot go on without them: an unresolved pin is a broken install. */
export function pinnedModules(
	registry: QuestionnaireRegistry,
	pins: readonly Pin[]
): LoadedModule[] {
	const resolved = resolvePins(registry, pins);
	if (resolved.ok) return resolved.value;
	const { module, version } = resolved.pin;
	const what =
		resolved.reason === 'missing' ? 'is not installed' : 'was changed since it was pinned';
	throw new Error(`Questionnaire ${module} ${version} ${what}: restore its published file`);
}

/** The pinned files that resolve, for views that only name modules. */
export function resolvedModules(
	registry: QuestionnaireRegistry,
	pins: readonly Pin[]
): LoadedModule[] {
	return pins.flatMap((pin) => {
		const resolved = registry.resolve(pin);
		return resolved.ok ? [resolved.value] : [];
	});
}
