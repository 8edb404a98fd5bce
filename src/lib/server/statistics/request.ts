import { z } from 'zod';
import { DIMENSIONS, MULTI_VALUED, type Dimension, type TableRequest } from './tables';

/** What the table form and the CSV link ask for, as typed into the address. */
export interface TableQuery {
	rows: string;
	cols: string;
	share: string;
}

export type TableQueryError = 'invalid' | 'same' | 'two_multi';

const dimension = z.enum(DIMENSIONS);

/**
 * Reads ?rows=&cols=&share= into a table request, or says what is wrong with it. The
 * rows default to sector; no columns means a one-way table.
 */
export function readTableQuery(params: URLSearchParams): {
	query: TableQuery;
	request: TableRequest | null;
	share: string | null;
	error: TableQueryError | null;
} {
	const query = {
		rows: params.get('rows') ?? 'sector',
		cols: params.get('cols') ?? '',
		share: params.get('share') ?? ''
	};
	const rows = dimension.safeParse(query.rows);
	const cols =
		query.cols === '' ? { success: true as const, data: null } : dimension.safeParse(query.cols);
	const share = /^[a-z0-9_]{1,40}$/.test(query.share) ? query.share : null;
	if (!rows.success || !cols.success) return { query, request: null, share, error: 'invalid' };
	const r: Dimension = rows.data;
	const c: Dimension | null = cols.data;
	if (r === c) return { query, request: null, share, error: 'same' };
	if (c && MULTI_VALUED.includes(r) && MULTI_VALUED.includes(c)) {
		return { query, request: null, share, error: 'two_multi' };
	}
	return { query, request: { rows: r, cols: c }, share, error: null };
}

/** The address of the CSV of a table, with the same choices. */
export function csvHref(request: TableRequest, share: string | null): string {
	const p = new URLSearchParams({ rows: request.rows });
	if (request.cols) p.set('cols', request.cols);
	if (share) p.set('share', share);
	return `/api/statistics/table.csv?${p}`;
}
