import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { moduleSchema } from '../../questionnaire/schema';
import { formatPath, validateModule, type Problem } from '../../questionnaire/validate';
import {
	buildRegistry,
	type LoadedModule,
	type QuestionnaireRegistry
} from '../../questionnaire/registry';

export type { Problem } from '../../questionnaire/validate';

/** Thrown at start-up when any file is invalid; its message names every problem. */
export class QuestionnaireError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(`Invalid questionnaire files:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'QuestionnaireError';
		this.problems = problems;
	}
}

export function formatProblem(p: Problem): string {
	return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/**
 * Reads and validates every <module>/<version>.yaml under `dir`, skipping plain files
 * (lock.json, schema.json) and folders starting with _ or a dot. Never throws on bad files:
 * `modules` holds the files without errors, `problems` every error and warning.
 */
export function readQuestionnaires(dir: string): { modules: LoadedModule[]; problems: Problem[] } {
	if (!existsSync(dir)) {
		return { modules: [], problems: [problem(dir, '', 'questionnaire folder not found')] };
	}
	const modules: LoadedModule[] = [];
	const problems: Problem[] = [];
	const folders = readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !/^[_.]/.test(e.name))
		.map((e) => e.name)
		.sort();
	for (const folder of folders) {
		const names = readdirSync(join(dir, folder)).filter((n) => /\.ya?ml$/.test(n));
		for (const name of names.sort()) {
			const result = readModuleFile(join(dir, folder, name));
			problems.push(...result.problems);
			if (result.loaded) modules.push(result.loaded);
		}
	}
	return { modules, problems };
}

export function readModuleFile(file: string): { loaded?: LoadedModule; problems: Problem[] } {
	const raw = readFileSync(file);
	const sha256 = createHash('sha256').update(raw).digest('hex');
	const lineCounter = new LineCounter();
	const doc = parseDocument(raw.toString('utf8'), { lineCounter });
	if (doc.errors.length > 0) {
		// The yaml package's message ends in a code excerpt after a colon; keep its first line.
		const first = (message: string) => message.split('\n')[0].replace(/:$/, '');
		return { problems: doc.errors.map((e) => problem(file, '', first(e.message))) };
	}
	const at = (path: (string | number)[], message: string) => {
		const line = lineOf(doc, lineCounter, path);
		return line === undefined ? message : `${message} (line ${line})`;
	};
	const parsed = moduleSchema.safeParse(doc.toJS());
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => {
				const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
				const message =
					issue.code === 'invalid_union' && path.includes('show_if')
						? CONDITION_FORMS
						: issue.message;
				return problem(file, formatPath(path), at(path, message));
			})
		};
	}
	const problems = validateModule(parsed.data, file).map((p) => ({
		...p,
		message: at(parsePath(p.path), p.message)
	}));
	if (problems.some((p) => p.level === 'error')) return { problems };
	const { id, version, status } = parsed.data;
	return { loaded: { id, version, status, file, sha256, module: parsed.data }, problems };
}

/** zod's own message for a condition that fits no form is a bare "Invalid input". */
const CONDITION_FORMS =
	'a condition is {q, eq | in | gte | lte | answered} or {all | any: [conditions]}';

function problem(file: string, path: string, message: string): Problem {
	return { file, path, message, level: 'error' };
}

function parsePath(path: string): (string | number)[] {
	return (path.match(/[^.[\]]+/g) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The line of the deepest node of `path` that exists (a missing key points at its parent). */
function lineOf(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
	for (let n = path.length; n >= 0; n--) {
		const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
		const range = (node as { range?: [number, number, number] } | undefined)?.range;
		if (range) return lines.linePos(range[0]).line;
	}
	return undefined;
}

const cache = new Map<string, QuestionnaireRegistry>();

/**
 * The registry the app runs on. Throws a QuestionnaireError naming every problem when any
 * file is invalid, so the app refuses to start. Files never change while the process
 * runs, so the result is kept per folder.
 */
export function loadQuestionnaires(dir = 'questionnaires'): QuestionnaireRegistry {
	const key = resolve(dir);
	const cached = cache.get(key);
	if (cached) return cached;
	const { modules, problems } = readQuestionnaires(dir);
	const errors = problems.filter((p) => p.level === 'error');
	if (errors.length > 0) throw new QuestionnaireError(errors);
	const registry = buildRegistry(dir, modules);
	cache.set(key, registry);
	return registry;
}
