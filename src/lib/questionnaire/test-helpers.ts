import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { questionEntries } from './questions';
import { moduleSchema, type Question, type QuestionnaireModule } from './schema';

export const FIXTURES = fileURLToPath(
	new URL('../../../tests/fixtures/questionnaires', import.meta.url)
);
export const BROKEN_FIXTURES = `${FIXTURES}-broken`;

/** A fresh copy of a version of the demo fixture module, safe to change in a test. */
export function demo(version: string): QuestionnaireModule {
	return moduleSchema.parse(parse(readFileSync(`${FIXTURES}/demo/${version}.yaml`, 'utf8')));
}

export function question(mod: QuestionnaireModule, id: string): Question {
	const found = questionEntries(mod).find((e) => e.question.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found.question;
}
