/**
 * Usage: questionnaires-diff <module> <v1> <v2> [folder]. Prints what changed from v1 to v2
 * and the version bump the changes need; exits 1 when v2's number understates them.
 */
import { formatProblem, readQuestionnaires } from '../src/lib/server/questionnaires';
import {
	checkBump,
	describeChanges,
	diffModules,
	type ChangeNote
} from '../src/lib/questionnaire/versions';

const [moduleId, v1, v2, dir = 'questionnaires'] = process.argv.slice(2);
if (!moduleId || !v1 || !v2) {
	console.error('usage: npm run questionnaires:diff -- <module> <v1> <v2> [folder]');
	process.exit(2);
}

const { modules, problems } = readQuestionnaires(dir);
const find = (version: string) => {
	const found = modules.find((m) => m.id === moduleId && m.version === version);
	if (found) return found;
	const own = problems.filter((p) => p.file.endsWith(`${moduleId}/${version}.yaml`));
	console.error(
		own.length > 0
			? `${moduleId} ${version} is invalid:\n${own.map(formatProblem).join('\n')}`
			: `${moduleId} ${version} not found in ${dir}`
	);
	process.exit(2);
};
const [a, b] = [find(v1), find(v2)];

const diff = diffModules(a.module, b.module);
const notes = describeChanges(diff);
const groups: [ChangeNote['group'], string][] = [
	['questions', 'Questions'],
	['choices', 'Choices'],
	['sections', 'Sections'],
	['flags', 'Flags'],
	['actions', 'Actions'],
	['module', 'Module']
];
console.log(`${moduleId} ${v1} -> ${v2}`);
for (const [group, title] of groups) {
	for (const kind of ['added', 'removed', 'changed'] as const) {
		const list = notes.filter((n) => n.group === group && n.kind === kind);
		if (list.length === 0) continue;
		console.log(`\n${title} ${kind} (${list.length}):`);
		list.forEach((n) => console.log(`  ${n.text} [${n.bump}]`));
	}
}
if (notes.length === 0) console.log('\nNo changes.');

const check = checkBump(v1, v2, diff);
console.log(`\nRequired bump: ${check.required}`);
console.log(`Declared bump: ${check.declared ?? 'none'} (${v1} -> ${v2})`);
if (!check.ok) {
	console.error(`REFUSED: ${check.message}`);
	process.exit(1);
}
console.log(`OK: ${check.message}`);
