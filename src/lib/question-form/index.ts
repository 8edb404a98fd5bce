// One questionnaire form for every page that asks a questionnaire's questions (an
// assessment's module pages, a supplier's page), in the browser and on the server: the view
// of the questions, the conversion between forms and answers, the words for a refused
// answer, the form's state in the browser and the field that asks one question. Nothing
// here reads the server.
export {
	sectionViews,
	type ChoiceView,
	type QuestionMarks,
	type QuestionView,
	type SectionView
} from './view';
export { SHOWN_FIELD, formValues, valuesFromForm, type FormValues } from './convert';
export { answerErrorMessages } from './messages';
export { QuestionFormState } from './state.svelte';
export { default as QuestionField } from './QuestionField.svelte';
