import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { formatDate } from '$lib/vocabulary';
import {
	SHOWN_FIELD,
	answerErrorMessages,
	formValues,
	sectionViews,
	valuesFromForm
} from '$lib/question-form';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localize } from '$lib/questionnaire/localize';
import { moduleProgress, questionsOf, visibleQuestions } from '$lib/questionnaire/visibility';
import {
	type Assessment,
	getAnswers,
	ownAssessment,
	ownAssessmentWithAnswers,
	saveAnswers
} from '$lib/server/assessments';
import { pinnedModules } from '$lib/questionnaire/registry';
import { assessmentProgress } from '$lib/questionnaire/progress';
import { getDb, getQuestionnaires } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

/** Form fields that are not answers; question ids never start with _. */
const CONTROL = {
	revision: '_revision',
	next: '_next',
	returnTo: '_return'
} as const;

function pinIndex(assessment: Assessment, moduleId: string): number {
	const index = assessment.pins.findIndex((p) => p.module === moduleId);
	if (index < 0) error(404, { message: m.journey_error_no_module() });
	return index;
}

export const load = (async (event) => {
	const { assessment, modules, answers } = await ownAssessmentWithAnswers(event);
	const index = pinIndex(assessment, event.params.module);
	const { id, module } = modules[index];
	const locale = getLocale();
	const change = assessment.changes[id] ?? null;
	const stored = answers[id] ?? {};
	const neighbour = (i: number) =>
		modules[i] ? { id: modules[i].id, title: localize(modules[i].module.title, locale) } : null;
	return {
		assessment: {
			id: assessment.id,
			status: assessment.status,
			revision: assessment.revision,
			// Written here, so the page's script needs no date formatting of its own.
			submittedOn: assessment.submittedAt ? formatDate(assessment.submittedAt, locale) : null
		},
		module: {
			id,
			version: module.version,
			title: localize(module.title, locale),
			intro: localize(module.intro, locale) ?? null,
			index,
			count: modules.length
		},
		sections: sectionViews(module, locale, change ?? undefined),
		stored: formValues(stored),
		progress: moduleProgress(module, stored),
		visible: [...visibleQuestions(module, stored)],
		change,
		previous: neighbour(index - 1),
		next: neighbour(index + 1),
		revealed: Number(event.url.searchParams.get('revealed')) || 0,
		// A change made from "check your answers" goes back there, as GOV.UK forms do.
		fromReview: event.url.searchParams.get('from') === 'review'
	};
}) satisfies PageServerLoad;

const controlSchema = z.object({
	revision: z.coerce.number().int().min(0),
	next: z.enum(['continue', 'dashboard', 'stay', 'autosave']).catch('continue'),
	returnTo: z.literal('review').nullable().catch(null),
	shown: z.array(z.string().max(64)).max(500)
});

export const actions = {
	save: async (event) => {
		// Only the module's own answers are read, inside the save; all of them only to route on.
		const { user, assessment } = await ownAssessment(event);
		const modules = pinnedModules(getQuestionnaires(), assessment.pins);
		const index = pinIndex(assessment, event.params.module);
		const { id: moduleId, module } = modules[index];
		const form = await event.request.formData();
		const control = controlSchema.safeParse({
			revision: form.get(CONTROL.revision),
			next: form.get(CONTROL.next),
			shown: form.getAll(SHOWN_FIELD),
			returnTo: form.get(CONTROL.returnTo)
		});
		if (!control.success) return fail(400, { formError: m.journey_error_bad_request() });
		const values = valuesFromForm(form, questionsOf(module));
		const { revision, next, returnTo } = control.data;

		const saved = await saveAnswers(getDb(), getQuestionnaires(), {
			organisationId: user.organisationId,
			assessmentId: assessment.id,
			moduleId,
			answers: values,
			baseRevision: revision,
			known: assessment
		});
		if (!saved.ok) {
			switch (saved.reason) {
				case 'submitted':
					return fail(409, { formError: m.journey_error_submitted(), values });
				case 'unknown_question': {
					const question = saved.questionId;
					return fail(400, { formError: m.journey_error_unknown_question({ question }), values });
				}
				case 'invalid':
					return fail(400, { errors: answerErrorMessages(saved.errors), values });
				case 'conflict':
					return fail(409, {
						conflict: { revision: saved.revision, saved: formValues(saved.answers) },
						values
					});
				default:
					error(404, { message: m.journey_error_no_module() });
			}
		}
		const outcome = saved.value;
		const here = `/assessments/${assessment.id}/modules/${moduleId}`;
		if (next === 'autosave') {
			return {
				saved: true,
				revision: outcome.revision,
				answered: outcome.progress.answered,
				visible: outcome.progress.visible
			};
		}
		const back = returnTo === 'review' ? '&from=review' : '';
		if (next === 'stay') redirect(303, `${here}${back.replace('&', '?')}`);
		if (next === 'dashboard') redirect(303, '/dashboard');
		// Without JavaScript, questions an answer reveals appear only after a save: stay for them.
		if (outcome.revealed.length > 0) {
			const count = outcome.revealed.length;
			redirect(303, `${here}?revealed=${count}${back}#q-${outcome.revealed[0]}`);
		}
		const review = `/assessments/${assessment.id}/review`;
		if (returnTo === 'review') redirect(303, review);
		const following = modules[index + 1];
		if (following) redirect(303, `/assessments/${assessment.id}/modules/${following.id}`);
		const answers = await getAnswers(getDb(), assessment.id);
		const all = assessmentProgress(modules, { ...answers, [moduleId]: outcome.answers });
		redirect(303, all.complete ? review : '/dashboard');
	}
} satisfies Actions;
