import { fileURLToPath } from 'node:url';
import { readModuleFile } from '../server/questionnaires/load';
import { questionEntries } from './questions';
import type { Question, QuestionnaireModule } from './schema';

export const FIXTURES = fileURLToPath(
	new URL('../../../tests/fixtures/questionnaires', import.meta.url)
);
export const BROKEN_FIXTURES = `${FIXTURES}-broken`;

/** A fresh copy of a version of the demo fixture module, safe to change in a test. */
export function demo(version: string): QuestionnaireModule {
	const { loaded, problems } = readModuleFile(`${FIXTURES}/demo/${version}.yaml`);
	if (!loaded) throw new Error(problems.map((p) => p.message).join('\n'));
	return structuredClone(loaded.module);
}

export function question(mod: QuestionnaireModule, id: string): Question {
	const found = questionEntries(mod).find((e) => e.question.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found.question;
}
