import { describe, expect, it } from 'vitest';
import type { StatTable } from './tables';
import { tableCsv } from './csv';
import { presentTable, shownText, type PresentedCell, type Shown } from './present';

const shares = { low: 50, medium: 30, high: 20, possible_forced_labour: 0, flagged: 10 };

const oneWay: StatTable = {
	rows: 'sector',
	cols: null,
	population: 'latest',
	measure: 'overall',
	min: 10,
	shareKeys: ['low', 'medium', 'high', 'possible_forced_labour', 'flagged'],
	rowValues: ['A', 'C'],
	colValues: [],
	cells: [[{ suppressed: true }], [{ suppressed: false, organisations: 25, shares }]],
	rowTotals: null,
	colTotals: [{ suppressed: false, organisations: 30, shares }],
	grandTotal: null
};

const twoWay: StatTable = {
	...oneWay,
	cols: 'size_band',
	colValues: ['micro', 'small'],
	cells: [
		[{ suppressed: true }, { suppressed: true }],
		[{ suppressed: true }, { suppressed: false, organisations: 20, shares }]
	],
	rowTotals: [{ suppressed: true }, { suppressed: false, organisations: 25, shares }],
	colTotals: [{ suppressed: true }, { suppressed: false, organisations: 25, shares }],
	grandTotal: { suppressed: false, organisations: 30, shares }
};

/** The data lines of a CSV (comment lines dropped), split into unquoted fields. */
function parse(csv: string): string[][] {
	return csv
		.trimEnd()
		.split('\r\n')
		.filter((l) => !l.startsWith('#'))
		.map((line) => {
			const fields: string[] = [];
			let rest = line;
			while (rest.length) {
				const m = rest.match(/^"((?:[^"]|"")*)"(,|$)|^([^,]*)(,|$)/) as RegExpMatchArray;
				fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[3]);
				rest = rest.slice(m[0].length);
				if (m[0].endsWith(',') && !rest.length) fields.push('');
			}
			return fields;
		});
}

describe('the CSV of a table', () => {
	it('states the threshold and the rules in its header', () => {
		const csv = tableCsv(oneWay, null, 'en');
		const comments = csv.split('\r\n').filter((l) => l.startsWith('# '));
		expect(comments.join('\n')).toContain('fewer than 10 organisations');
		expect(comments.join('\n')).toContain('rounded to the nearest 5');
		expect(comments.join('\n')).toContain('no hidden number can be worked out');
		expect(comments.join('\n')).toContain('“suppressed” marks a suppressed cell');
	});

	it('holds exactly what the screen shows, one-way', () => {
		const [header, ...body] = parse(tableCsv(oneWay, null, 'en'));
		expect(header).toEqual([
			'Sector (NACE section)',
			'Organisations',
			'Low risk (%)',
			'Medium risk (%)',
			'High risk (%)',
			'Possible forced labour (%)',
			'With a red flag (%)'
		]);
		const p = presentTable(oneWay, null, { locale: 'en' });
		const screen = p.rows.map((r) => [
			r.label,
			...(r.cells as Shown[]).map((c) => shownText(c, { locale: 'en' }).replace('%', ''))
		]);
		expect(body).toEqual(screen);
		expect(body[0]).toEqual([
			'A — Agriculture, forestry and fishing',
			...Array(6).fill('suppressed')
		]);
		expect(body[2]).toEqual(['Total', '30', '50', '30', '20', '0', '10']);
	});

	it('holds exactly what the screen shows, two-way, with the chosen share', () => {
		const p = presentTable(twoWay, 'high', { locale: 'en' });
		const expected = p.rows.flatMap((r) =>
			(r.cells as PresentedCell[]).map((c, j) => [
				r.label,
				p.columns[j],
				shownText(c.count, { locale: 'en' }),
				shownText(c.share as Shown, { locale: 'en' }).replace('%', '')
			])
		);
		const [header, ...body] = parse(tableCsv(twoWay, 'high', 'en'));
		expect(header).toEqual(['Sector (NACE section)', 'Size', 'Organisations', 'High risk (%)']);
		expect(body).toEqual(expected);
		expect(body).toContainEqual(['Total', 'Total', '30', '20']);
		// A suppressed cell never carries a number, not even a share.
		for (const row of body) if (row[2] === 'suppressed') expect(row[3]).toBe('suppressed');
	});

	it('never lets a spreadsheet read a field as a formula', () => {
		const odd: StatTable = { ...oneWay, rows: 'flag', rowValues: ['=cmd:x'] };
		odd.cells = [[{ suppressed: true }]];
		expect(tableCsv(odd, null, 'en')).toContain("'=cmd: x");
	});
});
