import { createDocument, finishDocument, type DocumentInfo } from './document';
import { exposureName, formatDate, formatNumber, formatPercent } from '../../vocabulary/index';
import { fill } from './format';
import { heatMap } from './heat-map';
import { colors, sizes, type Layout } from './layout';
import {
	actionsSection,
	appendixSection,
	contacts,
	findingsSection,
	flagsSection,
	levelCell,
	suppliersSection
} from './action-plan-sections';
import { levelColors } from './risk-visuals';
import { table } from './table';
import type { ActionPlanDocument, ForcedLabourProtocol } from './types';

/**
 * The action plan as a PDF, in this order: cover; the worker-first protocol when the
 * answers point to possible forced labour (on its own page, before anything else);
 * summary with the ILO heat map; red flags; the action table; suppliers by priority;
 * findings per module; where to get help and what the scores mean.
 */
export async function renderActionPlan(doc: ActionPlanDocument): Promise<Uint8Array> {
	const info: DocumentInfo = {
		title: `${doc.labels.pdf_plan_title}: ${doc.organisation}`,
		subject: doc.labels.pdf_plan_subject,
		author: doc.organisation,
		locale: doc.locale,
		labels: doc.labels,
		createdAt: doc.generatedAt,
		runningHead: `${doc.organisation} · ${doc.labels.pdf_plan_title}`
	};
	const layout = await createDocument(info);
	cover(layout, doc);
	if (doc.forcedLabour) protocol(layout, doc, doc.forcedLabour);
	summary(layout, doc);
	flagsSection(layout, doc);
	actionsSection(layout, doc);
	suppliersSection(layout, doc);
	findingsSection(layout, doc);
	appendixSection(layout, doc);
	return finishDocument(layout, info);
}

function cover(layout: Layout, doc: ActionPlanDocument): void {
	const { labels } = doc;
	layout.newSection();
	layout.page.drawRectangle({
		x: 0,
		y: layout.page.getHeight() - 14,
		width: layout.page.getWidth(),
		height: 14,
		color: colors.accent
	});
	layout.paragraph(labels.pdf_creator, { size: sizes.body, color: colors.muted, after: 10 });
	layout.paragraph(labels.pdf_plan_title, {
		size: sizes.title,
		bold: true,
		color: colors.accent,
		after: 14
	});
	layout.paragraph(doc.organisation, { size: sizes.h1, bold: true, after: 22 });

	const label = (text: string) => ({ parts: [{ text, bold: true }] });
	table(
		layout,
		[
			{ header: '', weight: 1 },
			{ header: '', weight: 2 }
		],
		[
			[label(labels.pdf_cover_organisation), doc.organisation],
			[label(labels.pdf_cover_date), formatDate(doc.generatedAt, doc.locale)],
			[label(labels.pdf_cover_overall), levelCell(doc.overall, doc.locale, 'large')],
			[label(labels.pdf_cover_language), `${labels.pdf_cover_language_name} (${doc.locale})`]
		],
		{ header: false, size: sizes.body }
	);

	layout.heading(labels.pdf_cover_versions, 2);
	table(
		layout,
		[
			{ header: labels.pdf_col_module, weight: 2 },
			{ header: labels.pdf_col_version, weight: 1 },
			{ header: labels.pdf_col_sha, weight: 1.6 }
		],
		doc.versions.map((v) => [v.module, v.version, v.sha256.slice(0, 12)])
	);
	layout.paragraph(labels.pdf_cover_versions_note, {
		size: sizes.small,
		color: colors.muted,
		after: 18
	});
	layout.paragraph(labels.pdf_cover_note, { size: sizes.body, color: colors.muted });
}

function protocol(layout: Layout, doc: ActionPlanDocument, protocol: ForcedLabourProtocol): void {
	const { labels } = doc;
	layout.addPage();
	const lines = layout.wrap(labels.pdf_protocol_title, layout.width - 24, {
		size: sizes.h1,
		bold: true
	});
	const bandHeight = lines.length * layout.lineHeight(sizes.h1) + 20;
	const { fill: background, text } = levelColors('possible_forced_labour');
	layout.page.drawRectangle({
		x: layout.left,
		y: layout.y - bandHeight,
		width: layout.width,
		height: bandHeight,
		color: background
	});
	lines.forEach((line, i) => {
		layout.drawLine(line, layout.left + 12, layout.y - 10 - i * layout.lineHeight(sizes.h1), {
			size: sizes.h1,
			bold: true,
			color: text
		});
	});
	layout.gap(bandHeight + 12);
	layout.paragraph(protocol.intro, { after: 10 });
	layout.heading(labels.pdf_protocol_steps, 2);
	layout.list(protocol.steps, { numbered: true });
	layout.heading(labels.pdf_protocol_contacts, 2);
	contacts(layout, labels, protocol.contacts);
	layout.heading(labels.pdf_protocol_duty, 2);
	for (const paragraph of protocol.legalDuty) layout.paragraph(paragraph);
}

function summary(layout: Layout, doc: ActionPlanDocument): void {
	const { labels, locale } = doc;
	layout.addPage();
	layout.heading(labels.pdf_summary_title, 1);

	table(
		layout,
		[
			{ header: '', weight: 1 },
			{ header: '', weight: 3 }
		],
		[
			[
				{ parts: [{ text: labels.pdf_summary_overall, bold: true }] },
				levelCell(doc.overall, locale, 'large', labels[`pdf_meaning_${doc.overall}`])
			],
			[
				{ parts: [{ text: exposureName(locale), bold: true }] },
				{
					parts: [
						{
							text:
								doc.exposure === null
									? '–'
									: fill(labels.pdf_summary_exposure_value, {
											score: formatNumber(doc.exposure, locale, 1)
										}),
							bold: true
						},
						{ text: labels.pdf_summary_exposure_note, color: colors.muted, size: sizes.small }
					]
				}
			],
			[
				{ parts: [{ text: labels.pdf_evidence_gap_title, bold: true }] },
				{
					parts: [
						{
							text: fill(labels.pdf_evidence_gap_text, {
								percent: formatPercent(doc.evidenceGap, locale)
							})
						}
					]
				}
			]
		],
		{ header: false, size: sizes.body }
	);

	layout.heading(labels.pdf_summary_modules, 2);
	table(
		layout,
		[
			{ header: labels.pdf_col_module, weight: 2.3 },
			{ header: labels.pdf_col_control, weight: 1.2, align: 'right' },
			{ header: labels.pdf_col_band, weight: 2.1 },
			{ header: labels.pdf_col_evidence_gap, weight: 1.1, align: 'right' },
			{ header: labels.pdf_col_flags, weight: 1.1, align: 'right' }
		],
		doc.modules.map((m) => [
			m.title,
			m.score === null ? '–' : formatNumber(m.score, locale, 0),
			levelCell(m.level, locale),
			formatPercent(m.evidenceGap, locale),
			String(m.flagCount)
		])
	);

	layout.heading(labels.pdf_heatmap_title, 2);
	layout.paragraph(labels.pdf_heatmap_intro, { size: sizes.small, color: colors.muted });
	heatMap(layout, doc);
}
