/**
 * How fast `assess` scores a full assessment, against a baseline that only walks the same
 * answers. Run with `npm run bench:scoring`; prints operations per second and their ratio.
 * The modules and answers are synthetic and fixed, so runs compare across machines and
 * commits: 8 modules (a profile and 7 assessment modules) and a supplier module answered
 * for 3 suppliers, 10 questions each, with conditions, number bands, flags and actions.
 */
import { assess } from '../src/lib/questionnaire/assess';
import { actionPlan } from '../src/lib/questionnaire/plan';
import {
	moduleSchema,
	type Answers,
	type QuestionnaireModule,
	type QuestionnaireModuleInput
} from '../src/lib/questionnaire/schema';

type QuestionInput = QuestionnaireModuleInput['sections'][number]['questions'][number];

const text = (pl: string) => ({ pl, en: pl, uk: pl });
const choice = (id: string, risk: number, extra: object = {}) => ({
	id,
	label: text(id),
	risk,
	...extra
});

function question(moduleId: string, i: number, exposure: boolean): QuestionInput {
	const id = `q${i}`;
	const base = {
		id,
		text: text(id),
		ilo: exposure ? [] : [(['WW', 'DB', 'ID', 'EO'] as const)[i % 4]],
		exposure,
		weight: 1 + (i % 3)
	};
	// A follow-up every fourth question, shown when the one before was answered "no".
	const show_if = i % 4 === 3 ? { q: `q${i - 1}`, in: ['no', 'c2'] } : undefined;
	switch (i % 4) {
		case 0:
			return {
				...base,
				type: 'number',
				min: 0,
				max: 100,
				risk_bands: [
					{ max: 40, risk: 0 },
					{ min: 40, max: 60, risk: 2, actions: ['act_90'] },
					{ min: 60, risk: 3, actions: ['act_30'] }
				]
			};
		case 1:
			return {
				...base,
				type: 'multi_choice',
				choices: [
					choice('c0', 0),
					choice('c1', 1, { actions: ['act_90'] }),
					choice('c2', 3, { flag: `${moduleId.replace(/-/g, '_')}_flag`, actions: ['act_now'] }),
					choice('dont_know', 2, { dont_know: true, exclusive: true })
				]
			};
		default:
			return {
				...base,
				show_if,
				type: 'yes_no',
				choices: [
					choice('yes', 0),
					choice('no', 3, { actions: ['act_30'] }),
					choice('dont_know', 2, { dont_know: true })
				]
			};
	}
}

function syntheticModule(id: string, order: number, kind: 'profile' | 'assessment' | 'supplier') {
	const flagKind =
		order === 10 ? 'recruitment_deception_fees' : order === 40 ? 'coercion' : 'other';
	return moduleSchema.parse({
		id,
		version: '1.0.0',
		status: 'published',
		locales: ['pl', 'en', 'uk'],
		kind,
		order,
		title: text(id),
		sections: [0, 1].map((s) => ({
			id: `s${s}`,
			title: text(`s${s}`),
			questions: Array.from({ length: 5 }, (_, j) =>
				question(id, s * 5 + j, kind === 'profile' || (kind === 'supplier' && s === 0 && j < 2))
			)
		})),
		flags: [
			{
				id: `${id.replace(/-/g, '_')}_flag`,
				title: text('flag'),
				description: text('flag'),
				kind: flagKind,
				ilo: ['DB'],
				actions: ['act_now']
			}
		],
		actions: (['act_now', 'act_30', 'act_90'] as const).map((a, p) => ({
			id: a,
			title: text(a),
			what: text(a),
			why: text(a),
			priority: (['immediate', 'days_30', 'days_90'] as const)[p]
		}))
	} satisfies QuestionnaireModuleInput);
}

/** A fixed, varied answer to every question (seeded, so every run scores the same answers). */
function syntheticAnswers(module: QuestionnaireModule, seed: number): Answers {
	const answers: Answers = {};
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
	for (const q of module.sections.flatMap((s) => s.questions)) {
		if (q.type === 'number') answers[q.id] = next() % 100;
		else if (q.type === 'multi_choice')
			answers[q.id] = next() % 5 === 0 ? ['c0', 'c2'] : ['c0', 'c1'];
		else if ('choices' in q) answers[q.id] = q.choices[next() % q.choices.length].id;
	}
	return answers;
}

const ids = [
	'profile',
	'recruitment',
	'wages',
	'accommodation',
	'documents',
	'working-time',
	'grievance',
	'supply-chain'
];
const modules = ids.map((id, i) => syntheticModule(id, i * 10, i === 0 ? 'profile' : 'assessment'));
const supplier = syntheticModule('supplier', 90, 'supplier');
const answersByModule = Object.fromEntries(
	modules.map((m, i) => [m.id, syntheticAnswers(m, i + 1)])
);
const suppliers = [1, 2, 3].map((n) => ({
	id: `supplier_${n}`,
	module: supplier,
	answers: syntheticAnswers(supplier, 100 + n)
}));
const all = [...modules, supplier];

/** The least any scorer must do: read every answer of every question and look its risk up. */
function baseline(): number {
	let sum = 0;
	const walk = (module: QuestionnaireModule, answers: Answers) => {
		for (const section of module.sections) {
			for (const q of section.questions) {
				const value = answers[q.id];
				if (typeof value === 'number') sum += value;
				else if ('choices' in q) {
					const chosen = Array.isArray(value) ? value : [value];
					for (const c of q.choices) if (chosen.includes(c.id)) sum += c.risk ?? 0;
				}
			}
		}
	};
	for (const m of modules) walk(m, answersByModule[m.id]);
	for (const s of suppliers) walk(s.module, s.answers);
	return sum;
}

/** Runs fn in a batch of the given size and returns operations per second. */
function timed(fn: () => unknown, iterations: number): number {
	const start = performance.now();
	for (let i = 0; i < iterations; i++) fn();
	return (iterations * 1000) / (performance.now() - start);
}

/**
 * Operations per second of each function: the median of 9 rounds of ~100 ms batches, the
 * functions taking turns within each round so that a warmer engine favours none of them.
 */
function measure(fns: Record<string, () => unknown>): Record<string, number> {
	const sizes = Object.fromEntries(
		Object.entries(fns).map(([name, fn]) => {
			let n = 1;
			while ((n * 1000) / timed(fn, n) < 100) n *= 2;
			return [name, n];
		})
	);
	const samples: Record<string, number[]> = Object.fromEntries(
		Object.keys(fns).map((k) => [k, []])
	);
	for (let round = 0; round < 9; round++) {
		for (const [name, fn] of Object.entries(fns)) samples[name].push(timed(fn, sizes[name]));
	}
	return Object.fromEntries(
		Object.entries(samples).map(([name, list]) => [name, list.sort((a, b) => a - b)[4]])
	);
}

const result = assess(all, answersByModule, { suppliers });
const answered = [...Object.values(answersByModule), ...suppliers.map((s) => s.answers)].reduce(
	(n, answers) => n + Object.keys(answers).length,
	0
);
console.log(
	`synthetic assessment: ${modules.length} modules and ${suppliers.length} suppliers of 10 questions, ${answered} answers; level ${result.level}, ${result.flags.length} flags, ${actionPlan(result, all).length} actions`
);
let sink = 0;
const ops = measure({
	baseline: () => (sink += baseline()),
	assess: () => assess(all, answersByModule, { suppliers }),
	plan: () => actionPlan(assess(all, answersByModule, { suppliers }), all)
});
if (Number.isNaN(sink)) throw new Error('the baseline must read every answer');
const format = (n: number) => Math.round(n).toLocaleString('en-US').padStart(10);
const ratio = (n: number) => `${(ops.baseline / n).toFixed(1)}× the baseline's time`;
console.log(`baseline (walk the answers)  ${format(ops.baseline)} ops/s`);
console.log(`assess                       ${format(ops.assess)} ops/s   ${ratio(ops.assess)}`);
console.log(`assess + actionPlan          ${format(ops.plan)} ops/s   ${ratio(ops.plan)}`);
