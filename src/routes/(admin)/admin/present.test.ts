import { describe, expect, it } from 'vitest';
import { describeAudit, formatDateTime } from './present';

describe('audit entries in words', () => {
	it('name the roles and the account, in the current language (Polish by default)', () => {
		const entry = { subjectEmail: 'ola@zwiazek.pl' };
		expect(
			describeAudit({ ...entry, action: 'account.role_changed', detail: 'employer -> admin' })
		).toBe('Zmiana roli ola@zwiazek.pl: Pracodawca → Administrator');
		expect(describeAudit({ ...entry, action: 'account.created', detail: 'inspector' })).toBe(
			'Utworzenie konta ola@zwiazek.pl z rolą: Inspektor pracy'
		);
		expect(describeAudit({ ...entry, action: 'account.password_reset', detail: null })).toBe(
			'Nadanie nowego hasła przez administratora: ola@zwiazek.pl'
		);
	});

	it('say when the account is gone, and show unknown actions as recorded', () => {
		expect(
			describeAudit({ action: 'account.password_changed', subjectEmail: null, detail: null })
		).toBe('Zmiana hasła: (usunięte konto)');
		expect(
			describeAudit({ action: 'assessment.deleted', subjectEmail: null, detail: 'by owner' })
		).toBe('assessment.deleted: by owner');
	});

	it('show times in Polish time, whatever the zone of the machine', () => {
		expect(formatDateTime('2026-07-01T10:00:00.000Z')).toContain('12:00');
		expect(formatDateTime('2026-01-01T10:00:00.000Z')).toContain('11:00');
	});
});
