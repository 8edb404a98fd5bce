// Workshops: a facilitator's sessions, join codes, participants and the cohort's results.
export { formatJoinCode, parseJoinCode } from './codes';
export type { Cell, Cohort, CohortComparison, CohortModule } from './cohort';
export {
	joinCodeSchema,
	joinSchema,
	pinsKey,
	WORKSHOP_FIELDS,
	workshopErrorMessage,
	workshopSchema
} from './forms';
export { workshopLabels, type WorkshopLabels } from './labels';
export {
	join,
	joinableByCode,
	participation,
	participations,
	setShareResult,
	workshopAssessment
} from './participants';
export {
	beforeAfter,
	cohortResults,
	sharedResult,
	workshopProgress,
	type WorkshopProgress
} from './results';
export {
	closeWorkshop,
	createWorkshop,
	followUpsOf,
	getWorkshop,
	listWorkshops,
	WORKSHOP_LANGUAGES,
	type WorkshopRefusal
} from './workshop';
