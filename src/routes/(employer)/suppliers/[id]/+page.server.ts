import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localize } from '$lib/questionnaire/localize';
import { moduleProgress, questionsOf } from '$lib/questionnaire/visibility';
import { getDb } from '$lib/server/context';
import { answerErrorText } from '$lib/server/plan';
import {
	checkSupplierAnswers,
	kindLabel,
	questionnaireView,
	saveSupplierAnswers
} from '$lib/server/suppliers';
import { loadSupplier } from './supplier.server';
import type { FormValues } from './visible';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { supplier, module } = await loadSupplier(event);
	const locale = getLocale();
	const answers: FormValues = Object.fromEntries(
		Object.entries(supplier.answers).map(([id, v]) => [id, typeof v === 'number' ? String(v) : v])
	);
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
		sections: questionnaireView(module.module, locale),
		answers,
		added: event.url.searchParams.has('added'),
		saved,
		missing: saved ? moduleProgress(module.module, supplier.answers).missing : []
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, supplier, module } = await loadSupplier(event);
		const form = await event.request.formData();
		const values: FormValues = {};
		for (const question of questionsOf(module.module)) {
			const all = form.getAll(question.id).filter((v): v is string => typeof v === 'string');
			values[question.id] = question.type === 'multi_choice' ? all : (all[0] ?? '');
		}
		const check = checkSupplierAnswers(module.module, values);
		if (!check.ok) {
			const errors: Record<string, string> = Object.fromEntries(
				Object.entries(check.errors).map(([id, problem]) => [id, answerErrorText(problem)])
			);
			return fail(400, { errors, values });
		}
		const expected = String(form.get('updated_at') ?? '') || undefined;
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
