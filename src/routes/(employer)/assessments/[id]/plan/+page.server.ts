import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import {
	actionProgress,
	addOwnAction,
	ensureActionItems,
	itemErrors,
	listActionItems,
	parseItemUpdate,
	parseOwnAction,
	planItemViews,
	removeOwnAction,
	updateActionItem
} from '$lib/server/plan';
import { getDb } from '$lib/server/context';
import { listSuppliers } from '$lib/server/suppliers';
import { loadPlan, ownAssessment } from '../assessment.server';
import type { Actions, PageServerLoad } from './$types';

const UPDATE_FIELDS = ['owner', 'due_date', 'status', 'note'] as const;
const OWN_FIELDS = ['title', 'priority', 'owner', 'due_date'] as const;

function fields<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
	return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? '')])) as Record<K, string>;
}

export const load = (async (event) => {
	const { user, assessment, planned, modules } = await loadPlan(event);
	const db = getDb();
	await ensureActionItems(db, assessment.id, planned);
	const [items, suppliers] = await Promise.all([
		listActionItems(db, assessment.id),
		listSuppliers(db, user.organisationId)
	]);
	return {
		assessment: { id: assessment.id, submittedAt: assessment.submittedAt },
		items: planItemViews({
			items,
			planned,
			modules,
			result: assessment.result,
			supplierNames: new Map(suppliers.map((s) => [s.id, s.name])),
			removedSupplier: m.plan_item_supplier_removed(),
			locale: getLocale()
		}),
		progress: actionProgress(items),
		saved: event.url.searchParams.get('saved'),
		added: event.url.searchParams.get('added'),
		removed: event.url.searchParams.has('removed')
	};
}) satisfies PageServerLoad;

export const actions = {
	update: async (event) => {
		const { user, assessmentId } = await ownAssessment(event);
		const form = await event.request.formData();
		const itemId = String(form.get('id') ?? '');
		const values = fields(form, UPDATE_FIELDS);
		const parsed = parseItemUpdate(values);
		if (!parsed.ok) return fail(400, { itemId, errors: itemErrors(parsed.errors), values });
		const expected = String(form.get('updated_at') ?? '') || undefined;
		const outcome = await updateActionItem(
			getDb(),
			{ organisationId: user.organisationId, assessmentId },
			{ itemId, update: parsed.value, expectedUpdatedAt: expected }
		);
		if (!outcome.ok && outcome.reason === 'not_found') {
			return fail(404, { itemId, errors: { form: m.plan_error_item_not_found() }, values });
		}
		if (!outcome.ok) {
			return fail(409, { itemId, errors: { form: m.plan_error_item_stale() }, values });
		}
		redirect(303, `/assessments/${assessmentId}/plan?saved=${itemId}#item-${itemId}`);
	},
	add: async (event) => {
		const { user, assessmentId } = await ownAssessment(event);
		const values = fields(await event.request.formData(), OWN_FIELDS);
		const parsed = parseOwnAction(values);
		if (!parsed.ok) return fail(400, { itemId: 'new', errors: itemErrors(parsed.errors), values });
		const plan = { organisationId: user.organisationId, assessmentId };
		const added = await addOwnAction(getDb(), plan, parsed.value);
		if (!added.ok) error(404, { message: m.plan_assessment_not_found() });
		const id = added.value;
		redirect(303, `/assessments/${assessmentId}/plan?added=${id}#item-${id}`);
	},
	remove: async (event) => {
		const { user, assessmentId } = await ownAssessment(event);
		const itemId = String((await event.request.formData()).get('id') ?? '');
		const plan = { organisationId: user.organisationId, assessmentId };
		if (!(await removeOwnAction(getDb(), plan, itemId)).ok) {
			return fail(404, { itemId, errors: { form: m.plan_error_item_not_found() }, values: {} });
		}
		redirect(303, `/assessments/${assessmentId}/plan?removed#own-action`);
	}
} satisfies Actions;
