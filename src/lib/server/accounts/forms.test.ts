import { describe, expect, it } from 'vitest';
import {
	adminCreateSchema,
	adminRoleSchema,
	formFields,
	loginSchema,
	parseWith,
	passwordChangeSchema,
	signupSchema
} from './forms';

const signupFields = ['email', 'password', 'passwordConfirm', 'organisationName', 'displayName'];

function form(values: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(values)) data.set(k, v);
	return data;
}

const signup = {
	email: ' Anna@Firma.pl ',
	password: 'dobre-haslo-123',
	passwordConfirm: 'dobre-haslo-123',
	organisationName: '  Piekarnia  ',
	displayName: ''
};

describe('form parsing', () => {
	it('reads missing and file fields as empty text', () => {
		const data = form({ email: 'a@b.pl' });
		data.set('password', new Blob(['x']));
		expect(formFields(data, ['email', 'password', 'other'])).toEqual({
			email: 'a@b.pl',
			password: '',
			other: ''
		});
	});

	it('accepts a good sign-up, trimming text but never the password', () => {
		const parsed = parseWith(signupSchema, {
			...signup,
			password: ' spacja-na-koncu ',
			passwordConfirm: ' spacja-na-koncu '
		});
		expect(parsed).toEqual({
			ok: true,
			value: {
				email: 'Anna@Firma.pl',
				password: ' spacja-na-koncu ',
				passwordConfirm: ' spacja-na-koncu ',
				organisationName: 'Piekarnia',
				displayName: undefined
			}
		});
	});

	it('reports every problem at once, one message per field, in the order of the form', () => {
		const parsed = parseWith(
			signupSchema,
			formFields(
				form({ email: 'nie-adres', password: 'krotkie', passwordConfirm: 'inne' }),
				signupFields
			)
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors)).toEqual([
			'email',
			'password',
			'passwordConfirm',
			'organisationName'
		]);
		expect(parsed.errors.email).toMatch(/poprawnym formacie/);
		expect(parsed.errors.password).toContain('10');
		expect(parsed.errors.passwordConfirm).toMatch(/różnią/);
	});

	it('refuses over-long fields with the limit in the message', () => {
		const parsed = parseWith(signupSchema, {
			...signup,
			email: `${'a'.repeat(250)}@firma.pl`,
			password: 'x'.repeat(201),
			passwordConfirm: 'x'.repeat(201),
			organisationName: 'o'.repeat(201),
			displayName: 'd'.repeat(201)
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors.email).toContain('254');
		expect(parsed.errors.password).toContain('200');
		expect(parsed.errors.organisationName).toContain('200');
		expect(parsed.errors.displayName).toContain('200');
		expect(parsed.errors.passwordConfirm).toBeUndefined();
	});

	it('asks for the confirmation rather than calling an empty one a mismatch', () => {
		const parsed = parseWith(signupSchema, { ...signup, passwordConfirm: '' });
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors.passwordConfirm).toMatch(/jeszcze raz/);
	});

	it('checks a log-in only for presence and length, not the rules for new passwords', () => {
		expect(parseWith(loginSchema, { email: 'a@firma.pl', password: 'krotkie' }).ok).toBe(true);
		const empty = parseWith(loginSchema, { email: '', password: '' });
		expect(empty).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: { email: expect.any(String), password: expect.any(String) }
		});
	});

	it('checks a password change', () => {
		const ok = {
			currentPassword: 'stare',
			newPassword: 'nowe-haslo-123',
			newPasswordConfirm: 'nowe-haslo-123'
		};
		expect(parseWith(passwordChangeSchema, ok).ok).toBe(true);
		const parsed = parseWith(passwordChangeSchema, { ...ok, newPasswordConfirm: 'nowe-haslo-124' });
		expect(parsed).toMatchObject({ ok: false, errors: { newPasswordConfirm: expect.any(String) } });
	});

	it('lets an admin grant staff roles only, and move accounts among non-guest roles', () => {
		const account = { email: 'ola@zwiazek.pl', password: 'tymczasowe-123' };
		for (const role of ['facilitator', 'inspector', 'admin']) {
			expect(parseWith(adminCreateSchema, { ...account, role }).ok).toBe(true);
		}
		for (const role of ['employer', 'guest', '', 'root']) {
			expect(parseWith(adminCreateSchema, { ...account, role }).ok).toBe(false);
		}
		expect(parseWith(adminRoleSchema, { userId: 'u1', role: 'employer' }).ok).toBe(true);
		expect(parseWith(adminRoleSchema, { userId: 'u1', role: 'guest' }).ok).toBe(false);
	});
});
