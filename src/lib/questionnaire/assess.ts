import { levelRank, worseLevel } from './levels';
import { ILO_CODES } from './codes';
import type { Answers, QuestionnaireModule } from './schema';
import { exposure, scoreModule } from './scoring';
import { rankSuppliers, scoreSupplier } from './suppliers';
import { questionsOf } from './visibility';
import {
	RESULT_FORMAT,
	type AnswerRef,
	type AssessmentFlag,
	type AssessmentResult,
	type FiredFlag,
	type IloEntry,
	type Level,
	type LevelReason,
	type ModuleResult,
	type SupplierInput
} from './types';

export interface AssessOptions {
	/** The supplier register, each supplier with the pinned supplier module it answered. */
	suppliers?: SupplierInput[];
}

export function byModuleOrder(a: QuestionnaireModule, b: QuestionnaireModule): number {
	return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Possible forced labour needs a deception-or-fees flag and a coercion flag affecting the
 * same workers. The organisation's own modules count as one group, and each supplier
 * together with them as another; two unrelated suppliers never make the pair between them.
 */
function protocolFlags(own: AssessmentFlag[], bySupplier: AssessmentFlag[][]) {
	const recruitment = new Set<AssessmentFlag>();
	const coercion = new Set<AssessmentFlag>();
	for (const group of [own, ...bySupplier.map((flags) => [...own, ...flags])]) {
		const r = group.filter((f) => f.kind === 'recruitment_deception_fees');
		const c = group.filter((f) => f.kind === 'coercion');
		if (r.length === 0 || c.length === 0) continue;
		r.forEach((f) => recruitment.add(f));
		c.forEach((f) => coercion.add(f));
	}
	const all = [...own, ...bySupplier.flat()];
	return {
		recruitment: all.filter((f) => recruitment.has(f)),
		coercion: all.filter((f) => coercion.has(f))
	};
}

function iloProfile(modules: QuestionnaireModule[], results: ModuleResult[]): IloEntry[] {
	const entries: IloEntry[] = ILO_CODES.map((code) => ({
		code,
		risk: null,
		questions: [],
		flags: []
	}));
	const entry = (code: string) => entries.find((e) => e.code === code);
	results.forEach((result, i) => {
		const module = modules[i];
		const scored = new Map(result.contributions.map((c) => [c.questionId, c]));
		for (const question of questionsOf(module)) {
			const c = scored.get(question.id);
			if (!c) continue;
			for (const code of question.ilo) {
				entry(code)?.questions.push({
					moduleId: result.moduleId,
					questionId: c.questionId,
					supplierId: null,
					risk: c.risk
				});
			}
		}
		for (const flag of result.flags) {
			for (const code of module.flags.find((f) => f.id === flag.flagId)?.ilo ?? []) {
				entry(code)?.flags.push({
					moduleId: result.moduleId,
					flagId: flag.flagId,
					supplierId: null
				});
			}
		}
	});
	for (const e of entries) {
		// Stable sort: questionnaire order among equal risks.
		e.questions.sort((a, b) => b.risk - a.risk);
		const risks = [...e.questions.map((q) => q.risk), ...(e.flags.length > 0 ? [3] : [])];
		e.risk = risks.length > 0 ? Math.max(...risks) : null;
	}
	return entries;
}

function levelOf(
	results: ModuleResult[],
	flags: AssessmentFlag[],
	protocol: ReturnType<typeof protocolFlags>
): { level: Level | null; reasons: LevelReason[] } {
	if (protocol.recruitment.length > 0) {
		return { level: 'possible_forced_labour', reasons: [{ kind: 'protocol', ...protocol }] };
	}
	let level: Level | null = flags.length > 0 ? 'high' : null;
	for (const r of results) level = worseLevel<Level>(level, r.band);
	const reasons: LevelReason[] = [];
	for (const r of results) {
		if (r.band !== null && r.control !== null && r.band === level) {
			reasons.push({ kind: 'band', moduleId: r.moduleId, band: r.band, control: r.control });
		}
	}
	if (levelRank(level) === levelRank('high')) {
		for (const flag of flags) reasons.push({ kind: 'flag', flag });
	}
	return { level, reasons };
}

function located(flag: FiredFlag, moduleId: string, supplierId: string | null): AssessmentFlag {
	const { flagId, kind, questionId, choiceId } = flag;
	return { flagId, kind, questionId, choiceId, moduleId, supplierId };
}

/**
 * The whole result of one assessment. modules: the pinned modules (profile and assessment
 * modules; a supplier module among them is ignored, suppliers come through opts). The
 * overall level is the worst band among the modules, at least high when any flag fired
 * (a supplier's included), possible_forced_labour when the protocol's pair of flags fired.
 * The ILO profile and the evidence gap describe the organisation's own answers only.
 */
export function assess(
	modules: readonly QuestionnaireModule[],
	answersByModule: Readonly<Record<string, Answers>>,
	opts: AssessOptions = {}
): AssessmentResult {
	const own = modules.filter((m) => m.kind !== 'supplier').sort(byModuleOrder);
	const answersOf = (id: string) => (Object.hasOwn(answersByModule, id) ? answersByModule[id] : {});
	const profile = own.find((m) => m.kind === 'profile');
	const results = own.map((m) => scoreModule(m, answersOf(m.id)));
	const suppliers = rankSuppliers(
		(opts.suppliers ?? []).map((s) => scoreSupplier(s.module, s.answers, s.id))
	);

	const ownFlags = results.flatMap((r) => r.flags.map((f) => located(f, r.moduleId, null)));
	const supplierFlags = suppliers.map((s) =>
		s.flags.map((f) => located(f, s.moduleId, s.supplierId))
	);
	const flags = [...ownFlags, ...supplierFlags.flat()];
	const protocol = protocolFlags(ownFlags, supplierFlags);
	const { level, reasons } = levelOf(results, flags, protocol);

	const dontKnow: AnswerRef[] = results.flatMap((r) =>
		r.dontKnow.map((questionId) => ({ moduleId: r.moduleId, questionId, supplierId: null }))
	);
	const scored = results.reduce((sum, r) => sum + r.contributions.length, 0);
	const incompleteModules = results.filter((r) => r.incomplete).map((r) => r.moduleId);

	return {
		format: RESULT_FORMAT,
		exposure: profile ? exposure(profile, answersOf(profile.id)) : null,
		modules: results,
		suppliers,
		level,
		protocol: level === 'possible_forced_labour',
		flags,
		ilo: iloProfile(own, results),
		evidenceGap: scored > 0 ? dontKnow.length / scored : null,
		incompleteModules,
		complete: incompleteModules.length === 0,
		explain: { level: reasons, evidenceGap: { dontKnow, scored } }
	};
}
