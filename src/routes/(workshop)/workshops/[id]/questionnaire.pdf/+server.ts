import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { blankQuestionnairePdf, pdfDownload, pdfFileName } from '$lib/server/pdf';
import { getWorkshop } from '$lib/server/workshops';
import type { RequestHandler } from './$types';

/**
 * The workshop's print pack: the blank questionnaire of the versions the workshop pinned, in
 * its language, so the paper matches what the participants answer on screen even after a
 * newer version is published.
 */
export const GET: RequestHandler = async (event) => {
	const user = requirePermission(event, 'workshop:manage');
	const workshop = await getWorkshop(getDb(), user.id, event.params.id);
	if (!workshop) error(404, { message: m.error_not_found() });
	const locale = workshop.language;
	const now = new Date();
	const pdf = await blankQuestionnairePdf(getQuestionnaires(), {
		locale,
		now,
		pins: workshop.pins
	});
	const name = pdfFileName(m.plan_pdf_file_blank({}, { locale }), now);
	return pdfDownload(pdf, name, { 'Cache-Control': 'private, no-store' });
};
