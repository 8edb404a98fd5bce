import { getLocale } from '$lib/paraglide/runtime';
import { requireOrganisation } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { listSuppliers, presentRegister, rankRegister } from '$lib/server/suppliers';
import type { PageServerLoad } from './$types';

const NOTICES = ['answered', 'updated', 'removed'] as const;

export const load = (async (event) => {
	const user = requireOrganisation(event, 'supplier:own');
	const suppliers = await listSuppliers(getDb(), user.organisationId);
	const done = event.url.searchParams.get('done');
	return {
		suppliers: presentRegister(rankRegister(getQuestionnaires(), suppliers), getLocale()),
		notice: NOTICES.find((n) => n === done) ?? null
	};
}) satisfies PageServerLoad;
