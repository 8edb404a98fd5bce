import { m } from '$lib/paraglide/messages';

const NAMES: Record<string, () => string> = {
	guest: m.auth_role_guest,
	employer: m.auth_role_employer,
	facilitator: m.auth_role_facilitator,
	inspector: m.auth_role_inspector,
	admin: m.auth_role_admin
};

/** A role as people read it, in the current language; an unknown one as it is stored. */
export function roleName(role: string): string {
	return NAMES[role]?.() ?? role;
}
