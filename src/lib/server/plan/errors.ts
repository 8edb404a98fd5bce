import { m } from '../../paraglide/messages';
import type { ItemError, ItemErrors } from './item-forms';
import {
	COUNTRY_MAX,
	type DetailsError,
	type DetailsField,
	KRAZ_MAX,
	NAME_MAX
} from '../suppliers';
import { NOTE_MAX, OWNER_MAX, TITLE_MAX } from './item-forms';

// Codes from the services become messages here, when the request is answered, so each
// comes out in the language of that request.

const DETAILS_MAX: Record<DetailsField, number> = {
	name: NAME_MAX,
	kind: 0,
	country: COUNTRY_MAX,
	kraz_number: KRAZ_MAX
};

export function detailsErrors(
	errors: Partial<Record<DetailsField, DetailsError>>
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [field, code] of Object.entries(errors) as [DetailsField, DetailsError][]) {
		if (code === 'too_long') out[field] = m.plan_error_too_long({ max: DETAILS_MAX[field] });
		else if (code === 'kraz_not_agency') out[field] = m.plan_error_kraz_not_agency();
		else if (field === 'name') out[field] = m.plan_error_name_required();
		else if (field === 'kind') out[field] = m.plan_error_kind_required();
		else out[field] = m.plan_error_invalid();
	}
	return out;
}

const ITEM_MAX: Record<string, number> = { title: TITLE_MAX, owner: OWNER_MAX, note: NOTE_MAX };

function itemErrorText(field: string, code: ItemError): string {
	if (code === 'too_long') return m.plan_error_too_long({ max: ITEM_MAX[field] ?? 0 });
	if (code === 'invalid_date') return m.plan_error_date();
	if (field === 'title') return m.plan_error_title_required();
	if (field === 'priority') return m.plan_error_priority();
	if (field === 'status') return m.plan_error_status();
	return m.plan_error_invalid();
}

export function itemErrors(errors: ItemErrors): Record<string, string> {
	return Object.fromEntries(
		Object.entries(errors).map(([field, code]) => [field, itemErrorText(field, code as ItemError)])
	);
}
