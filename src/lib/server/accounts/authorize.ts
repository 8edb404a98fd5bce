import type { Role } from '../db';

/**
 * Everything a person can ask the app to do, and which roles may. This table is the one
 * place access is decided; every load and action asks it through requireRole/can.
 */
export const PERMISSIONS = {
	'assessment:own': ['guest', 'employer'],
	'supplier:own': ['guest', 'employer'],
	'organisation:own': ['guest', 'employer'],
	'workshop:join': ['guest', 'employer'],
	'workshop:manage': ['facilitator'],
	'aggregates:read': ['inspector'],
	'accounts:manage': ['admin'],
	'audit:read': ['admin'],
	'account:password': ['employer', 'facilitator', 'inspector', 'admin'],
	'account:register': ['guest']
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const ROLES: readonly Role[] = ['guest', 'employer', 'facilitator', 'inspector', 'admin'];
/** Roles only an admin may grant (never through sign-up). */
export const GRANTED_ROLES = ['facilitator', 'inspector', 'admin'] as const;

export function can(role: Role | null | undefined, permission: Permission): boolean {
	if (!role) return false;
	return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
