import type { Band, FlagKind, IloCode, Level } from './codes';
import type { Answers, Priority, QuestionnaireModule } from './schema';

export type { Band, FlagKind, Level };

/**
 * Result types of scoring and the action plan. Every result is plain data (no Set, Map,
 * Date or undefined: absent values are null) because it is stored as a JSON snapshot when
 * an assessment is submitted and must read back exactly as it was.
 */

/** Version of the result's shape, so a stored snapshot says how to read it. */
export const RESULT_FORMAT = 1;

/** One answer that moved a number, and by how much. */
export interface Contribution {
	questionId: string;
	/** The chosen choice ids (empty for a number answer). */
	choiceIds: string[];
	/** The number answered, for number questions; otherwise null. */
	value: number | null;
	risk: number;
	weight: number;
	/** Points this answer moved the number: lost out of 100 for control, added out of 10 for exposure. */
	points: number;
	dontKnow: boolean;
}

export interface ExposureResult {
	moduleId: string;
	version: string;
	/** 0-10, one decimal; null when no exposure question was answered. */
	score: number | null;
	factors: Contribution[];
}

/** A flag raised by an answer; choiceId is null when a number band raised it. */
export interface FiredFlag {
	flagId: string;
	kind: FlagKind;
	questionId: string;
	choiceId: string | null;
}

/** An answer (or a flag it raised) that calls for an action from the module's catalogue. */
export interface ActionTrigger {
	actionId: string;
	questionId: string;
	choiceId: string | null;
	flagId: string | null;
}

export type IloRisk = Record<IloCode, number | null>;

export interface ModuleResult {
	moduleId: string;
	version: string;
	kind: QuestionnaireModule['kind'];
	/** 0-100, rounded to an integer; null when no scored question was answered. */
	control: number | null;
	/** From the rounded control score, so the number shown and its band always agree. */
	band: Band | null;
	/** The band, raised to high when a flag fired. */
	level: Band | null;
	critical: boolean;
	flags: FiredFlag[];
	/** A required visible question is unanswered. */
	incomplete: boolean;
	/** The required visible questions left unanswered, in questionnaire order. */
	missing: string[];
	/** Visible questions that take an answer (info excluded), and how many are answered. */
	visible: number;
	answered: number;
	/** Share (0-1) of the answered scored questions answered "don't know"; null when none. */
	evidenceGap: number | null;
	/** The scored questions answered "don't know". */
	dontKnow: string[];
	/** Every scored answer with the points it cost, largest loss first. */
	contributions: Contribution[];
	/** Per ILO indicator, the highest risk of the answered questions mapped to it (3 when a flag on it fired). */
	iloRisk: IloRisk;
	triggers: ActionTrigger[];
}

export interface SupplierResult extends ModuleResult {
	supplierId: string;
	exposure: ExposureResult;
	/**
	 * exposure × (100 − control) ÷ 100, one decimal. Unknown control counts as 0 and
	 * unknown exposure as 10: what nobody has checked ranks high, not low.
	 */
	priority: number;
	priorityExplain: {
		exposure: number;
		exposureAssumed: boolean;
		control: number;
		controlAssumed: boolean;
	};
}

export interface SupplierInput {
	id: string;
	module: QuestionnaireModule;
	answers: Answers;
}

export interface AnswerRef {
	moduleId: string;
	questionId: string;
	supplierId: string | null;
}

export interface AssessmentFlag extends FiredFlag {
	moduleId: string;
	supplierId: string | null;
}

export interface IloEntry {
	code: IloCode;
	risk: number | null;
	/** The answered questions mapped to the indicator, highest risk first. */
	questions: (AnswerRef & { risk: number })[];
	/** Fired flags that name the indicator. */
	flags: { moduleId: string; flagId: string; supplierId: string | null }[];
}

/** Why the overall level is what it is: everything that alone reaches that level. */
export type LevelReason =
	| { kind: 'band'; moduleId: string; band: Band; control: number }
	| { kind: 'flag'; flag: AssessmentFlag }
	| { kind: 'protocol'; recruitment: AssessmentFlag[]; coercion: AssessmentFlag[] };

export interface AssessmentResult {
	format: typeof RESULT_FORMAT;
	exposure: ExposureResult | null;
	/** Every profile and assessment module, in questionnaire order. */
	modules: ModuleResult[];
	/** Ranked: flagged suppliers first, then by priority. */
	suppliers: SupplierResult[];
	/** null when nothing was scored and no flag fired: not answered is not low risk. */
	level: Level | null;
	/** Possible forced labour: the app shows the worker-first protocol instead of a score. */
	protocol: boolean;
	flags: AssessmentFlag[];
	ilo: IloEntry[];
	/** Over the answered scored questions of every assessment module together. */
	evidenceGap: number | null;
	incompleteModules: string[];
	complete: boolean;
	explain: {
		level: LevelReason[];
		evidenceGap: { dontKnow: AnswerRef[]; scored: number };
	};
}

export interface PlannedAction {
	moduleId: string;
	actionId: string;
	priority: Priority;
	triggeredBy: (ActionTrigger & { moduleId: string; supplierId: string | null })[];
	legal: string[];
	fromFlag: boolean;
	/** Suppliers whose answers call for the action, highest priority first. */
	supplierIds: string[];
	/** The highest priority among those suppliers; null for the organisation's own modules. */
	supplierPriority: number | null;
}
