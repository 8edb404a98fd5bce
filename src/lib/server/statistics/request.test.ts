import { describe, expect, it } from 'vitest';
import { csvHref, readTableQuery } from './request';

const read = (q: string) => readTableQuery(new URLSearchParams(q));

describe('readTableQuery', () => {
	it('defaults to the one-way table by sector', () => {
		expect(read('')).toMatchObject({ request: { rows: 'sector', cols: null }, error: null });
	});

	it('reads two dimensions and a share', () => {
		expect(read('rows=flag&cols=voivodeship&share=having')).toMatchObject({
			request: { rows: 'flag', cols: 'voivodeship' },
			share: 'having',
			error: null
		});
	});

	it('refuses an unknown dimension, the same one twice, and two multi-valued ones', () => {
		expect(read('rows=organisation').error).toBe('invalid');
		expect(read('rows=sector&cols=name').error).toBe('invalid');
		expect(read('rows=sector&cols=sector').error).toBe('same');
		expect(read('rows=module&cols=ilo').error).toBe('two_multi');
		expect(read('rows=organisation').query.rows).toBe('organisation');
	});

	it('drops a share that is not a plain key', () => {
		expect(read('share=%3Cscript%3E').share).toBeNull();
	});

	it('builds the CSV address with the same choices', () => {
		expect(csvHref({ rows: 'sector', cols: 'period' }, 'high')).toBe(
			'/api/statistics/table.csv?rows=sector&cols=period&share=high'
		);
		expect(csvHref({ rows: 'ilo', cols: null }, null)).toBe('/api/statistics/table.csv?rows=ilo');
	});
});
