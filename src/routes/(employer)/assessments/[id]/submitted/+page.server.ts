import { redirect } from '@sveltejs/kit';
import { ownAssessment } from '$lib/server/assessments';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { assessment } = await ownAssessment(event);
	if (assessment.status !== 'submitted') redirect(303, `/assessments/${assessment.id}/review`);
	return {
		id: assessment.id,
		level: assessment.overallLevel,
		statsOptOut: assessment.statsOptOut
	};
}) satisfies PageServerLoad;
