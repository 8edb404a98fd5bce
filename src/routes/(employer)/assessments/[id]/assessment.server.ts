import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { findSubmittedAssessment, plannedActions } from '$lib/server/plan';
import { requireOrganisation } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';

interface PlanEvent {
	locals: App.Locals;
	url: URL;
	params: { id: string };
}

/**
 * The organisation's submitted assessment named in the URL; 404 for an unknown id and for
 * another organisation's alike, and a plain message for one not yet submitted.
 */
export async function ownAssessment(event: PlanEvent) {
	const user = requireOrganisation(event, 'assessment:own');
	const found = await findSubmittedAssessment(getDb(), user.organisationId, event.params.id);
	if (!found.ok) {
		if (found.reason === 'not_found') error(404, { message: m.plan_assessment_not_found() });
		error(409, { message: m.plan_assessment_not_submitted() });
	}
	const assessment = found.value;
	return { user, assessmentId: assessment.id, assessment };
}

/** The assessment with the plan drawn from its stored result and pinned module versions. */
export async function loadPlan(event: PlanEvent) {
	const { user, assessment } = await ownAssessment(event);
	return { user, assessment, ...plannedActions(getQuestionnaires(), assessment) };
}
