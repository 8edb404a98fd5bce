import YAML from 'yaml';
import { z } from 'zod';
import { idSchema, type Locale } from './schema';

/**
 * Where to get help (questionnaires/contacts.yaml) and the worker-first protocol shown when an
 * assessment points to possible forced labour. Unlike questionnaire texts, nothing here may fall
 * back to Polish: a worker or employer in crisis must read it in their own language.
 */

const filledString = z.string().trim().min(1);

export const completeTextSchema = z.strictObject({
	pl: filledString,
	en: filledString,
	uk: filledString
});
export type CompleteText = z.infer<typeof completeTextSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const checkedDateSchema = z
	.string()
	.regex(ISO_DATE, 'checked must be a date like 2026-01-31')
	.refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
		message: 'checked must be a real calendar date'
	});

/** Digits with an optional leading + and single spaces between groups, as people dial them. */
export const phoneSchema = z
	.string()
	.regex(/^\+?\d+( \d+)*$/, 'a phone number holds digits, spaces and an optional leading +');

export const contactSchema = z
	.strictObject({
		id: idSchema,
		name: completeTextSchema,
		helps_with: completeTextSchema,
		website: z.url({ protocol: /^https$/ }).optional(),
		phone: phoneSchema.optional(),
		/** Where the details come from: an official website, a law, a dated publication. */
		source: filledString,
		/** The day the details were last checked against the source; null if never checked. */
		checked: checkedDateSchema.nullable()
	})
	.refine((c) => c.phone === undefined || c.checked !== null, {
		message: 'a phone number needs the date it was checked against its source',
		path: ['phone']
	});
export type Contact = z.infer<typeof contactSchema>;

const protocolStepSchema = z.strictObject({
	id: idSchema,
	title: completeTextSchema,
	text: completeTextSchema
});
export type ProtocolStep = z.infer<typeof protocolStepSchema>;

const protocolWarningSchema = z.strictObject({ id: idSchema, text: completeTextSchema });
export type ProtocolWarning = z.infer<typeof protocolWarningSchema>;

export const protocolSchema = z.strictObject({
	title: completeTextSchema,
	intro: completeTextSchema,
	steps: z.array(protocolStepSchema).min(1),
	do_not: z.array(protocolWarningSchema).min(1)
});
export type Protocol = z.infer<typeof protocolSchema>;

function duplicateIds(items: { id: string }[]): string[] {
	const seen = new Set<string>();
	return items.filter((i) => seen.has(i.id) || !seen.add(i.id)).map((i) => i.id);
}

export const contactsFileSchema = z
	.strictObject({
		organisations: z.array(contactSchema).min(1),
		protocol: protocolSchema
	})
	.superRefine((file, ctx) => {
		const lists = {
			organisations: file.organisations,
			'protocol.steps': file.protocol.steps,
			'protocol.do_not': file.protocol.do_not
		};
		for (const [where, items] of Object.entries(lists)) {
			for (const id of duplicateIds(items)) {
				ctx.addIssue({ code: 'custom', message: `duplicate id ${id} in ${where}` });
			}
		}
	});
export type ContactsFile = z.infer<typeof contactsFileSchema>;

export const DEFAULT_CONTACTS_FILE = 'questionnaires/contacts.yaml';

/** Parses and validates the file's text; the error names the file, each path and the reason. */
export function parseContacts(text: string, fileName = DEFAULT_CONTACTS_FILE): ContactsFile {
	const result = contactsFileSchema.safeParse(YAML.parse(text));
	if (!result.success) {
		const reasons = result.error.issues.map(
			(i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`
		);
		throw new Error(`${fileName} is invalid:\n${reasons.join('\n')}`);
	}
	return result.data;
}

/**
 * The phone number that may be shown, or null. The schema already refuses a phone without a
 * checked date; this guard keeps the promise for any Contact built outside the loader too.
 */
export function displayPhone(contact: Contact): string | null {
	if (contact.phone === undefined || contact.checked === null || !contact.source.trim())
		return null;
	return contact.phone;
}

export interface ContactView {
	id: string;
	name: string;
	helpsWith: string;
	website: string | null;
	phone: string | null;
	source: string;
	checked: string | null;
}

/** One organisation in one language, as pages and PDFs show it. */
export function presentContact(contact: Contact, locale: Locale): ContactView {
	return {
		id: contact.id,
		name: contact.name[locale],
		helpsWith: contact.helps_with[locale],
		website: contact.website ?? null,
		phone: displayPhone(contact),
		source: contact.source,
		checked: contact.checked
	};
}
