import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { answerErrorMessages, formValues, sectionViews, valuesFromForm } from '$lib/question-form';
import { localize } from '$lib/questionnaire/localize';
import { moduleProgress, questionsOf } from '$lib/questionnaire/visibility';
import { getDb } from '$lib/server/context';
import { checkSupplierAnswers, kindLabel, saveSupplierAnswers } from '$lib/server/suppliers';
import { loadSupplier } from './supplier.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { supplier, module } = await loadSupplier(event);
	const locale = getLocale();
	const saved = event.url.searchParams.has('saved');
	return {
		supplier: {
			id: supplier.id,
			name: supplier.name,
			kindLabel: kindLabel(module.module, supplier.kind, locale),
			updatedAt: supplier.updatedAt
		},
		title: localize(module.module.title, locale),
		intro: localize(module.module.intro, locale) ?? null,
		sections: sectionViews(module.module, locale),
		answers: formValues(supplier.answers),
		added: event.url.searchParams.has('added'),
		saved,
		missing: saved ? moduleProgress(module.module, supplier.answers).missing : []
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, supplier, module } = await loadSupplier(event);
		const form = await event.request.formData();
		const values = valuesFromForm(form, questionsOf(module.module));
		const check = checkSupplierAnswers(module.module, values);
		if (!check.ok) return fail(400, { errors: answerErrorMessages(check.errors), values });
		const expected = String(form.get('_updated_at') ?? '') || undefined;
		const outcome = await saveSupplierAnswers(getDb(), {
			organisationId: user.organisationId,
			id: supplier.id,
			answers: check.answers,
			expectedUpdatedAt: expected
		});
		if (!outcome.ok && outcome.reason === 'not_found') {
			error(404, { message: m.plan_supplier_not_found() });
		}
		if (!outcome.ok) {
			const errors: Record<string, string> = { form: m.plan_error_stale() };
			return fail(409, {
				errors,
				values,
				updatedAt: supplier.updatedAt
			});
		}
		if (check.missing.length > 0) redirect(303, `/suppliers/${supplier.id}?saved`);
		redirect(303, '/suppliers?done=answered');
	}
} satisfies Actions;
