/**
 * Adds every published questionnaire file that is not yet in questionnaires/lock.json (or
 * the folder given). Refuses, and changes nothing, when a locked file changed or vanished:
 * a published version is immutable, so a change needs a new version instead.
 */
import {
	compareLock,
	computeLock,
	formatProblem,
	readLock,
	readQuestionnaires,
	writeLock
} from '../src/lib/server/questionnaires';

const dir = process.argv[2] ?? 'questionnaires';
const { modules, problems } = readQuestionnaires(dir);
const errors = problems.filter((p) => p.level === 'error');
if (errors.length > 0) {
	console.error(
		`Refusing to lock: fix these files first.\n${errors.map(formatProblem).join('\n')}`
	);
	process.exit(1);
}

const lock = readLock(dir);
const { missing, changed, removed } = compareLock(lock, modules);
if (changed.length > 0 || removed.length > 0) {
	console.error('Refusing to lock: published files are immutable; publish a new version instead.');
	for (const c of changed) {
		console.error(`${c.key}: changed since it was locked (locked ${c.locked}, now ${c.actual})`);
	}
	for (const key of removed)
		console.error(`${key}: locked but no longer loads (deleted or renamed)`);
	process.exit(1);
}
if (missing.length === 0) {
	console.log(`${dir}/lock.json is up to date (${Object.keys(lock).length} published files).`);
	process.exit(0);
}
const actual = computeLock(modules);
writeLock(dir, { ...lock, ...Object.fromEntries(missing.map((key) => [key, actual[key]])) });
for (const key of missing) console.log(`locked ${key} ${actual[key]}`);
