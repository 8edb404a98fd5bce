import type { Band, IloCode } from '../../questionnaire/codes';
import type { Locale, Priority } from '../../questionnaire/schema';

/**
 * What the PDFs are made of: plain data the app fills from its results. Every text taken
 * from the questionnaires and the plan is already in the document's language; levels,
 * indicators, risks and priorities stay codes. The renderers lay it out with the fixed
 * labels (headings, column names, footer, key) from `pdfLabels(locale)` and write the
 * codes, numbers and dates through the vocabulary (src/lib/vocabulary) in `locale`, as the
 * pages do.
 */

type PdfMessages = typeof import('../../../../messages/pdf/pl.json');
export type PdfLabelKey = Exclude<keyof PdfMessages, '$schema'>;
/**
 * Every `pdf_` message in one language. Messages with parameters hold them as `{name}`
 * placeholders, filled in by the renderer (see `fill`).
 */
export type PdfLabels = Record<PdfLabelKey, string>;

/** A risk on one answer or indicator: 0 good practice … 3 serious gap. */
export type Risk = 0 | 1 | 2 | 3;

/** A module's band; `critical` when a red flag fired, `incomplete` when required questions are unanswered. */
export type RiskLevel = Band | 'critical' | 'incomplete';

/** The overall result: a band, or possible forced labour, which is a protocol, not a score. */
export type OverallLevel = RiskLevel | 'possible_forced_labour';

/** An organisation that helps: a website and a phone only where a checked source gives one. */
export interface Contact {
	name: string;
	description?: string;
	website?: string;
	phone?: string;
}

/** The worker-first protocol shown when the answers point to possible forced labour. */
export interface ForcedLabourProtocol {
	/** Why the protocol shows: which answers together point to forced labour. */
	intro: string;
	steps: string[];
	contacts: Contact[];
	/** The legal duty to report, one paragraph per item. */
	legalDuty: string[];
}

/** The exact questionnaire file an assessment was answered in. */
export interface PinnedVersion {
	module: string;
	version: string;
	/** The file's full SHA-256 in hex; the cover prints its first 12 characters. */
	sha256: string;
}

export interface ModuleResult {
	title: string;
	level: RiskLevel;
	/** Control score 0–100, or null when it cannot be computed (incomplete, nothing scored). */
	score: number | null;
	/** Share of "don't know" answers, 0–1. */
	evidenceGap: number;
	flagCount: number;
}

export interface FlagItem {
	title: string;
	description: string;
	/** The title of the module the flag was raised in. */
	module: string;
	/** Titles of the actions that answer it. */
	actions: string[];
}

export interface ActionItem {
	priority: Priority;
	title: string;
	/** What to do, in full. */
	what: string;
	why: string;
	/** Who is responsible; empty when nobody is assigned yet. */
	owner: string;
	/** The due date as the reader should see it; empty when none is set. */
	due: string;
	status: string;
	legal: string[];
}

/** One supplier, agency or subcontractor in the register, in the order the plan ranks them. */
export interface SupplierItem {
	name: string;
	/** The supplier's kind in words (employment agency, subcontractor…). */
	kind: string;
	/** 0–10. */
	exposure: number;
	/** 0–100, or null when its questionnaire is not answered. */
	control: number | null;
	/** exposure × (100 − control) ÷ 100. */
	priority: number;
}

/** One answer that raised a module's risk. */
export interface Finding {
	question: string;
	/** The answer as given, in words (several choices joined). */
	answer: string;
	risk: Risk;
	/** The title of the red flag this answer raised, if any. */
	flag?: string;
}

export interface ModuleFindings {
	title: string;
	level: RiskLevel;
	score: number | null;
	findings: Finding[];
}

export interface ActionPlanDocument {
	locale: Locale;
	labels: PdfLabels;
	organisation: string;
	generatedAt: Date;
	overall: OverallLevel;
	/** Exposure 0–10 from the profile, or null when the profile is not answered. */
	exposure: number | null;
	/** Share of "don't know" answers across all modules, 0–1. */
	evidenceGap: number;
	versions: PinnedVersion[];
	modules: ModuleResult[];
	/** The highest risk per ILO indicator; null where no answered question probes it. */
	ilo: Record<IloCode, Risk | null>;
	/** Present exactly when the answers point to possible forced labour. */
	forcedLabour: ForcedLabourProtocol | null;
	flags: FlagItem[];
	actions: ActionItem[];
	suppliers: SupplierItem[];
	findings: ModuleFindings[];
	/** Where to get help, for the appendix. */
	help: Contact[];
}
