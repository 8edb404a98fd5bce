import { z } from 'zod';
import { m } from '../../paraglide/messages';
import { fail, ok, type Fail, type Ok } from '../../result';
import { ASSIGNABLE_ROLES } from './admin';
import { GRANTED_ROLES } from './authorize';
import { PASSWORD_MAX, PASSWORD_MIN } from './password';

// Texts are looked up when a form is checked, not when this module loads, so each
// message comes out in the language of the request being answered.
export const EMAIL_MAX = 254;
export const NAME_MAX = 200;

/** Field name -> message; the key `form` is for a problem with the form as a whole. */
export type FieldErrors = Record<string, string>;

const email = z
	.string()
	.trim()
	.min(1, { error: () => m.auth_error_email_required() })
	.max(EMAIL_MAX, { error: () => m.auth_error_email_too_long({ max: EMAIL_MAX }) })
	.regex(z.regexes.email, { error: () => m.auth_error_email_invalid() });

function newPassword(required: () => string) {
	return z
		.string()
		.min(1, { error: required })
		.min(PASSWORD_MIN, { error: () => m.auth_error_password_too_short({ min: PASSWORD_MIN }) })
		.max(PASSWORD_MAX, { error: () => m.auth_error_password_too_long({ max: PASSWORD_MAX }) });
}

// A typed password is checked against its hash, never against the rules for new ones,
// but an over-long one is refused before the costly hash.
function existingPassword(required: () => string) {
	return z
		.string()
		.min(1, { error: required })
		.max(PASSWORD_MAX, { error: () => m.auth_error_password_too_long({ max: PASSWORD_MAX }) });
}

const confirmation = z.string().min(1, { error: () => m.auth_error_password_confirm_required() });

function mismatchOn(field: string) {
	return {
		path: [field],
		error: () => m.auth_error_password_mismatch(),
		// Also when other fields have problems, so every message shows in one round.
		when: () => true
	};
}

export const signupSchema = z
	.object({
		email,
		password: newPassword(() => m.auth_error_password_required()),
		passwordConfirm: confirmation,
		organisationName: z
			.string()
			.trim()
			.min(1, { error: () => m.auth_error_organisation_required() })
			.max(NAME_MAX, { error: () => m.auth_error_organisation_too_long({ max: NAME_MAX }) }),
		displayName: z
			.string()
			.trim()
			.max(NAME_MAX, { error: () => m.auth_error_display_name_too_long({ max: NAME_MAX }) })
			.transform((v) => v || undefined)
	})
	.refine(
		(v) => v.passwordConfirm === '' || v.password === v.passwordConfirm,
		mismatchOn('passwordConfirm')
	);

export const loginSchema = z.object({
	email,
	password: existingPassword(() => m.auth_error_password_required())
});

export const passwordChangeSchema = z
	.object({
		currentPassword: existingPassword(() => m.auth_error_current_password_required()),
		newPassword: newPassword(() => m.auth_error_new_password_required()),
		newPasswordConfirm: confirmation
	})
	.refine(
		(v) => v.newPasswordConfirm === '' || v.newPassword === v.newPasswordConfirm,
		mismatchOn('newPasswordConfirm')
	);

export const adminCreateSchema = z.object({
	email,
	role: z.enum(GRANTED_ROLES, { error: () => m.auth_error_role_required() }),
	password: newPassword(() => m.auth_error_password_required())
});

export const adminRoleSchema = z.object({
	userId: z.string().min(1).max(64),
	role: z.enum(ASSIGNABLE_ROLES, { error: () => m.auth_error_role_required() })
});

export const adminResetSchema = z.object({
	userId: z.string().min(1).max(64)
});

/** Every named field as text (a missing or file field reads as empty). */
export function formFields<K extends string>(
	data: FormData,
	names: readonly K[]
): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const name of names) {
		const value = data.get(name);
		out[name] = typeof value === 'string' ? value : '';
	}
	return out;
}

export type Parsed<T> = Ok<T> | Fail<'invalid', { errors: FieldErrors }>;

/**
 * Parses fields with schema; on failure, the first message for each field, in the
 * order of the fields (the order the error summary lists them in).
 */
export function parseWith<S extends z.ZodType>(
	schema: S,
	fields: Record<string, string>
): Parsed<z.output<S>> {
	const result = schema.safeParse(fields);
	if (result.success) return ok(result.data);
	const first = new Map<string, string>();
	for (const issue of result.error.issues) {
		const key = issue.path.length ? String(issue.path[0]) : 'form';
		if (!first.has(key)) first.set(key, issue.message);
	}
	const order = [...Object.keys(fields), 'form'];
	const errors: FieldErrors = {};
	for (const key of [...first.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
		errors[key] = first.get(key)!;
	}
	return fail('invalid', { errors });
}

/** One message on one field (or `form`), typed like parseWith's so a page reads both alike. */
export function errorOn(field: string, message: string): FieldErrors {
	return { [field]: message };
}
