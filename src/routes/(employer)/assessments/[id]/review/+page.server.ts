import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { formValues, sectionViews } from '$lib/question-form';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localize } from '$lib/questionnaire/localize';
import { visibleQuestions } from '$lib/questionnaire/visibility';
import { ownAssessment, ownAssessmentWithAnswers, submitAssessment } from '$lib/server/assessments';
import { assessmentProgress } from '$lib/questionnaire/progress';
import { config } from '$lib/server/config';
import { getDb, getQuestionnaires } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { assessment, modules, answers } = await ownAssessmentWithAnswers(event);
	if (assessment.status !== 'draft') redirect(303, `/assessments/${assessment.id}/results`);
	const locale = getLocale();
	const progress = assessmentProgress(modules, answers);
	return {
		assessment: { id: assessment.id, revision: assessment.revision },
		complete: progress.complete,
		aggregateMin: config.aggregateMin,
		modules: modules.map(({ id, module }, i) => {
			const stored = answers[id] ?? {};
			const sections = sectionViews(module, locale);
			return {
				id,
				title: localize(module.title, locale),
				questions: sections.flatMap((s) => s.questions),
				visible: [...visibleQuestions(module, stored)],
				answers: formValues(stored),
				missing: progress.modules[i].progress.missing
			};
		})
	};
}) satisfies PageServerLoad;

const submitSchema = z.object({
	revision: z.coerce.number().int().min(0),
	statsOptOut: z.literal('yes').optional()
});

export const actions = {
	submit: async (event) => {
		const { user, assessment } = await ownAssessment(event);
		const form = await event.request.formData();
		const parsed = submitSchema.safeParse({
			revision: form.get('revision'),
			statsOptOut: form.get('statsOptOut') ?? undefined
		});
		if (!parsed.success) {
			return fail(400, { formError: m.journey_error_bad_request(), statsOptOut: false });
		}
		const submitted = await submitAssessment(getDb(), getQuestionnaires(), {
			organisationId: user.organisationId,
			assessmentId: assessment.id,
			statsOptOut: parsed.data.statsOptOut === 'yes',
			baseRevision: parsed.data.revision
		});
		if (!submitted.ok) {
			if (submitted.reason === 'submitted') {
				redirect(303, `/assessments/${assessment.id}/results`);
			}
			const incomplete = submitted.reason === 'incomplete';
			const formError = incomplete
				? m.journey_review_incomplete_error()
				: m.journey_review_conflict_error();
			return fail(incomplete ? 400 : 409, {
				formError,
				statsOptOut: parsed.data.statsOptOut === 'yes'
			});
		}
		redirect(303, `/assessments/${assessment.id}/submitted`);
	}
} satisfies Actions;
