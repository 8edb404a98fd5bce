import { describe, expect, it } from 'vitest';
import type { CellView, StatTable } from '../tables';
import { flagsByVoivodeshipChart, levelsBySectorChart } from './bars';
import type { Scene, TextItem } from './scene';
import { shorten } from './scene';
import { trendByQuarterChart } from './trend';

const KEYS = ['low', 'medium', 'high', 'possible_forced_labour', 'flagged'];

function oneWay(rows: StatTable['rows'], values: string[], cells: CellView[]): StatTable {
	return {
		rows,
		cols: null,
		population: rows === 'period' ? 'quarterly' : 'latest',
		measure: 'overall',
		min: 10,
		shareKeys: KEYS,
		rowValues: values,
		colValues: [],
		cells: cells.map((c) => [c]),
		rowTotals: null,
		colTotals: null,
		grandTotal: null
	};
}

const shown = (n: number, s: number[], flagged = 12): CellView => ({
	suppressed: false,
	organisations: n,
	shares: { low: s[0], medium: s[1], high: s[2], possible_forced_labour: s[3], flagged }
});
const hidden: CellView = { suppressed: true };

const texts = (scene: Scene) => scene.items.filter((i): i is TextItem => i.kind === 'text');
const labelled = (scene: Scene, row: string) => texts(scene).filter((t) => t.data?.row === row);

describe('charts', () => {
	const sectors = oneWay('sector', ['A', 'C'], [hidden, shown(45, [40, 30, 20, 10])]);

	it('draw a suppressed group as a hatched mark with the word, never a value', () => {
		for (const scene of [
			levelsBySectorChart(sectors, 'en'),
			flagsByVoivodeshipChart(
				oneWay(
					'voivodeship',
					['A', 'C'],
					sectors.cells.map((r) => r[0])
				),
				'en'
			),
			trendByQuarterChart(
				oneWay(
					'period',
					['A', 'C'],
					sectors.cells.map((r) => r[0])
				),
				'en'
			)
		]) {
			expect(labelled(scene, 'A').map((t) => [t.data?.field, t.text])).toEqual([
				['suppressed', 'suppressed']
			]);
			const marks = scene.items.filter((i) => i.kind === 'rect' && i.fill === 'suppressed');
			expect(marks).toHaveLength(1);
		}
	});

	it('label every level share and the rounded count of a group that passes', () => {
		const scene = levelsBySectorChart(sectors, 'en');
		expect(Object.fromEntries(labelled(scene, 'C').map((t) => [t.data?.field, t.text]))).toEqual({
			'share:low': '40%',
			'share:medium': '30%',
			'share:high': '20%',
			'share:possible_forced_labour': '10%',
			count: '45 org.'
		});
		expect(scene.title).toBe('Overall risk level by sector');
		expect(scene.desc).toContain('pattern');
		expect(scene.legend.map((l) => l.fill)).toEqual([
			'low',
			'medium',
			'high',
			'possible_forced_labour',
			'suppressed'
		]);
	});

	it('stack the segments of a group to the full bar, whatever the rounding of the shares', () => {
		const scene = levelsBySectorChart(oneWay('sector', ['C'], [shown(30, [33, 33, 33, 0])]), 'en');
		const rects = scene.items.filter((i) => i.kind === 'rect');
		const total = rects.reduce((a, r) => a + (r.kind === 'rect' ? r.width : 0), 0);
		expect(total).toBeCloseTo(400);
	});

	it('show the share with a red flag by voivodeship on an axis that fits the largest', () => {
		const scene = flagsByVoivodeshipChart(
			oneWay(
				'voivodeship',
				['mazowieckie', 'slaskie'],
				[shown(60, [0, 0, 0, 0], 23), shown(25, [0, 0, 0, 0], 8)]
			),
			'en'
		);
		expect(labelled(scene, 'mazowieckie').map((t) => t.text)).toEqual(['23%', '60 org.']);
		expect(texts(scene).some((t) => t.text === '30%')).toBe(true); // the axis ends at 30%
	});

	it('name quarters in the reader’s language', () => {
		const scene = trendByQuarterChart(
			oneWay('period', ['2025-Q3'], [shown(20, [50, 50, 0, 0])]),
			'pl'
		);
		expect(texts(scene).some((t) => t.text === '3. kw. 2025')).toBe(true);
	});

	it('shorten long labels at a word, keeping the full text as a title', () => {
		expect(shorten('Wholesale and retail trade; repair of motor vehicles', 30)).toBe(
			'Wholesale and retail trade…'
		);
		const scene = levelsBySectorChart(oneWay('sector', ['G'], [hidden]), 'en');
		const label = texts(scene).find((t) => t.title);
		expect(label?.title).toContain('repair of motor vehicles and motorcycles');
	});
});
