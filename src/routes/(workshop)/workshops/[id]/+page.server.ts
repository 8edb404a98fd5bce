import { error, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requirePermission } from '$lib/server/accounts';
import { config } from '$lib/server/config';
import { getDb, getQuestionnaires } from '$lib/server/context';
import {
	beforeAfter,
	closeWorkshop,
	cohortResults,
	followUpsOf,
	formatJoinCode,
	getWorkshop,
	workshopLabels,
	workshopProgress
} from '$lib/server/workshops';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requirePermission(event, 'workshop:manage');
	const db = getDb();
	const registry = getQuestionnaires();
	const workshop = await getWorkshop(db, user.id, event.params.id);
	if (!workshop) error(404, { message: m.error_not_found() });
	const which = { facilitatorId: user.id, workshopId: workshop.id };
	const cohortOf = { ...which, min: config.cohortMin };
	const [progress, cohort, comparison, followUps] = await Promise.all([
		workshopProgress(db, registry, which),
		cohortResults(db, registry, cohortOf),
		beforeAfter(db, registry, cohortOf),
		followUpsOf(db, user.id, workshop.id)
	]);
	const code = formatJoinCode(workshop.joinCode);
	const joinUrl = `${event.url.origin}/join/${code}`;
	const qrSvg = await QRCode.toString(joinUrl, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M'
	});
	return {
		workshop: {
			id: workshop.id,
			title: workshop.title,
			association: workshop.association,
			date: workshop.date,
			place: workshop.place,
			online: workshop.online,
			language: workshop.language,
			status: workshop.status
		},
		code,
		joinUrl,
		qrSvg,
		progress,
		cohort,
		comparison: comparison && {
			earlier: {
				id: comparison.before.id,
				title: comparison.before.title,
				date: comparison.before.date
			},
			cohorts: comparison.comparison
		},
		followUps: followUps.map((w) => ({ id: w.id, title: w.title, date: w.date })),
		labels: workshopLabels(registry, workshop.pins, getLocale()),
		min: config.cohortMin
	};
}) satisfies PageServerLoad;

export const actions = {
	close: async (event) => {
		const user = requirePermission(event, 'workshop:manage');
		if (!(await closeWorkshop(getDb(), user.id, event.params.id)).ok) {
			error(404, { message: m.error_not_found() });
		}
		redirect(303, `/workshops/${event.params.id}`);
	}
} satisfies Actions;
