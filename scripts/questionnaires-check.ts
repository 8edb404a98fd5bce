/**
 * Validates every questionnaires/<module>/<version>.yaml (or the folder given as the first
 * argument): prints each problem as `file: path: reason`, the missing translations and a
 * summary per module; exits 1 when any file has an error.
 */
import { formatProblem, type Problem, readQuestionnaires } from '../src/lib/server/questionnaires';
import { buildRegistry, type LoadedModule } from '../src/lib/questionnaire/registry';
import { isScored, questionEntries } from '../src/lib/questionnaire/questions';
import { checkVersionSequence } from '../src/lib/questionnaire/versions';

const dir = process.argv[2] ?? 'questionnaires';
const { modules, problems: fileProblems } = readQuestionnaires(dir);
const problems = [...fileProblems, ...checkVersionSequence(modules)];
const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');

console.log(`Checked ${dir}: ${modules.length} valid file(s)`);
for (const [title, list] of [
	['Errors', errors],
	['Warnings', warnings]
] as const) {
	if (list.length === 0) continue;
	console.log(`\n${title} (${list.length}):`);
	list.forEach((p) => console.log(formatProblem(p)));
}

const missing = problems.filter((p) => p.locale);
if (missing.length > 0) {
	console.log(`\nMissing translations (${missing.length}):`);
	for (const [file, list] of groupBy(missing, (p) => p.file)) {
		const counts = groupBy(list, (p) => p.locale as string);
		const parts = [...counts].map(([locale, l]) => `${locale} ${l.length}`);
		console.log(`${file}: ${parts.join(', ')} (${list[0].level})`);
	}
}

const registry = buildRegistry(dir, modules);
const published = modules.filter((m) => m.status === 'published').length;
console.log(
	`\nSummary: ${registry.versions.size} module(s), ${modules.length} version(s) ` +
		`(${published} published, ${modules.length - published} draft)`
);
for (const [id, versions] of registry.versions) {
	const list = versions.map((v) => (v.status === 'draft' ? `${v.version} (draft)` : v.version));
	const latest = registry.latestOf(id);
	const shown: LoadedModule = latest ?? versions[versions.length - 1];
	const questions = questionEntries(shown.module).map((e) => e.question);
	const which = latest
		? `latest published ${latest.version}`
		: `no published version; ${shown.version}`;
	console.log(
		`${id}: ${list.join(', ')}; ${which}: ${questions.length} questions, ` +
			`${questions.filter(isScored).length} scored`
	);
}

console.log(
	`\n${errors.length > 0 ? 'FAILED' : 'OK'}: ${errors.length} error(s), ${warnings.length} warning(s)`
);
process.exit(errors.length > 0 ? 1 : 0);

function groupBy(list: Problem[], key: (p: Problem) => string): Map<string, Problem[]> {
	const groups = new Map<string, Problem[]>();
	for (const p of list) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
	return groups;
}
