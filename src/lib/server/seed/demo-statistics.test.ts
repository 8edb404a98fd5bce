import { describe, expect, it } from 'vitest';
import { crossTable } from '../statistics';
import { freshDb, testEngines } from '../db/test-helpers';
import { seedDemoStatistics } from './demo-statistics';

describe.each(testEngines)('the demo statistics on %s', (engine) => {
	it('show some groups and suppress others at the default threshold, once', async () => {
		const t = await freshDb(engine);
		try {
			const recorded = await seedDemoStatistics(t.db, 60, new Date('2025-11-15T12:00:00Z'));
			expect(recorded).toBeGreaterThan(50);
			expect(await seedDemoStatistics(t.db)).toBe(0);
			const sectors = await crossTable(t.db, { rows: 'sector', cols: null }, { min: 10 });
			const cells = sectors.cells.map((r) => r[0]);
			expect(cells.filter((c) => !c.suppressed).length).toBeGreaterThanOrEqual(2);
			expect(cells.filter((c) => c.suppressed).length).toBeGreaterThan(0);
			const quarters = await crossTable(t.db, { rows: 'period', cols: null }, { min: 10 });
			expect(quarters.rowValues).toHaveLength(4);
		} finally {
			await t.close();
		}
	});
});
