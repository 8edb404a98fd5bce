import { describe, expect, it } from 'vitest';
import { formValues, initialValues, valuesFromForm } from './convert';

const questions = [
	{ id: 'kind', type: 'single_choice' as const },
	{ id: 'country', type: 'multi_choice' as const },
	{ id: 'note', type: 'text' as const },
	{ id: 'intro', type: 'info' as const }
];

describe('valuesFromForm', () => {
	it('keeps lists for multiple-choice questions and single values for the rest', () => {
		const data = new FormData();
		data.append('kind', 'supplier');
		data.append('country', 'poland');
		data.append('country', 'ukraine');
		expect(valuesFromForm(data, questions)).toEqual({
			kind: 'supplier',
			country: ['poland', 'ukraine']
		});
	});

	it("blanks a shown question that sent nothing and leaves out the page's own fields", () => {
		const data = new FormData();
		data.append('_revision', '3');
		data.append('_shown', 'kind');
		data.append('_shown', 'country');
		data.append('_shown', 'note');
		data.append('note', 'Uwagi');
		expect(valuesFromForm(data, questions)).toEqual({ kind: '', country: [], note: 'Uwagi' });
	});

	it('passes on a field that names no question', () => {
		const data = new FormData();
		data.append('nonsense', 'x');
		expect(valuesFromForm(data, questions)).toEqual({ nonsense: 'x' });
	});
});

describe('values in the form', () => {
	it('hold stored answers as text and lists', () => {
		expect(formValues({ hours: 12.5, country: ['poland'], kind: 'supplier' })).toEqual({
			hours: '12.5',
			country: ['poland'],
			kind: 'supplier'
		});
	});

	it('start from what was sent back, then what is stored, then blank', () => {
		expect(initialValues(questions, { kind: 'supplier' }, { kind: 'x', note: 'stored' })).toEqual({
			kind: 'supplier',
			country: [],
			note: 'stored'
		});
	});
});
