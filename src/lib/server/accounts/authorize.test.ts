import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Permission } from './authorize';

describe('can', () => {
	it('refuses everything to an anonymous visitor', () => {
		for (const p of Object.keys(PERMISSIONS) as Permission[]) expect(can(null, p)).toBe(false);
	});

	it('keeps answers away from facilitators, inspectors and admins', () => {
		for (const role of ['facilitator', 'inspector', 'admin'] as const) {
			expect(can(role, 'assessment:own')).toBe(false);
			expect(can(role, 'supplier:own')).toBe(false);
		}
	});

	it('gives aggregates to inspectors only and account management to admins only', () => {
		expect(ROLES.filter((r) => can(r, 'aggregates:read'))).toEqual(['inspector']);
		expect(ROLES.filter((r) => can(r, 'accounts:manage'))).toEqual(['admin']);
		expect(ROLES.filter((r) => can(r, 'workshop:manage'))).toEqual(['facilitator']);
	});

	it('lets employers and guests work on their own organisation', () => {
		expect(can('employer', 'assessment:own')).toBe(true);
		expect(can('guest', 'assessment:own')).toBe(true);
		expect(can('guest', 'account:password')).toBe(false);
	});
});
