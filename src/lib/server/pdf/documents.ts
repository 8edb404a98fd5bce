import type { ContactsFile } from '../../questionnaire/contacts';
import { presentContact } from '../../questionnaire/contacts';
import {
	pinnedModules,
	type LoadedModule,
	type Pin,
	type QuestionnaireRegistry
} from '../../questionnaire/registry';
import { localize } from '../../questionnaire/localize';
import { ILO_CODES, type IloCode } from '../../questionnaire/codes';
import type { Locale, QuestionnaireModule } from '../../questionnaire/schema';
import type {
	AssessmentResult,
	Level,
	ModuleResult as ScoredModule
} from '../../questionnaire/types';
import { questionsOf } from '../../questionnaire/visibility';
import type { ActionStatus, PlanItemView } from '../plan';
import { renderBlankQuestionnaire } from './blank-questionnaire';
import { contributionInWords, formatDate } from '../../vocabulary/index';
import { pdfLabels } from './labels';
import type {
	ActionPlanDocument,
	Contact,
	Finding,
	FlagItem,
	ForcedLabourProtocol,
	ModuleFindings,
	ModuleResult,
	OverallLevel,
	PdfLabels,
	Risk,
	RiskLevel,
	SupplierItem
} from './types';

/** The few words the mapping adds that are not PDF labels: the app's own messages. */
export interface PlanWords {
	status: Record<ActionStatus, string>;
	/** Precedes the names of the suppliers an action concerns. */
	concerns: string;
	removedSupplier: string;
}

export interface ActionPlanInput {
	organisation: string;
	result: AssessmentResult;
	/** The modules the result was scored with (its pins and its suppliers' versions). */
	modules: readonly QuestionnaireModule[];
	versions: readonly Pin[];
	/** The plan as the page shows it, with owners, dates and status. */
	items: readonly PlanItemView[];
	supplierNames: ReadonlyMap<string, string>;
	contacts: ContactsFile;
	locale: Locale;
	labels: PdfLabels;
	words: PlanWords;
	generatedAt: Date;
}

function overallOf(level: Level | null): OverallLevel {
	return level ?? 'incomplete';
}

/** A flag outranks everything, then a missing answer; otherwise the band. */
function levelOf(r: ScoredModule): RiskLevel {
	if (r.critical) return 'critical';
	if (r.incomplete || r.band === null) return 'incomplete';
	return r.band;
}

function contactOf(view: ReturnType<typeof presentContact>): Contact {
	return {
		name: view.name,
		description: view.helpsWith,
		...(view.website ? { website: view.website } : {}),
		...(view.phone ? { phone: view.phone } : {})
	};
}

function protocolOf(contacts: ContactsFile, locale: Locale): ForcedLabourProtocol {
	const { protocol } = contacts;
	const report = protocol.steps.filter((s) => s.id === 'report');
	return {
		intro: protocol.intro[locale],
		steps: [
			...protocol.steps
				.filter((s) => s.id !== 'report')
				.map((s) => `${s.title[locale]}: ${s.text[locale]}`),
			...protocol.do_not.map((d) => d.text[locale])
		],
		contacts: contacts.organisations.map((c) => contactOf(presentContact(c, locale))),
		legalDuty: report.map((s) => `${s.title[locale]}: ${s.text[locale]}`)
	};
}

export function actionPlanDocument(input: ActionPlanInput): ActionPlanDocument {
	const { result, locale, labels, words } = input;
	const moduleOf = (id: string, version: string) => {
		const module = input.modules.find((m) => m.id === id && m.version === version);
		if (!module) throw new Error(`No module ${id} ${version} for the action plan`);
		return module;
	};
	const titleOf = (id: string, version: string) => localize(moduleOf(id, version).title, locale);
	const supplierName = (id: string) => input.supplierNames.get(id) ?? words.removedSupplier;
	const scored = (r: ScoredModule) => moduleOf(r.moduleId, r.version);
	const assessed = result.modules.filter((r) => r.kind !== 'profile');

	const modules: ModuleResult[] = assessed.map((r) => ({
		title: titleOf(r.moduleId, r.version),
		level: levelOf(r),
		score: r.control,
		evidenceGap: r.evidenceGap ?? 0,
		flagCount: r.flags.length
	}));

	const versionOfFlag = (moduleId: string, supplierId: string | null) =>
		(supplierId === null
			? result.modules.find((r) => r.moduleId === moduleId)
			: result.suppliers.find((s) => s.supplierId === supplierId)
		)?.version ?? '';
	const flags: FlagItem[] = result.flags.map((f) => {
		const module = moduleOf(f.moduleId, versionOfFlag(f.moduleId, f.supplierId));
		const flag = module.flags.find((x) => x.id === f.flagId);
		const where = localize(module.title, locale);
		return {
			title: flag ? localize(flag.title, locale) : f.flagId,
			description: flag ? localize(flag.description, locale) : '',
			module: f.supplierId === null ? where : `${where}: ${supplierName(f.supplierId)}`,
			actions: (flag?.actions ?? []).map(
				(id) => localize(module.actions.find((a) => a.id === id)?.title, locale) ?? id
			)
		};
	});

	const actions = input.items.map((item) => ({
		priority: item.priority,
		title: item.title,
		what:
			item.suppliers.length > 0
				? `${item.what ?? ''} ${words.concerns} ${item.suppliers.join(', ')}.`.trim()
				: (item.what ?? ''),
		why: item.why ?? '',
		owner: item.owner ?? '',
		due: item.dueDate ? formatDate(item.dueDate, locale, 'medium') : '',
		status: words.status[item.status],
		legal: item.legal
	}));

	const suppliers: SupplierItem[] = result.suppliers.map((s) => {
		const module = scored(s);
		const kind = s.exposure.factors.find((f) => f.questionId === 'kind')?.choiceIds[0];
		const kindQuestion = questionsOf(module).find((q) => q.id === 'kind');
		const label =
			kind && kindQuestion && 'choices' in kindQuestion
				? localize(kindQuestion.choices.find((c) => c.id === kind)?.label, locale)
				: undefined;
		return {
			name: supplierName(s.supplierId),
			kind: label ?? kind ?? '',
			exposure: s.priorityExplain.exposure,
			control: s.control,
			priority: s.priority
		};
	});

	const findings: ModuleFindings[] = assessed.map((r) => {
		const module = scored(r);
		const list: Finding[] = r.contributions
			.filter((c) => c.risk > 0)
			.map((c) => {
				const fired = r.flags.find((f) => f.questionId === c.questionId);
				const flag = fired && module.flags.find((x) => x.id === fired.flagId);
				return {
					question:
						localize(questionsOf(module).find((q) => q.id === c.questionId)?.text, locale) ??
						c.questionId,
					answer: contributionInWords(
						questionsOf(module).find((q) => q.id === c.questionId),
						c,
						locale
					),
					risk: c.risk as Risk,
					...(flag ? { flag: localize(flag.title, locale) } : {})
				};
			});
		return {
			title: localize(module.title, locale),
			level: levelOf(r),
			score: r.control,
			findings: list
		};
	});

	const ilo = Object.fromEntries(
		ILO_CODES.map((code) => [
			code,
			(result.ilo.find((e) => e.code === code)?.risk ?? null) as Risk | null
		])
	) as Record<IloCode, Risk | null>;

	return {
		locale,
		labels,
		organisation: input.organisation,
		generatedAt: input.generatedAt,
		overall: overallOf(result.level),
		exposure: result.exposure?.score ?? null,
		evidenceGap: result.evidenceGap ?? 0,
		versions: [...input.versions],
		modules,
		ilo,
		forcedLabour: result.protocol ? protocolOf(input.contacts, locale) : null,
		flags,
		actions,
		suppliers,
		findings,
		help: input.contacts.organisations.map((c) => contactOf(presentContact(c, locale)))
	};
}

/** A file name any system keeps as it is: ASCII words and the day, e.g. plan-dzialan-2026-11-30.pdf. */
export function pdfFileName(stem: string, day: Date): string {
	const ascii = stem
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${ascii || 'document'}-${day.toISOString().slice(0, 10)}.pdf`;
}

/** The answer that hands a PDF over as a download; `headers` says how it may be cached. */
export function pdfDownload(
	pdf: Uint8Array,
	fileName: string,
	headers: Record<string, string>
): Response {
	return new Response(pdf.slice(), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="${fileName}"`,
			...headers
		}
	});
}

const blanks = new Map<string, Promise<Uint8Array>>();

/**
 * The modules a blank questionnaire prints: the pinned versions when pins are given (a
 * workshop prints the version its participants answer), else the newest; with the newest
 * supplier module either way, which is what the supplier register asks.
 */
function blankModules(registry: QuestionnaireRegistry, pins?: Pin[]): readonly LoadedModule[] {
	if (!pins) return registry.latest;
	const suppliers = registry.latest.filter((l) => l.module.kind === 'supplier');
	return [...pinnedModules(registry, pins), ...suppliers];
}

/**
 * The blank questionnaire in one language, of the newest published modules or of the
 * pinned ones. Rendering takes most of a second, and the files never change while the
 * process runs, so each version and language is rendered once a day (the footer carries the
 * date) and kept.
 */
export function blankQuestionnairePdf(
	registry: QuestionnaireRegistry,
	request: { locale: Locale; now?: Date; pins?: Pin[] }
): Promise<Uint8Array> {
	const { locale, now = new Date(), pins } = request;
	const day = now.toISOString().slice(0, 10);
	const modules = blankModules(registry, pins);
	const versions = modules.map((l) => `${l.id}@${l.version}`).join(',');
	const key = `${locale}/${versions}/${day}`;
	let pdf = blanks.get(key);
	if (!pdf) {
		for (const old of blanks.keys()) if (!old.endsWith(day)) blanks.delete(old);
		pdf = renderBlankQuestionnaire({
			modules: modules.map((l) => l.module),
			locale,
			labels: pdfLabels(locale),
			generatedAt: now
		});
		// A failed render is not kept, so the next request tries again.
		pdf.catch(() => blanks.delete(key));
		blanks.set(key, pdf);
	}
	return pdf;
}
