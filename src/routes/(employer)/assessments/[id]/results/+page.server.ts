import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { ownAssessment, resultsView } from '$lib/server/assessments';
import { pinnedModules } from '$lib/questionnaire/registry';
import { supplierNames } from '$lib/server/suppliers';
import { getContacts, getDb, getQuestionnaires } from '$lib/server/context';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { user, assessment } = await ownAssessment(event);
	if (assessment.status !== 'submitted' || !assessment.result) {
		redirect(303, `/assessments/${assessment.id}/review`);
	}
	const registry = getQuestionnaires();
	const names = await supplierNames(getDb(), user.organisationId);
	return {
		id: assessment.id,
		submittedAt: assessment.submittedAt,
		view: resultsView({
			result: assessment.result,
			pinned: pinnedModules(registry, assessment.pins),
			registry,
			supplierNames: names,
			contacts: getContacts(),
			locale: getLocale()
		})
	};
}) satisfies PageServerLoad;
