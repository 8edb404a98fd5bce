import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn } from './helpers';

/*
 * The inspector's statistics on the seeded synthetic set (tests/e2e/serve.sh passes
 * --demo-statistics; the threshold is the default 10): the tables, the charts and the
 * CSV show the same numbers and the same suppressed groups, and nothing else is open.
 */

type Row = Record<string, string>;

/** A table on the page as { row key: { column key: text } }. */
async function readTable(page: Page, selector: string): Promise<Record<string, Row>> {
	return page.locator(selector).evaluate((table) => {
		const keys = [...table.querySelectorAll('thead tr:last-child th[data-key]')].map(
			(th) => th.getAttribute('data-key') as string
		);
		const out: Record<string, Record<string, string>> = {};
		for (const tr of table.querySelectorAll('tbody tr')) {
			const cells = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim());
			out[tr.getAttribute('data-key') as string] = Object.fromEntries(
				keys.map((k, i) => [k, cells[i]])
			);
		}
		return out;
	});
}

/** The data lines of a CSV, without its comment lines, split into fields. */
function parseCsv(text: string): string[][] {
	return text
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n')
		.filter((l) => !l.startsWith('#'))
		.map((line) => {
			const fields: string[] = [];
			const re = /"((?:[^"]|"")*)"|([^,]*)/g;
			let m: RegExpExecArray | null;
			while ((m = re.exec(line))) {
				fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
				if (re.lastIndex >= line.length) break;
				re.lastIndex++; // the comma
			}
			return fields;
		});
}

test.describe('an inspector', () => {
	test.beforeEach(async ({ page }) => {
		await logIn(page, 'inspector');
	});

	test('sees the overview with the rules and numbers rounded to 5', async ({ page }) => {
		await page.goto('/statistics');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statystyki zbiorcze');
		await expect(page.getByText('mniej niż 10 organizacji')).toBeVisible();
		const organisations = (await page.getByTestId('organisations').textContent())?.trim();
		expect(Number(organisations) % 5).toBe(0);
		await expect(page.locator('#by-period td.suppressed').first()).toBeVisible();
		await expectAccessible(page);
	});

	test('sees the same numbers in the table, the chart and the CSV', async ({ page }) => {
		for (const [dim, chart] of [
			['sector', 'levels-by-sector'],
			['voivodeship', 'flags-by-voivodeship'],
			['period', 'trend-by-quarter']
		]) {
			await page.goto(`/statistics/table?rows=${dim}`);
			const table = await readTable(page, '#cross-table');
			const values = Object.entries(table).filter(([k]) => k !== 'total');
			expect(values.some(([, r]) => r.organisations === 'ukryte')).toBe(true);
			expect(values.some(([, r]) => /^\d+$/.test(r.organisations))).toBe(true);
			for (const [, r] of values) {
				// A suppressed group shows no number at all; a shown count is a multiple of 5.
				if (r.organisations === 'ukryte')
					expect(Object.values(r).every((v) => v === 'ukryte')).toBe(true);
				else expect(Number(r.organisations) % 5).toBe(0);
			}

			const csv = await page.request.get(`/api/statistics/table.csv?rows=${dim}`);
			expect(csv.status()).toBe(200);
			expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="statistics-/);
			const text = await csv.text();
			expect(text).toContain('# Komórka, w której jest mniej niż 10 organizacji');
			const [, ...lines] = parseCsv(text);
			const labels = await page.locator('#cross-table tbody th').allTextContents();
			expect(lines.map((l) => l[0])).toEqual(labels.map((l) => l.trim()));
			const screen = Object.values(table).map((r) =>
				Object.values(r).map((v) => v.replace('%', ''))
			);
			expect(lines.map((l) => l.slice(1))).toEqual(screen);

			await page.goto('/statistics/charts');
			const marks = await page
				.locator(`svg[data-chart="${chart}"] text[data-row]`)
				.evaluateAll((els) =>
					els.map((e) => [e.getAttribute('data-row'), e.getAttribute('data-field'), e.textContent])
				);
			expect(marks.length).toBeGreaterThan(0);
			for (const [row, field, content] of marks as [string, string, string][]) {
				const r = table[row];
				if (field === 'suppressed') expect(r.organisations).toBe('ukryte');
				else if (field === 'count') expect(content).toBe(`${r.organisations} org.`);
				else expect(content).toBe(r[field.replace('share:', '')]);
			}
			for (const [key, r] of values) {
				const drawn = marks.filter(([row]) => row === key).map(([, field]) => field);
				expect(drawn).toContain(r.organisations === 'ukryte' ? 'suppressed' : 'count');
			}
		}
	});

	test('reads a two-way table with a share, and the charts, with assistive technology', async ({
		page
	}) => {
		await page.goto('/statistics/table?rows=voivodeship&cols=period&share=high');
		await expect(page.locator('#cross-table caption')).toContainText('Wysokie');
		await expectAccessible(page);
		await page.goto('/statistics/charts');
		await expect(page.getByRole('img', { name: /według sektorów/ })).toBeVisible();
		await expectAccessible(page);
	});

	test('refused on employer and admin pages', async ({ page }) => {
		for (const path of ['/dashboard', '/admin']) {
			const response = await page.goto(path);
			const refused = response?.status() === 403 || new URL(page.url()).pathname !== path;
			expect(refused, path).toBe(true);
		}
	});
});

test.describe('an inspector without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('picks two dimensions in the form and downloads the same table', async ({ page }) => {
		await logIn(page, 'inspector');
		await page.goto('/statistics/table');
		await page.getByLabel('Wiersze').selectOption('sector');
		await page.getByLabel('Kolumny (opcjonalnie)').selectOption('size_band');
		await page.getByRole('button', { name: 'Pokaż tabelę' }).click();
		await expect(page).toHaveURL(/rows=sector&cols=size_band/);
		await expect(page.locator('#cross-table caption')).toContainText('Wielkość');
		const cells = await page
			.locator('#cross-table tbody td')
			.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-count')));
		expect(cells).toContain('suppressed');

		const href = await page
			.getByRole('link', { name: 'Pobierz tę tabelę (CSV)' })
			.getAttribute('href');
		expect(href).toBe('/api/statistics/table.csv?rows=sector&cols=size_band');
		const [, ...lines] = parseCsv(await (await page.request.get(href as string)).text());
		const keys = await page.locator('#cross-table tbody tr').count();
		expect(lines).toHaveLength(keys * 5); // four sizes and the row total
		expect(lines.map((l) => l[2])).toEqual(cells.map((c) => (c === 'suppressed' ? 'ukryte' : c)));
	});

	test('is told what is wrong with a combination that is not offered', async ({ page }) => {
		await logIn(page, 'inspector');
		await page.goto('/statistics/table?rows=module&cols=ilo');
		await expect(page.locator('.error-summary')).toContainText('nie można łączyć');
		await expect(page.locator('#cross-table')).toHaveCount(0);
	});
});

test.describe('anyone else', () => {
	test('is sent to log in, and gets no CSV', async ({ page, request }) => {
		await page.goto('/statistics/table');
		await expect(page).toHaveURL(/\/login\?next=/);
		const csv = await request.get('/api/statistics/table.csv?rows=sector', { maxRedirects: 0 });
		expect(csv.status()).toBe(303);
	});

	test('is refused as an employer', async ({ page }) => {
		await logIn(page, 'employer');
		for (const path of ['/statistics', '/statistics/table', '/statistics/charts']) {
			expect((await page.goto(path))?.status(), path).toBe(403);
		}
		expect((await page.request.get('/api/statistics/table.csv?rows=sector')).status()).toBe(403);
	});
});
