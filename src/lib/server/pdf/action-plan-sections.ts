import { rgb } from 'pdf-lib';
import type { Locale, Priority } from '../../questionnaire/schema';
import { formatNumber, levelName, priorityName } from '../../vocabulary/index';
import { fill } from './format';
import { colors, LANDSCAPE, PORTRAIT, sizes, type Layout } from './layout';
import { riskLegend } from './heat-map';
import { levelColors, riskFill } from './risk-visuals';
import { table, type Cell } from './table';
import type { ActionPlanDocument, Contact, OverallLevel, PdfLabelKey, PdfLabels } from './types';

/**
 * A table cell naming a level in words on the level's colour; the large one on the cover
 * and the summary, where the summary also says what the level means.
 */
export function levelCell(
	level: OverallLevel,
	locale: Locale,
	size: 'small' | 'large' = 'small',
	meaning?: string
): Cell {
	const { fill, text } = levelColors(level);
	const words = levelName(level, locale);
	const parts = [
		{ text: words, bold: true, color: text, size: size === 'large' ? sizes.h2 : undefined }
	];
	if (meaning) parts.push({ text: meaning, bold: false, color: text, size: sizes.body });
	return { parts, fill };
}

/** Organisations to contact: the website and phone only where the view model has them. */
export function contacts(layout: Layout, labels: PdfLabels, list: Contact[]): void {
	for (const contact of list) {
		layout.ensure(4 * layout.lineHeight());
		layout.paragraph(contact.name, { bold: true, after: 1 });
		if (contact.description) layout.paragraph(contact.description, { indent: 12, after: 1 });
		if (contact.website)
			layout.paragraph(`${labels.pdf_contact_website}: ${contact.website}`, {
				indent: 12,
				after: 1
			});
		if (contact.phone)
			layout.paragraph(`${labels.pdf_contact_phone}: ${contact.phone}`, { indent: 12, after: 1 });
		layout.gap(6);
	}
}

export function flagsSection(layout: Layout, doc: ActionPlanDocument): void {
	const { labels } = doc;
	layout.newSection(PORTRAIT);
	layout.heading(labels.pdf_flags_title, 1);
	if (doc.flags.length === 0) {
		layout.paragraph(labels.pdf_flags_none);
		return;
	}
	layout.paragraph(labels.pdf_flags_intro, { size: sizes.small, color: colors.muted, after: 8 });
	for (const flag of doc.flags) {
		layout.ensure(6 * layout.lineHeight());
		layout.page.drawRectangle({
			x: layout.left,
			y: layout.y - 11,
			width: 8,
			height: 11,
			color: colors.alarm
		});
		layout.paragraph(flag.title, { bold: true, indent: 14, size: sizes.h3, after: 1 });
		layout.paragraph(`${labels.pdf_flags_module}: ${flag.module}`, {
			indent: 14,
			size: sizes.small,
			color: colors.muted,
			after: 3
		});
		layout.paragraph(flag.description, { indent: 14, after: 3 });
		if (flag.actions.length) {
			layout.paragraph(labels.pdf_flags_actions, { indent: 14, bold: true, after: 2 });
			layout.list(flag.actions, { indent: 14 });
		}
		layout.gap(6);
	}
}

const PRIORITY_FILL: Record<Priority, ReturnType<typeof rgb>> = {
	immediate: rgb(0.98, 0.82, 0.8),
	days_30: rgb(1, 0.93, 0.75),
	days_90: rgb(0.92, 0.93, 0.95)
};

/** The full action table, on landscape pages so seven columns stay readable. */
export function actionsSection(layout: Layout, doc: ActionPlanDocument): void {
	const { labels } = doc;
	if (doc.actions.length === 0) {
		layout.heading(labels.pdf_actions_title, 1);
		layout.paragraph(labels.pdf_actions_none);
		return;
	}
	layout.newSection(LANDSCAPE);
	layout.heading(labels.pdf_actions_title, 1);
	table(
		layout,
		[
			{ header: labels.pdf_col_priority, weight: 1 },
			{ header: labels.pdf_col_action, weight: 3 },
			{ header: labels.pdf_col_why, weight: 2.6 },
			{ header: labels.pdf_col_owner, weight: 1.1 },
			{ header: labels.pdf_col_due, weight: 1 },
			{ header: labels.pdf_col_status, weight: 1 },
			{ header: labels.pdf_col_legal, weight: 1.6 }
		],
		doc.actions.map((a) => [
			{
				parts: [{ text: priorityName(a.priority, doc.locale), bold: true }],
				fill: PRIORITY_FILL[a.priority]
			},
			{ parts: [{ text: a.title, bold: true }, { text: a.what }] },
			a.why,
			a.owner,
			a.due,
			a.status,
			a.legal.join('\n')
		]),
		{ zebra: true }
	);
}

export function suppliersSection(layout: Layout, doc: ActionPlanDocument): void {
	const { labels, locale } = doc;
	layout.keepSize(PORTRAIT);
	layout.heading(labels.pdf_suppliers_title, 1);
	if (doc.suppliers.length === 0) {
		layout.paragraph(labels.pdf_suppliers_none);
		return;
	}
	layout.paragraph(labels.pdf_suppliers_intro, {
		size: sizes.small,
		color: colors.muted,
		after: 8
	});
	table(
		layout,
		[
			{ header: labels.pdf_col_rank, weight: 0.5, align: 'right' },
			{ header: labels.pdf_col_name, weight: 3 },
			{ header: labels.pdf_col_kind, weight: 2 },
			{ header: labels.pdf_col_exposure, weight: 1.2, align: 'right' },
			{ header: labels.pdf_col_supplier_control, weight: 1.2, align: 'right' },
			{ header: labels.pdf_col_supplier_priority, weight: 1, align: 'right' }
		],
		doc.suppliers.map((s, i) => [
			String(i + 1),
			{ parts: [{ text: s.name, bold: true }] },
			s.kind,
			formatNumber(s.exposure, locale, 1),
			s.control === null ? '–' : formatNumber(s.control, locale, 0),
			formatNumber(s.priority, locale, 1)
		]),
		{ zebra: true }
	);
}

export function findingsSection(layout: Layout, doc: ActionPlanDocument): void {
	const { labels, locale } = doc;
	layout.heading(labels.pdf_findings_title, 1);
	layout.paragraph(labels.pdf_findings_intro, { size: sizes.small, color: colors.muted, after: 6 });
	for (const module of doc.findings) {
		layout.heading(`${module.title}: ${levelName(module.level, locale)}`, 2);
		if (module.score !== null) {
			layout.paragraph(
				fill(labels.pdf_findings_score, { score: formatNumber(module.score, locale, 0) }),
				{
					size: sizes.small,
					color: colors.muted
				}
			);
		}
		if (module.findings.length === 0) {
			layout.paragraph(labels.pdf_findings_none);
			continue;
		}
		table(
			layout,
			[
				{ header: labels.pdf_col_question, weight: 4 },
				{ header: labels.pdf_col_answer, weight: 3 },
				{ header: labels.pdf_col_risk, weight: 0.8 }
			],
			module.findings.map((f) => [
				f.question,
				{
					parts: [
						{ text: f.answer },
						...(f.flag
							? [
									{
										text: fill(labels.pdf_finding_flag, { flag: f.flag }),
										bold: true,
										color: colors.alarm
									}
								]
							: [])
					]
				},
				{
					parts: [
						{ text: String(f.risk), bold: true, color: f.risk === 3 ? colors.white : colors.text }
					],
					fill: riskFill(f.risk)
				}
			])
		);
	}
}

export function appendixSection(layout: Layout, doc: ActionPlanDocument): void {
	const { labels } = doc;
	layout.newSection(PORTRAIT);
	layout.heading(labels.pdf_appendix_title, 1);
	layout.heading(labels.pdf_appendix_help, 2);
	contacts(layout, labels, doc.help);
	layout.heading(labels.pdf_appendix_scores, 2);
	const keys: PdfLabelKey[] = [
		'pdf_scores_exposure',
		'pdf_scores_control',
		'pdf_scores_bands',
		'pdf_scores_flags',
		'pdf_scores_forced_labour',
		'pdf_scores_evidence_gap',
		'pdf_scores_ilo',
		'pdf_scores_supplier'
	];
	layout.list(keys.map((key) => labels[key]));
	riskLegend(layout, labels, doc.locale);
}
