import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { roleName } from '$lib/vocabulary';

/** Times as people in Poland read them, whatever the server's or the browser's zone. */
export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(getLocale(), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Warsaw'
	}).format(new Date(iso));
}

interface Entry {
	action: string;
	subjectEmail: string | null;
	detail: string | null;
}

/** An audit entry in words; actions from other parts of the app show as recorded. */
export function describeAudit(entry: Entry): string {
	const subject = entry.subjectEmail ?? m.auth_audit_deleted_account();
	switch (entry.action) {
		case 'account.registered':
			return m.auth_audit_account_registered({ subject });
		case 'account.guest_registered':
			return m.auth_audit_account_guest_registered({ subject });
		case 'account.created':
			return m.auth_audit_account_created({ subject, role: roleName(entry.detail ?? '') });
		case 'account.role_changed': {
			const [from = '', to = ''] = (entry.detail ?? '').split(' -> ');
			return m.auth_audit_role_changed({ subject, from: roleName(from), to: roleName(to) });
		}
		case 'account.password_changed':
			return m.auth_audit_password_changed({ subject });
		case 'account.password_reset':
			return m.auth_audit_password_reset({ subject });
		default:
			return [entry.action, entry.detail].filter(Boolean).join(': ');
	}
}
