import { describe, expect, it } from 'vitest';
import { decodeDevalue } from '../harness/http';
import { actionNames, apiMethods, pathOf, type Endpoint } from '../harness/routes';

// The hostile-input tests cover whatever these find in the route files, so they must find it all.
describe('reading actions and endpoints from route files', () => {
	it('finds every action name, the shorthand kind too, and nothing nested deeper', () => {
		const source = `export const load = () => ({ save: 1 });
export const actions = {
	save: async (event) => {
		const inner = { notAnAction: 1 };
	},
	default: async ({ request }) => {},
	async remove(event) {}
} satisfies Actions;`;
		expect(actionNames(source)).toEqual(['save', 'default', 'remove']);
		expect(actionNames('export const load = () => ({});')).toEqual([]);
	});

	it('finds the HTTP methods a +server.ts exports', () => {
		const source = `export const GET = (() => json({})) satisfies RequestHandler;
export async function POST() {}
export function DELETE() {}
const PUT = 1;`;
		expect(apiMethods(source)).toEqual(['GET', 'POST', 'DELETE']);
	});

	it('builds the URL without route groups, with parameters and the action name', () => {
		const save: Endpoint = {
			routeId: '/(employer)/assessments/[id]/modules/[module]',
			kind: 'action',
			name: 'save',
			fields: []
		};
		expect(pathOf(save, { id: 'abc', module: 'wages' })).toBe(
			'/assessments/abc/modules/wages?/save'
		);
		expect(pathOf({ ...save, name: 'default' }, { id: 'a', module: 'b' })).toBe(
			'/assessments/a/modules/b'
		);
		expect(() => pathOf(save, { id: 'abc' })).toThrow(/\[module\]/);
	});
});

describe('decoding SvelteKit action data (devalue)', () => {
	it('reads objects, arrays, repeats and the special numbers', () => {
		const data = JSON.stringify([{ a: 1, b: 2, c: 1, d: -3 }, 'x', [3, 4], 7, null]);
		expect(decodeDevalue(data)).toEqual({ a: 'x', b: [7, null], c: 'x', d: Number.NaN });
		expect(decodeDevalue('-1')).toBeUndefined();
	});

	it('refuses what it does not know rather than guess', () => {
		expect(() => decodeDevalue(JSON.stringify([['Date', '2026-01-01']]))).toThrow();
	});
});
