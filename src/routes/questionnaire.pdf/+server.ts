import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale, isLocale } from '$lib/paraglide/runtime';
import { getQuestionnaires } from '$lib/server/context';
import { blankQuestionnairePdf, pdfDownload, pdfFileName } from '$lib/server/pdf';
import type { RequestHandler } from './$types';

/** The blank questionnaire of the newest published version, to print or read offline; public. */
export const GET: RequestHandler = async ({ url }) => {
	const asked = url.searchParams.get('lang');
	if (asked !== null && !isLocale(asked)) error(400, { message: m.plan_pdf_unknown_language() });
	const locale = asked ?? getLocale();
	const now = new Date();
	const pdf = await blankQuestionnairePdf(getQuestionnaires(), { locale, now });
	const name = pdfFileName(m.plan_pdf_file_blank({}, { locale }), now);
	return pdfDownload(pdf, name, {
		'Cache-Control': 'public, max-age=3600',
		// Without ?lang the language comes from the cookie, which a shared cache must respect.
		...(asked === null ? { Vary: 'Cookie' } : {})
	});
};
