import { presentContact, type ContactsFile, type ContactView } from '../../questionnaire/contacts';
import type { LoadedModule, QuestionnaireRegistry } from '../../questionnaire/registry';
import { localize } from '../../questionnaire/localize';
import { questionEntries } from '../../questionnaire/questions';
import { contributionInWords } from '../../vocabulary/index';
import type { IloCode } from '../../questionnaire/codes';
import type { Locale, QuestionnaireModule } from '../../questionnaire/schema';
import type {
	AssessmentResult,
	Band,
	Contribution,
	Level,
	LevelReason
} from '../../questionnaire/types';

/**
 * The results page in one language: every number of the stored snapshot with the answers
 * that made it, in words taken from the pinned questionnaire files.
 */
export interface AnswerLine {
	moduleTitle: string;
	question: string;
	answer: string;
	risk: number;
	weight: number;
	points: number;
	dontKnow: boolean;
	supplier: string | null;
}

export interface FlagView {
	title: string;
	description: string;
	moduleTitle: string;
	question: string;
	answer: string;
	supplier: string | null;
	actions: string[];
}

export interface ModuleView {
	id: string;
	kind: 'profile' | 'assessment' | 'supplier';
	title: string;
	control: number | null;
	band: Band | null;
	level: Band | null;
	critical: boolean;
	incomplete: boolean;
	evidenceGap: number | null;
	lines: AnswerLine[];
}

export interface IloView {
	code: IloCode;
	risk: number | null;
	questions: { moduleTitle: string; question: string; risk: number }[];
	flags: string[];
}

export type ReasonView =
	| { kind: 'band'; moduleTitle: string; band: Band; control: number }
	| { kind: 'flag'; flag: string; moduleTitle: string }
	| { kind: 'protocol'; recruitment: string[]; coercion: string[] };

export interface ResultsView {
	level: Level | null;
	protocol: {
		title: string;
		intro: string;
		steps: { title: string; text: string }[];
		doNot: string[];
		contacts: ContactView[];
	} | null;
	reasons: ReasonView[];
	flags: FlagView[];
	modules: ModuleView[];
	ilo: IloView[];
	evidenceGap: { share: number | null; scored: number; lines: AnswerLine[] };
	exposure: { score: number | null; factors: AnswerLine[] } | null;
	suppliers: {
		name: string;
		priority: number;
		control: number | null;
		band: Band | null;
		critical: boolean;
		flags: string[];
	}[];
	incompleteModules: string[];
}

export interface ResultsInput {
	result: AssessmentResult;
	/** The assessment's own pinned modules; a supplier's version comes from the registry. */
	pinned: readonly LoadedModule[];
	registry: QuestionnaireRegistry;
	supplierNames: ReadonlyMap<string, string>;
	contacts: ContactsFile;
	locale: Locale;
}

export function resultsView(input: ResultsInput): ResultsView {
	const { result, pinned, registry, supplierNames, locale } = input;
	const supplierVersion = new Map(result.suppliers.map((s) => [s.supplierId, s.version]));
	const moduleOf = (moduleId: string, supplierId: string | null): QuestionnaireModule | null => {
		if (supplierId) {
			const version = supplierVersion.get(supplierId);
			return version ? (registry.get({ module: moduleId, version })?.module ?? null) : null;
		}
		return pinned.find((m) => m.id === moduleId)?.module ?? null;
	};
	const titleOf = (moduleId: string, supplierId: string | null = null) => {
		const module = moduleOf(moduleId, supplierId);
		return module ? localize(module.title, locale) : moduleId;
	};
	const questionOf = (moduleId: string, questionId: string, supplierId: string | null = null) => {
		const module = moduleOf(moduleId, supplierId);
		return module
			? questionEntries(module).find((e) => e.question.id === questionId)?.question
			: undefined;
	};
	const questionText = (moduleId: string, questionId: string, supplierId: string | null = null) => {
		const q = questionOf(moduleId, questionId, supplierId);
		return q ? localize(q.text, locale) : questionId;
	};
	const supplierName = (id: string | null) => (id ? (supplierNames.get(id) ?? id) : null);
	const line = (
		moduleId: string,
		c: Contribution,
		supplierId: string | null = null
	): AnswerLine => ({
		moduleTitle: titleOf(moduleId, supplierId),
		question: questionText(moduleId, c.questionId, supplierId),
		answer: contributionInWords(questionOf(moduleId, c.questionId, supplierId), c, locale),
		risk: c.risk,
		weight: c.weight,
		points: c.points,
		dontKnow: c.dontKnow,
		supplier: supplierName(supplierId)
	});
	const flagTitle = (moduleId: string, flagId: string, supplierId: string | null) => {
		const flag = moduleOf(moduleId, supplierId)?.flags.find((f) => f.id === flagId);
		return flag ? localize(flag.title, locale) : flagId;
	};

	const flags: FlagView[] = result.flags.map((f) => {
		const module = moduleOf(f.moduleId, f.supplierId);
		const definition = module?.flags.find((d) => d.id === f.flagId);
		const question = questionOf(f.moduleId, f.questionId, f.supplierId);
		const choice =
			question && 'choices' in question
				? question.choices.find((c) => c.id === f.choiceId)
				: undefined;
		return {
			title: definition ? localize(definition.title, locale) : f.flagId,
			description: definition ? localize(definition.description, locale) : '',
			moduleTitle: titleOf(f.moduleId, f.supplierId),
			question: question ? localize(question.text, locale) : f.questionId,
			answer: choice ? localize(choice.label, locale) : '',
			supplier: supplierName(f.supplierId),
			actions: (definition?.actions ?? []).map((id) => {
				const action = module?.actions.find((a) => a.id === id);
				return action ? localize(action.title, locale) : id;
			})
		};
	});

	const modules = result.modules.map((r): ModuleView => ({
		id: r.moduleId,
		kind: r.kind,
		title: titleOf(r.moduleId),
		control: r.control,
		band: r.band,
		level: r.level,
		critical: r.critical,
		incomplete: r.incomplete,
		evidenceGap: r.evidenceGap,
		lines: r.contributions.map((c) => line(r.moduleId, c))
	}));

	const reason = (r: LevelReason): ReasonView => {
		if (r.kind === 'band') {
			return { kind: 'band', moduleTitle: titleOf(r.moduleId), band: r.band, control: r.control };
		}
		if (r.kind === 'flag') {
			const f = r.flag;
			return {
				kind: 'flag',
				flag: flagTitle(f.moduleId, f.flagId, f.supplierId),
				moduleTitle: titleOf(f.moduleId, f.supplierId)
			};
		}
		const name = (f: (typeof r.recruitment)[number]) =>
			flagTitle(f.moduleId, f.flagId, f.supplierId);
		return {
			kind: 'protocol',
			recruitment: r.recruitment.map(name),
			coercion: r.coercion.map(name)
		};
	};

	const contributionOf = (moduleId: string, questionId: string) =>
		result.modules
			.find((r) => r.moduleId === moduleId)
			?.contributions.find((c) => c.questionId === questionId);

	return {
		level: result.level,
		protocol: result.protocol ? protocolView(input.contacts, locale) : null,
		reasons: result.explain.level.map(reason),
		flags,
		modules,
		ilo: result.ilo.map((e) => ({
			code: e.code,
			risk: e.risk,
			questions: e.questions.map((q) => ({
				moduleTitle: titleOf(q.moduleId, q.supplierId),
				question: questionText(q.moduleId, q.questionId, q.supplierId),
				risk: q.risk
			})),
			flags: e.flags.map((f) => flagTitle(f.moduleId, f.flagId, f.supplierId))
		})),
		evidenceGap: {
			share: result.evidenceGap,
			scored: result.explain.evidenceGap.scored,
			lines: result.explain.evidenceGap.dontKnow.flatMap((ref) => {
				const c = contributionOf(ref.moduleId, ref.questionId);
				return c ? [line(ref.moduleId, c)] : [];
			})
		},
		exposure: result.exposure && {
			score: result.exposure.score,
			factors: result.exposure.factors.map((c) => line(result.exposure!.moduleId, c))
		},
		suppliers: result.suppliers.map((s) => ({
			name: supplierName(s.supplierId) ?? s.supplierId,
			priority: s.priority,
			control: s.control,
			band: s.band,
			critical: s.critical,
			flags: s.flags.map((f) => flagTitle(s.moduleId, f.flagId, s.supplierId))
		})),
		incompleteModules: result.incompleteModules.map((id) => titleOf(id))
	};
}

function protocolView(contacts: ContactsFile, locale: Locale): ResultsView['protocol'] {
	return {
		title: contacts.protocol.title[locale],
		intro: contacts.protocol.intro[locale],
		steps: contacts.protocol.steps.map((s) => ({ title: s.title[locale], text: s.text[locale] })),
		doNot: contacts.protocol.do_not.map((d) => d.text[locale]),
		contacts: contacts.organisations.map((c) => presentContact(c, locale))
	};
}
