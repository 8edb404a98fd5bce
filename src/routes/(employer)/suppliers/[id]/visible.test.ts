import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '$lib/server/questionnaires';
import { visibleQuestions } from '$lib/questionnaire/visibility';
import { questionnaireView } from '$lib/server/suppliers';
import { formValues, visibleIds } from './visible';

const module = loadQuestionnaires('questionnaires').latestOf('supplier')!.module;
const questions = questionnaireView(module, 'pl').flatMap((s) => s.questions);

describe('visibleIds', () => {
	it('shows and hides the same questions the server does', () => {
		for (const kind of ['employment_agency', 'temp_work_agency', 'supplier', 'housing_provider']) {
			expect(visibleIds(questions, { kind, country: ['poland'] })).toEqual(
				visibleQuestions(module, { kind, country: ['poland'] })
			);
		}
	});

	it('ignores a value that is not one of the choices', () => {
		expect(visibleIds(questions, { kind: 'pirate' }).has('kraz_checked')).toBe(false);
	});
});

describe('formValues', () => {
	it('keeps lists for multiple-choice questions and single values for the rest', () => {
		const data = new FormData();
		data.append('kind', 'supplier');
		data.append('country', 'poland');
		data.append('country', 'ukraine');
		expect(formValues(data, new Set(['country']))).toEqual({
			kind: 'supplier',
			country: ['poland', 'ukraine']
		});
	});
});
