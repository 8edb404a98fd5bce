/**
 * Every form action and API endpoint, read from the route files themselves, so a new action
 * is covered by the hostile-input tests the day it is added, without a list to keep up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ROOT } from './server';

export interface Endpoint {
	/** SvelteKit's route id, e.g. `/(employer)/assessments/[id]/modules/[module]`. */
	routeId: string;
	/** `action`: a page's form action; `api`: a +server.ts handler; `page`: a page reading its query. */
	kind: 'action' | 'api' | 'page';
	/** The action's name (`default` for the default one) or the HTTP method. */
	name: string;
	/** Field names the route's code and forms mention: the fields worth confusing. */
	fields: string[];
}

const ROUTES = join(ROOT, 'src/routes');
const SHARED = join(ROOT, 'src/lib');

function routeFiles(name: string): string[] {
	return readdirSync(ROUTES, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name === name)
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

function routeIdOf(file: string): string {
	const dir = relative(ROUTES, dirname(file)).split(sep).join('/');
	return dir ? `/${dir}` : '/';
}

/** The names declared in `export const actions = { ... }`: keys one tab in. */
export function actionNames(source: string): string[] {
	const start = source.indexOf('export const actions');
	if (start < 0) return [];
	const end = source.indexOf('satisfies Actions', start);
	const block = source.slice(start, end < 0 ? undefined : end);
	return [...block.matchAll(/^\t(?:async\s+)?([A-Za-z_$][\w$]*)\s*(?::|\()/gm)].map((m) => m[1]);
}

export function apiMethods(source: string): string[] {
	const found = source.matchAll(
		/^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm
	);
	return [...found].map((m) => m[1]);
}

function formNamesIn(files: string[], names: Set<string>): void {
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/\bname="([\w-]{1,64})"/g)) names.add(m[1]);
	}
}

function svelteFiles(dir: string, recursive: boolean): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive })
		.filter((e) => e.isFile() && e.name.endsWith('.svelte'))
		.map((e) => join(e.parentPath, e.name));
}

/**
 * Field names: name="..." in the route's components and in the shared ones (a language switcher
 * posts from every page), and short quoted words in the route's server code.
 */
function fieldNames(dir: string, server: string): string[] {
	const names = new Set<string>();
	formNamesIn([...svelteFiles(dir, false), ...svelteFiles(SHARED, true)], names);
	for (const m of server.matchAll(/'([A-Za-z_][\w]{0,40})'/g)) names.add(m[1]);
	return [...names].sort();
}

export function formActions(): Endpoint[] {
	return routeFiles('+page.server.ts').flatMap((file) => {
		const source = readFileSync(file, 'utf8');
		const fields = fieldNames(dirname(file), source);
		return actionNames(source).map((name) => ({
			routeId: routeIdOf(file),
			kind: 'action' as const,
			name,
			fields
		}));
	});
}

export function apiEndpoints(): Endpoint[] {
	return routeFiles('+server.ts').flatMap((file) => {
		const source = readFileSync(file, 'utf8');
		return apiMethods(source).map((name) => ({
			routeId: routeIdOf(file),
			kind: 'api' as const,
			name,
			fields: fieldNames(dirname(file), source)
		}));
	});
}

/** Pages whose load reads the query string (filters, a search, ?next=): worth odd queries too. */
export function queryPages(): Endpoint[] {
	return routeFiles('+page.server.ts')
		.filter((file) => /searchParams/.test(readFileSync(file, 'utf8')))
		.map((file) => {
			const source = readFileSync(file, 'utf8');
			const names = [...source.matchAll(/searchParams\.(?:get|getAll|has)\('([^']+)'\)/g)];
			return {
				routeId: routeIdOf(file),
				kind: 'page' as const,
				name: 'GET',
				fields: [...new Set([...names.map((m) => m[1]), ...fieldNames(dirname(file), source)])]
			};
		});
}

/**
 * The URL path of a route with its parameters filled in; a parameter without a sample value
 * fails loudly, so that a new route gets a real value rather than a silent skip.
 */
export function pathOf(endpoint: Endpoint, params: Record<string, string>): string {
	const segments = endpoint.routeId
		.split('/')
		.filter((s) => s && !/^\(.*\)$/.test(s))
		.map((s) =>
			s.replace(/\[\[?(?:\.\.\.)?(\w+)(?:=\w+)?\]?\]/g, (_, name: string) => {
				const value = params[name];
				if (value === undefined) {
					throw new Error(`No sample value for [${name}] in ${endpoint.routeId}`);
				}
				return encodeURIComponent(value);
			})
		);
	const path = `/${segments.join('/')}`;
	if (endpoint.kind !== 'action' || endpoint.name === 'default') return path;
	return `${path}?/${endpoint.name}`;
}
