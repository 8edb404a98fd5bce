// An organisation's assessments: start, answers, submission, moving to newer versions,
// the results page. The only owner of the assessments, answers and assessment_changes tables.
export { assessmentIdSchema, ownAssessment, ownAssessmentWithAnswers } from './access';
export { type AnswerLine, type IloView, resultsView, type ResultsView } from './results-view';
export { saveAnswers } from './save';
export { currentPins, startAssessment } from './start';
export {
	answersOf,
	type Assessment,
	assessmentStates,
	discardAssessment,
	draftOf,
	exportedAnswers,
	exportedAssessments,
	getAnswers,
	getAssessment,
	insertAnswers,
	insertAssessments,
	insertDraft,
	listAssessments,
	organisationAssessments
} from './store';
export { submitAssessment } from './submit';
export { draftUpgrades, moveDraft } from './upgrades';
