import { beforeAll, describe, expect, it } from 'vitest';
import { renderActionPlan } from './action-plan';
import { formatDate, iloName, riskName } from '../../vocabulary/index';
import { fill } from './format';
import {
	count,
	pageTexts,
	pdfFonts,
	pdfInfo,
	pdfLanguage,
	renderPages,
	writeTemp
} from './poppler-test-helpers';
import { actionCode, planFixture } from './test-fixtures';
import type { ActionPlanDocument } from './types';

interface Rendered {
	doc: ActionPlanDocument;
	bytes: Uint8Array;
	path: string;
	pages: string[];
}

async function render(name: string, doc: ActionPlanDocument): Promise<Rendered> {
	const bytes = await renderActionPlan(doc);
	const path = writeTemp(bytes, `${name}.pdf`);
	return { doc, bytes, path, pages: pageTexts(path) };
}

/** The action table's header row as pdftotext lays it out: the column names on one line. */
function headerRow(doc: ActionPlanDocument): RegExp {
	const { labels } = doc;
	const names = [
		labels.pdf_col_priority,
		labels.pdf_col_action,
		labels.pdf_col_why,
		labels.pdf_col_owner
	];
	return new RegExp(names.join(' +'), 'g');
}

/** The first page whose text holds `text`, counting from 1; 0 when none does. */
function pageOf(pages: string[], text: string): number {
	return pages.findIndex((page) => page.includes(text)) + 1;
}

let pl: Rendered;
let uk: Rendered;
let long: Rendered;
let calm: Rendered;

beforeAll(async () => {
	[pl, uk, long, calm] = await Promise.all([
		render('plan-pl', planFixture('pl', { actions: 24 })),
		render('plan-uk', planFixture('uk', { actions: 10 })),
		render('plan-60', planFixture('pl', { actions: 60, forcedLabour: false })),
		render('plan-calm', {
			...planFixture('pl', { forcedLabour: false }),
			flags: [],
			actions: [],
			suppliers: []
		})
	]);
});

describe('renderActionPlan', () => {
	it('writes Polish text with its diacritics, in the order of the sections', () => {
		const text = pl.pages.join('\n');
		expect(pl.pages[0]).toContain('Zakład Przetwórstwa Owoców „Jabłuszko” sp. z o.o.');
		for (const letter of 'ąćęłńóśźżŁŚŻ') expect(text).toContain(letter);
		const { labels } = pl.doc;
		const order = [
			labels.pdf_plan_title,
			labels.pdf_protocol_duty,
			labels.pdf_summary_title,
			labels.pdf_flags_title,
			labels.pdf_actions_title,
			labels.pdf_suppliers_title,
			labels.pdf_findings_title,
			labels.pdf_appendix_title
		].map((heading) => text.indexOf(heading));
		expect(order.every((at) => at >= 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('writes Ukrainian text, labels and content alike', () => {
		const text = uk.pages.join('\n');
		expect(uk.pages[0]).toContain('ТОВ «Ягідка-Схід» (філія в Польщі)');
		expect(uk.pages[0]).toContain('Загальний рівень ризику');
		for (const letter of 'іїєҐЇ') expect(text).toContain(letter);
		expect(text).toContain('Ґанна Їжакевич');
		expect(text.indexOf('Підсумок')).toBeLessThan(text.indexOf('Тривожні сигнали'));
		expect(text.indexOf('Тривожні сигнали')).toBeLessThan(text.indexOf('Висновки за модулями'));
	});

	it('puts the worker-first protocol on page 2, right after the cover and before the summary', () => {
		const { labels, forcedLabour } = pl.doc;
		const title = labels.pdf_protocol_duty;
		expect(pageOf(pl.pages, title)).toBe(2);
		expect(pl.pages[1]).toContain(labels.pdf_protocol_steps);
		expect(pl.pages[1]).toContain('www.kcik.pl');
		expect(pageOf(pl.pages, labels.pdf_summary_title)).toBe(3);
		expect(pl.pages[1]).not.toContain(labels.pdf_summary_title);
		expect(forcedLabour?.steps.length).toBeGreaterThan(0);
		expect(pageOf(uk.pages, uk.doc.labels.pdf_protocol_duty)).toBe(2);
	});

	it('shows a phone number only for a contact that has one', () => {
		const phones = pl.doc.forcedLabour?.contacts.filter((c) => c.phone) ?? [];
		expect(phones).toHaveLength(1);
		expect(count(pl.pages[1], `${pl.doc.labels.pdf_contact_phone}:`)).toBe(1);
		expect(pl.pages[1]).toContain('000 000 000');
		expect(count(pl.pages[1], `${pl.doc.labels.pdf_contact_website}:`)).toBe(2);
	});

	it('leaves the protocol out when there is no sign of forced labour, and the summary follows the cover', () => {
		const title = long.doc.labels.pdf_protocol_duty;
		expect(pageOf(long.pages, title)).toBe(0);
		expect(pageOf(long.pages, long.doc.labels.pdf_summary_title)).toBe(2);
	});

	it('keeps the whole summary, heat map and its key on one page', () => {
		const summary = pl.pages[pageOf(pl.pages, pl.doc.labels.pdf_summary_title) - 1];
		const { labels } = pl.doc;
		for (const text of [
			iloName('AV', 'pl'),
			iloName('EO', 'pl'),
			labels.pdf_heatmap_legend,
			labels.pdf_evidence_gap_title
		]) {
			expect(summary).toContain(text);
		}
		expect(summary).toContain(riskName(null, 'pl'));
		for (const module of pl.doc.modules) expect(summary).toContain(module.title);
	});

	it('holds every action in the action table, in order', () => {
		for (const plan of [pl, uk, long]) {
			const tablePages = plan.pages.filter((page) => headerRow(plan.doc).test(page));
			const codes = tablePages.join('\n').match(/\bA\d{3}\b/g);
			expect(codes).toEqual(plan.doc.actions.map((_, i) => actionCode(i)));
		}
	});

	it('continues a 60-action table over several pages, with the header row on each', () => {
		const tablePages = long.pages.filter(
			(page) => /\bA\d{3}\b/.test(page) && page.includes(long.doc.labels.pdf_col_status)
		);
		expect(tablePages.length).toBeGreaterThanOrEqual(4);
		for (const page of tablePages) expect(count(page, headerRow(long.doc))).toBe(1);
		expect(count(long.pages.join('\n'), headerRow(long.doc))).toBe(tablePages.length);
	});

	it('numbers every page "X of Y" with the right total', () => {
		for (const plan of [pl, uk, long, calm]) {
			const total = Number(pdfInfo(plan.path).Pages);
			expect(plan.pages).toHaveLength(total);
			plan.pages.forEach((page, i) => {
				expect(page).toContain(fill(plan.doc.labels.pdf_footer_page, { page: i + 1, total }));
				expect(page).toContain(plan.doc.labels.pdf_footer_disclaimer);
				expect(page).toContain(formatDate(plan.doc.generatedAt, plan.doc.locale));
			});
		}
	});

	it('carries title, author, subject, creator, dates and language in its metadata', async () => {
		for (const plan of [pl, uk]) {
			const info = pdfInfo(plan.path);
			expect(info.Title).toBe(`${plan.doc.labels.pdf_plan_title}: ${plan.doc.organisation}`);
			expect(info.Author).toBe(plan.doc.organisation);
			expect(info.Subject).toBe(plan.doc.labels.pdf_plan_subject);
			expect(info.Creator).toBe(plan.doc.labels.pdf_creator);
			expect(info.Producer).toContain('pdf-lib');
			expect(info.CreationDate).toContain('2026');
			expect(await pdfLanguage(plan.bytes)).toBe(plan.doc.locale);
		}
	});

	it('renders every page to an image without errors', () => {
		for (const plan of [pl, uk, long, calm]) {
			const result = renderPages(plan.path);
			expect(result.status).toBe(0);
			expect(result.stderr).not.toMatch(/Error/i);
			expect(result.pngs).toBe(plan.pages.length);
		}
	});

	it('embeds only subsets of DejaVu Sans, so a ten-page plan stays small', () => {
		expect(pl.pages.length).toBeGreaterThanOrEqual(10);
		expect(pl.bytes.length).toBeLessThan(150 * 1024);
		for (const plan of [pl, uk, long]) {
			const fonts = pdfFonts(plan.path);
			expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
				'DejaVuSans',
				'DejaVuSans-Bold'
			]);
			for (const font of fonts) {
				expect(font).toMatchObject({ embedded: true, subset: true });
				expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
			}
		}
	});

	it('says so when there are no flags, actions or suppliers', () => {
		const text = calm.pages.join('\n');
		const { labels } = calm.doc;
		expect(text).toContain(labels.pdf_flags_none);
		expect(text).toContain(labels.pdf_actions_none);
		expect(text).toContain(labels.pdf_suppliers_none);
		expect(text).not.toMatch(headerRow(calm.doc));
	});
});
