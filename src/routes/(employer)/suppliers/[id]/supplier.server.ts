import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireOrganisation } from '$lib/server/accounts';
import { getDb, getQuestionnaires } from '$lib/server/context';
import { getSupplier, supplierModule } from '$lib/server/suppliers';

interface SupplierEvent {
	locals: App.Locals;
	url: URL;
	params: { id: string };
}

/**
 * The organisation's supplier named in the URL with its pinned module; 404 for an id that
 * does not exist and for another organisation's alike, so neither reveals anything.
 */
export async function loadSupplier(event: SupplierEvent) {
	const user = requireOrganisation(event, 'supplier:own');
	const supplier = await getSupplier(getDb(), user.organisationId, event.params.id);
	if (!supplier) error(404, { message: m.plan_supplier_not_found() });
	return { user, supplier, module: supplierModule(getQuestionnaires(), supplier) };
}
