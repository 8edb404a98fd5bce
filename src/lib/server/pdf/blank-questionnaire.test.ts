import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale, QuestionnaireModule } from '../../questionnaire/schema';
import { renderBlankQuestionnaire } from './blank-questionnaire';
import { localize } from '../../questionnaire/localize';
import { fill } from './format';
import { pdfLabels } from './labels';
import {
	count,
	pageTexts,
	pdfFonts,
	pdfInfo,
	pdfLanguage,
	renderPages,
	writeTemp
} from './poppler-test-helpers';
import { testModule } from './test-module';

const recruitment = testModule(10);
const profile: QuestionnaireModule = {
	...testModule(0),
	id: 'profile',
	title: { pl: 'Profil organizacji', en: 'Organisation profile', uk: 'Профіль організації' }
};
const questions = recruitment.sections.flatMap((s) => s.questions);

interface Rendered {
	bytes: Uint8Array;
	path: string;
	pages: string[];
	text: string;
}

const rendered = {} as Record<Locale, Rendered>;

beforeAll(async () => {
	for (const locale of ['pl', 'en', 'uk'] as const) {
		const bytes = await renderBlankQuestionnaire({
			// Out of order on purpose: the form follows each module's `order`.
			modules: [recruitment, profile],
			locale,
			labels: pdfLabels(locale),
			generatedAt: new Date('2026-03-14T10:00:00Z')
		});
		const path = writeTemp(bytes, `blank-${locale}.pdf`);
		const pages = pageTexts(path);
		rendered[locale] = { bytes, path, pages, text: pages.join('\n') };
	}
});

describe('renderBlankQuestionnaire', () => {
	it('shows every question of every module, numbered in order, modules in their order', () => {
		// The modules themselves start after the first page, which lists them.
		const text = rendered.pl.pages.slice(1).join('\n');
		const numbered = questions.filter((q) => q.type !== 'info');
		let last = -1;
		for (const [moduleNumber, module] of [profile, recruitment].entries()) {
			const at = text.indexOf(`${moduleNumber + 1}. ${localize(module.title, 'pl')}`, last + 1);
			expect(at).toBeGreaterThan(last);
			last = at;
			numbered.forEach((question, i) => {
				const line = new RegExp(
					`${moduleNumber + 1}\\.${i + 1} +${localize(question.text, 'pl').replace(/[?.()]/g, '\\$&')}`
				);
				const found = text.slice(last).search(line);
				expect(found, `${moduleNumber + 1}.${i + 1}`).toBeGreaterThanOrEqual(0);
				last += found;
			});
		}
		const info = questions.find((q) => q.type === 'info');
		expect(count(text, localize(info!.text, 'pl'))).toBe(2);
	});

	it('draws a circle per choice where one answer is asked, a square where several may be ticked', () => {
		const single = questions
			.filter((q) => q.type === 'single_choice' || q.type === 'yes_no')
			.reduce((sum, q) => sum + ('choices' in q ? q.choices.length : 0), 0);
		const multi = questions
			.filter((q) => q.type === 'multi_choice')
			.reduce((sum, q) => sum + ('choices' in q ? q.choices.length : 0), 0);
		const labels = pdfLabels('pl');
		for (const { text } of Object.values(rendered)) {
			// One of each in the key on the first page, then two modules' worth.
			expect(count(text, '○')).toBe(1 + 2 * single);
			expect(count(text, '□')).toBe(1 + 2 * multi);
		}
		expect(rendered.pl.pages[0]).toMatch(new RegExp(`○ +${labels.pdf_blank_legend_single}`));
		expect(rendered.pl.pages[0]).toMatch(new RegExp(`□ +${labels.pdf_blank_legend_multi}`));
		expect(rendered.pl.text).toMatch(/□ Za nic \(tylko osobno\)/);
	});

	it('says in words when a conditional question applies', () => {
		const en = rendered.en.text;
		expect(en).toContain('Answer only if question 2.1 is “Yes”.');
		expect(en).toMatch(
			/Answer only if question 2\.1 is “Yes” and the answer to question 2\.2 is at least 2\s+agencies\./
		);
		expect(count(en, 'Answer only if')).toBe(2 * questions.filter((q) => q.show_if).length);
		expect(rendered.pl.text).toContain('Odpowiedz tylko wtedy, gdy w pytaniu 2.1 wybrano „Tak”.');
		expect(rendered.uk.text).toContain('Відповідайте лише якщо у запитанні 2.1 вибрано «Так».');
	});

	it('gives number questions their unit and range, and help in its own line', () => {
		expect(rendered.pl.text).toMatch(/agencji +\(od 1 do 50\)/);
		expect(rendered.pl.text).toContain('Agencja musi mieć wpis w rejestrze KRAZ.');
		expect(rendered.uk.text).toMatch(/агентств +\(від 1 до 50\)/);
		expect(rendered.en.text).toContain('Describe problems with contracts. (optional)');
	});

	it('writes Ukrainian, falling back to Polish where a text has no translation', () => {
		const { text } = rendered.uk;
		expect(text).toContain('Чи користуєтеся ви агентствами?');
		expect(text).toContain('2.4    W jakim języku jest umowa?');
		expect(text).toContain('Мовою працівника');
	});

	it('numbers its pages, carries its metadata and renders cleanly with subset fonts only', async () => {
		for (const [locale, { bytes, path, pages }] of Object.entries(rendered) as [
			Locale,
			Rendered
		][]) {
			const labels = pdfLabels(locale);
			const info = pdfInfo(path);
			expect(info.Title).toBe(labels.pdf_blank_title);
			expect(await pdfLanguage(bytes)).toBe(locale);
			pages.forEach((page, i) =>
				expect(page).toContain(fill(labels.pdf_footer_page, { page: i + 1, total: pages.length }))
			);
			const png = renderPages(path);
			expect(png).toMatchObject({ status: 0, pngs: pages.length });
			expect(png.stderr).not.toMatch(/Error/i);
			for (const font of pdfFonts(path))
				expect(font).toMatchObject({ embedded: true, subset: true });
			expect(bytes.length).toBeLessThan(60 * 1024);
		}
	});
});
