import type { Locale, Question, QuestionnaireModule } from '../../questionnaire/schema';
import { describeCondition, type NumberedQuestion } from './conditions';
import { createDocument, finishDocument, type DocumentInfo } from './document';
import { localize } from '../../questionnaire/localize';
import { formatNumber } from '../../vocabulary/index';
import { fill } from './format';
import { colors, sizes, type BlockRow, type Layout, type TextStyle } from './layout';
import type { PdfLabels } from './types';

export interface BlankQuestionnaireInput {
	modules: QuestionnaireModule[];
	locale: Locale;
	labels: PdfLabels;
	/** The date in the footer; now when not given. */
	generatedAt?: Date;
}

interface Context {
	layout: Layout;
	labels: PdfLabels;
	locale: Locale;
}

/** Question text starts here; the question's number sits in the gap to its left. */
const TEXT_INDENT = 34;
const CHOICE_INDENT = 19;
/** Choice marks drawn as text, so they also show in the text layer: one answer, or several. */
const MARK = { single: '○', multi: '□' } as const;
const MARK_SIZE = 14;
const WRITING_LINE = 20;

/**
 * Every module of a questionnaire version as a form to fill in by hand: numbered
 * questions, a circle per choice where one answer is asked for and a square where several
 * may be ticked, boxes for numbers, lines for words, and each condition said in words.
 */
export async function renderBlankQuestionnaire(
	input: BlankQuestionnaireInput
): Promise<Uint8Array> {
	const { labels, locale } = input;
	const info: DocumentInfo = {
		title: labels.pdf_blank_title,
		subject: labels.pdf_blank_subject,
		author: labels.pdf_creator,
		locale,
		labels,
		createdAt: input.generatedAt ?? new Date(),
		runningHead: labels.pdf_blank_title
	};
	const layout = await createDocument(info);
	const ctx = { layout, labels, locale };
	const modules = [...input.modules].sort((a, b) => a.order - b.order);

	layout.newSection();
	layout.paragraph(labels.pdf_blank_title, {
		size: sizes.title,
		bold: true,
		color: colors.accent,
		after: 12
	});
	layout.paragraph(labels.pdf_blank_intro, { after: 14 });
	for (const field of [
		labels.pdf_blank_organisation,
		labels.pdf_blank_date,
		labels.pdf_blank_filled_by
	]) {
		layout.block([writingLine(ctx, layout.left, `${field}:`)]);
	}
	legend(ctx);
	layout.heading(labels.pdf_summary_modules, 2);
	layout.list(
		modules.map(
			(m) =>
				`${localize(m.title, locale)} (${fill(labels.pdf_blank_version, { version: m.version })})`
		),
		{ numbered: true }
	);

	modules.forEach((module, i) => renderModule(ctx, module, i + 1));
	return finishDocument(layout, info);
}

function renderModule(ctx: Context, module: QuestionnaireModule, moduleNumber: number): void {
	const { layout, labels, locale } = ctx;
	layout.addPage();
	layout.heading(`${moduleNumber}. ${localize(module.title, locale)}`, 1);
	layout.paragraph(fill(labels.pdf_blank_version, { version: module.version }), {
		size: sizes.small,
		color: colors.muted
	});
	if (module.intro) layout.paragraph(localize(module.intro, locale), { after: 8 });
	const numbered = new Map<string, NumberedQuestion>();
	for (const section of module.sections) {
		layout.heading(localize(section.title, locale), 2);
		if (section.intro)
			layout.paragraph(localize(section.intro, locale), { size: sizes.small, color: colors.muted });
		for (const question of section.questions) {
			const number = question.type === 'info' ? null : `${moduleNumber}.${numbered.size + 1}`;
			const rows = questionRows(ctx, question, number, numbered);
			if (number) numbered.set(question.id, { number, question });
			layout.block(rows);
			layout.gap(12);
		}
	}
}

function questionRows(
	ctx: Context,
	question: Question,
	number: string | null,
	numbered: Map<string, NumberedQuestion>
): BlockRow[] {
	const { layout, labels, locale } = ctx;
	const x = layout.left + TEXT_INDENT;
	const width = layout.width - TEXT_INDENT;
	const rows: BlockRow[] = [];
	const small: TextStyle = { size: sizes.small, color: colors.muted };

	if (question.show_if) {
		const condition = describeCondition(question.show_if, numbered, labels, locale);
		rows.push(
			...textRows(ctx, fill(labels.pdf_cond_if, { condition }), x, width, {
				...small,
				color: colors.accent
			})
		);
	}
	if (question.type === 'info') {
		const info = textRows(ctx, localize(question.text, locale), x, width, {});
		return [...rows, ...info.map((row) => withBar(ctx, row, x - 8))];
	}

	const optional = question.required ? '' : ` ${labels.pdf_blank_optional}`;
	const text = textRows(ctx, localize(question.text, locale) + optional, x, width, { bold: true });
	const first = text[0];
	text[0] = {
		height: first.height,
		draw: (top) => {
			layout.drawLine(number ?? '', layout.left, top, { bold: true, color: colors.accent });
			first.draw(top);
		}
	};
	rows.push(...text);
	if (question.help) rows.push(...textRows(ctx, localize(question.help, locale), x, width, small));
	rows.push({ height: 4, draw: () => {} });

	switch (question.type) {
		case 'single_choice':
		case 'yes_no':
		case 'multi_choice': {
			const mark = question.type === 'multi_choice' ? MARK.multi : MARK.single;
			for (const choice of question.choices) {
				const exclusive = choice.exclusive ? ` ${labels.pdf_blank_exclusive}` : '';
				rows.push(...choiceRows(ctx, mark, localize(choice.label, locale) + exclusive, x, width));
			}
			break;
		}
		case 'number':
			rows.push(numberRow(ctx, question, x));
			break;
		case 'text': {
			const count = question.max_length <= 200 ? 2 : question.max_length <= 1000 ? 4 : 6;
			for (let i = 0; i < count; i++) rows.push(writingLine(ctx, x));
		}
	}
	return rows;
}

function textRows(
	ctx: Context,
	text: string,
	x: number,
	width: number,
	style: TextStyle
): BlockRow[] {
	const { layout } = ctx;
	return layout.wrap(text, width, style).map((line) => ({
		height: layout.lineHeight(style.size),
		draw: (top: number) => layout.drawLine(line, x, top, style)
	}));
}

/** A choice: its mark, then its label, wrapped beside the mark. */
function choiceRows(
	ctx: Context,
	mark: string,
	label: string,
	x: number,
	width: number
): BlockRow[] {
	const { layout } = ctx;
	const rows = textRows(ctx, label, x + CHOICE_INDENT, width - CHOICE_INDENT, {});
	const first = rows[0];
	rows[0] = {
		height: Math.max(first.height, MARK_SIZE * 1.35),
		draw: (top) => {
			drawMark(layout, mark, x - 1, top);
			first.draw(top - 1.5);
		}
	};
	return rows;
}

function numberRow(
	ctx: Context,
	question: Extract<Question, { type: 'number' }>,
	x: number
): BlockRow {
	const { layout, labels, locale } = ctx;
	const box = { width: 90, height: 19 };
	const unit = question.unit ? localize(question.unit, locale) : '';
	const value = (n: number) => formatNumber(n, locale, 2);
	const range =
		question.min !== undefined && question.max !== undefined
			? fill(labels.pdf_blank_range, { min: value(question.min), max: value(question.max) })
			: question.min !== undefined
				? fill(labels.pdf_blank_min, { min: value(question.min) })
				: question.max !== undefined
					? fill(labels.pdf_blank_max, { max: value(question.max) })
					: '';
	return {
		height: box.height + 6,
		draw: (top) => {
			layout.page.drawRectangle({
				x,
				y: top - box.height,
				...box,
				borderColor: colors.text,
				borderWidth: 0.8
			});
			const textTop = top - (box.height - sizes.body) / 2 + 1;
			const unitWidth = unit ? layout.measure(unit) + 10 : 0;
			if (unit) layout.drawLine(unit, x + box.width + 6, textTop);
			if (range)
				layout.drawLine(`(${range})`, x + box.width + 6 + unitWidth, textTop, {
					size: sizes.small,
					color: colors.muted
				});
		}
	};
}

/** A choice mark, sitting on the baseline of body text whose line starts at `top`. */
function drawMark(layout: Layout, mark: string, x: number, top: number): void {
	layout.drawLine(mark, x, top + MARK_SIZE - sizes.body - 1, { size: MARK_SIZE });
}

/** A line to write on, with an optional label before it. */
function writingLine(ctx: Context, x: number, label = ''): BlockRow {
	const { layout } = ctx;
	return {
		height: WRITING_LINE,
		draw: (top) => {
			const labelWidth = label ? layout.measure(label, { bold: true }) + 8 : 0;
			if (label) layout.drawLine(label, x, top + sizes.body - WRITING_LINE + 4, { bold: true });
			layout.page.drawLine({
				start: { x: x + labelWidth, y: top - WRITING_LINE + 3 },
				end: { x: layout.left + layout.width, y: top - WRITING_LINE + 3 },
				thickness: 0.5,
				color: colors.rule
			});
		}
	};
}

/** Marks information text (not a question) with a bar down its left side. */
function withBar(ctx: Context, row: BlockRow, x: number): BlockRow {
	return {
		height: row.height,
		draw: (top) => {
			ctx.layout.page.drawRectangle({
				x,
				y: top - row.height,
				width: 2.5,
				height: row.height,
				color: colors.rule
			});
			row.draw(top);
		}
	};
}

/** How to mark each kind of answer. */
function legend(ctx: Context): void {
	const { layout, labels } = ctx;
	layout.heading(labels.pdf_blank_legend_title, 2);
	const x = layout.left;
	const textX = x + 60;
	const entries: [BlockRow['draw'], string][] = [
		[
			(top) => layout.drawLine(MARK.single, x + 4, top + 0.5, { size: MARK_SIZE }),
			labels.pdf_blank_legend_single
		],
		[
			(top) => layout.drawLine(MARK.multi, x + 4, top + 0.5, { size: MARK_SIZE }),
			labels.pdf_blank_legend_multi
		],
		[
			(top) =>
				layout.page.drawRectangle({
					x: x + 4,
					y: top - 13,
					width: 44,
					height: 14,
					borderColor: colors.text,
					borderWidth: 0.8
				}),
			labels.pdf_blank_legend_number
		],
		[
			(top) =>
				layout.page.drawLine({
					start: { x: x + 4, y: top - 12 },
					end: { x: x + 48, y: top - 12 },
					thickness: 0.5,
					color: colors.rule
				}),
			labels.pdf_blank_legend_text
		]
	];
	layout.block(
		entries.map(([symbol, text]) => ({
			height: 19,
			draw: (top) => {
				symbol(top);
				layout.drawLine(text, textX, top - 1.5);
			}
		}))
	);
	layout.gap(6);
}
