import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { ensureActionItems, listActionItems, planItemViews } from '$lib/server/plan';
import { getContacts, getDb } from '$lib/server/context';
import { organisationName } from '$lib/server/organisations';
import {
	actionPlanDocument,
	pdfDownload,
	pdfFileName,
	pdfLabels,
	renderActionPlan
} from '$lib/server/pdf';
import { listSuppliers } from '$lib/server/suppliers';
import { loadPlan } from '../assessment.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { user, assessment, planned, modules, versions } = await loadPlan(event);
	const db = getDb();
	await ensureActionItems(db, assessment.id, planned);
	const [items, suppliers, organisation] = await Promise.all([
		listActionItems(db, assessment.id),
		listSuppliers(db, user.organisationId),
		organisationName(db, user.organisationId)
	]);
	const locale = getLocale();
	const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));
	const words = {
		status: {
			open: m.plan_status_open(),
			in_progress: m.plan_status_in_progress(),
			done: m.plan_status_done()
		},
		concerns: m.plan_item_suppliers(),
		removedSupplier: m.plan_item_supplier_removed()
	};
	const now = new Date();
	const pdf = await renderActionPlan(
		actionPlanDocument({
			organisation: organisation ?? '',
			result: assessment.result,
			modules,
			versions,
			items: planItemViews({
				items,
				planned,
				modules,
				result: assessment.result,
				supplierNames,
				removedSupplier: words.removedSupplier,
				locale
			}),
			supplierNames,
			contacts: getContacts(),
			locale,
			labels: pdfLabels(locale),
			words,
			generatedAt: now
		})
	);
	return pdfDownload(pdf, pdfFileName(m.plan_pdf_file_plan(), now), {
		'Cache-Control': 'no-store'
	});
};
