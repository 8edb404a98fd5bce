// The action plan of a submitted assessment: its items, their forms and messages.
export { detailsErrors, itemErrors } from './errors';
export { type ActionStatus, parseItemUpdate, parseOwnAction } from './item-forms';
export {
	type ActionItem,
	actionProgress,
	addOwnAction,
	ensureActionItems,
	findSubmittedAssessment,
	listActionItems,
	plannedActions,
	removeOwnAction,
	sourceOf,
	updateActionItem
} from './items';
export { type PlanItemView, planItemViews } from './view';
