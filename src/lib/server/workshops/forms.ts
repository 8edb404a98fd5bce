import { z } from 'zod';
import { m } from '../../paraglide/messages';
import type { Pin } from '../../questionnaire/registry';
import { WORKSHOP_LANGUAGES, type WorkshopRefusal } from './workshop';

// Texts are looked up when a form is checked, so each message is in the request's language.
export const TITLE_MAX = 200;
export const PLACE_MAX = 300;
export const LABEL_MAX = 60;

const text = (max: number, required: () => string) =>
	z
		.string()
		.trim()
		.min(1, { error: required })
		.max(max, { error: () => m.workshops_error_too_long({ max }) });

/** The set of versions a form offered, so a set published in between is noticed. */
export function pinsKey(pins: Pin[]): string {
	return pins.map((p) => `${p.module}@${p.version}`).join(',');
}

function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const WORKSHOP_FIELDS = [
	'title',
	'association',
	'date',
	'format',
	'place',
	'language',
	'questionnaire',
	'followUpOf'
] as const;

/** The create form; `questionnaire` must name the set the server offers now. */
export function workshopSchema(offeredPins: string) {
	return z
		.object({
			title: text(TITLE_MAX, () => m.workshops_error_title_required()),
			association: text(TITLE_MAX, () => m.workshops_error_association_required()),
			date: z.string().refine(isCalendarDate, { error: () => m.workshops_error_date_invalid() }),
			format: z.enum(['in_person', 'online'], { error: () => m.workshops_error_format_required() }),
			place: z
				.string()
				.trim()
				.max(PLACE_MAX, { error: () => m.workshops_error_too_long({ max: PLACE_MAX }) }),
			language: z.enum(WORKSHOP_LANGUAGES, { error: () => m.workshops_error_language_required() }),
			questionnaire: z.literal(offeredPins, {
				error: () => m.workshops_error_questionnaire_changed()
			}),
			followUpOf: z.string().max(64)
		})
		.refine((v) => v.format === 'online' || v.place !== '', {
			path: ['place'],
			error: () => m.workshops_error_place_required(),
			when: () => true
		});
}

export const joinCodeSchema = z.object({
	code: z
		.string()
		.trim()
		.min(1, { error: () => m.workshops_error_code_required() })
		.max(20, { error: () => m.workshops_error_code_invalid() })
});

export const joinSchema = z.object({
	label: text(LABEL_MAX, () => m.workshops_error_label_required()),
	shareName: z.enum(['yes', '']).transform((v) => v === 'yes')
});

/** The message for a refusal, in the request's language. */
export function workshopErrorMessage(reason: WorkshopRefusal): string {
	switch (reason) {
		case 'invalid_code':
			return m.workshops_error_code_invalid();
		case 'not_found':
			return m.workshops_error_code_not_found();
		case 'closed':
			return m.workshops_error_closed();
		case 'follow_up_not_found':
			return m.workshops_error_follow_up_invalid();
	}
}
