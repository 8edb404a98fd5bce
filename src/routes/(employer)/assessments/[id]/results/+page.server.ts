import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { ownAssessment } from '$lib/server/assessments/access';
import { pinnedModules, supplierNames } from '$lib/server/assessments/service';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { resultsView } from '$lib/server/assessments/results-view';
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
		view: resultsView(
			assessment.result,
			pinnedModules(registry, assessment.pins),
			registry,
			names,
			getLocale()
		)
	};
}) satisfies PageServerLoad;
