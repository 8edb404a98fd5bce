import { z } from 'zod';
import { FLAG_KINDS, ILO_CODES } from './codes';

/**
 * The shape of one questionnaire module file (questionnaires/<module>/<semver>.yaml).
 * This is the contract between the question bank, the scoring engine, the app and the
 * PDFs; checks that zod cannot express (unique ids, references, order of show_if,
 * complete translations) live in validate.ts.
 */

export const LOCALES = ['pl', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export const idSchema = z.string().regex(ID_PATTERN, 'ids are lower-case letters, digits and _');
/** Module ids name their folder (working-time, supply-chain), so they may hold hyphens. */
export const MODULE_ID_PATTERN = /^[a-z][a-z0-9-]*$/;
export const moduleIdSchema = z
	.string()
	.regex(MODULE_ID_PATTERN, 'module ids are lower-case letters, digits and -');

/** Every text a person reads: Polish required, the others fall back to Polish at run time. */
export const textSchema = z.strictObject({
	pl: z.string().min(1),
	en: z.string().min(1).optional(),
	uk: z.string().min(1).optional()
});
export type LocalizedText = z.infer<typeof textSchema>;

/**
 * A declarative condition on an earlier question's answer; no expression language.
 * eq: the answer equals the value (for multi_choice: the value is among the chosen ids);
 * in: the answer is one of the values (multi_choice: any chosen id is among them);
 * gte / lte: a number answer at least / at most the value; answered: whether there is an
 * answer at all. A condition on a question that is itself hidden is false (hidden answers
 * do not count); all: every one holds; any: at least one holds.
 */
export type Condition =
	| { q: string; eq: string | number | boolean }
	| { q: string; in: (string | number | boolean)[] }
	| { q: string; gte: number }
	| { q: string; lte: number }
	| { q: string; answered: boolean }
	| { all: Condition[] }
	| { any: Condition[] };

const scalar = z.union([z.string(), z.number(), z.boolean()]);
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z.strictObject({ q: idSchema, eq: scalar }),
		z.strictObject({ q: idSchema, in: z.array(scalar).min(1) }),
		z.strictObject({ q: idSchema, gte: z.number() }),
		z.strictObject({ q: idSchema, lte: z.number() }),
		z.strictObject({ q: idSchema, answered: z.boolean() }),
		z.strictObject({ all: z.array(conditionSchema).min(1) }),
		z.strictObject({ any: z.array(conditionSchema).min(1) })
	])
);

export const riskSchema = z.number().int().min(0).max(3);

export const choiceSchema = z.strictObject({
	id: idSchema,
	label: textSchema,
	/** 0 good practice, 1 minor gap, 2 don't know or significant gap, 3 serious gap. */
	risk: riskSchema.optional(),
	/** Marks the "don't know" choice: counted in the evidence gap. */
	dont_know: z.boolean().optional(),
	/** A critical red flag raised by this answer. */
	flag: idSchema.optional(),
	actions: z.array(idSchema).optional(),
	/** For multi_choice: this choice excludes every other one (e.g. "none of these"). */
	exclusive: z.boolean().optional()
});
export type Choice = z.infer<typeof choiceSchema>;

/** A number answer's risk: the first band whose range holds the value applies. */
export const numberRiskSchema = z.strictObject({
	min: z.number().optional(),
	max: z.number().optional(),
	risk: riskSchema,
	flag: idSchema.optional(),
	actions: z.array(idSchema).optional()
});

const questionBase = {
	id: idSchema,
	text: textSchema,
	help: textSchema.optional(),
	legal: z.array(z.string().min(1)).optional(),
	evidence: textSchema.optional(),
	show_if: conditionSchema.optional(),
	required: z.boolean().default(true),
	weight: z.number().positive().max(10).default(1),
	ilo: z.array(z.enum(ILO_CODES)).default([]),
	/**
	 * Exposure questions say how much could go wrong (profile, a supplier's kind and
	 * country); the rest are control questions that make the control score.
	 */
	exposure: z.boolean().default(false)
};

export const questionSchema = z.discriminatedUnion('type', [
	z.strictObject({
		...questionBase,
		type: z.literal('single_choice'),
		choices: z.array(choiceSchema).min(2)
	}),
	z.strictObject({
		...questionBase,
		type: z.literal('multi_choice'),
		choices: z.array(choiceSchema).min(2)
	}),
	z.strictObject({
		...questionBase,
		type: z.literal('yes_no'),
		/** Exactly the choices yes, no and optionally dont_know, each with its risk. */
		choices: z.array(choiceSchema).min(2).max(3)
	}),
	z.strictObject({
		...questionBase,
		type: z.literal('number'),
		min: z.number().optional(),
		max: z.number().optional(),
		unit: textSchema.optional(),
		risk_bands: z.array(numberRiskSchema).optional()
	}),
	z.strictObject({
		...questionBase,
		type: z.literal('text'),
		max_length: z.number().int().positive().max(5000).default(1000)
	}),
	z.strictObject({
		...questionBase,
		/** Info blocks have nothing to answer, so they are never required (validate.ts refuses true). */
		required: z.boolean().default(false),
		type: z.literal('info')
	})
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const sectionSchema = z.strictObject({
	id: idSchema,
	title: textSchema,
	intro: textSchema.optional(),
	questions: z.array(questionSchema).min(1)
});
export type Section = z.infer<typeof sectionSchema>;

export const flagSchema = z.strictObject({
	id: idSchema,
	title: textSchema,
	description: textSchema,
	/** Which side of the possible-forced-labour rule this flag belongs to. */
	kind: z.enum(FLAG_KINDS).default('other'),
	ilo: z.array(z.enum(ILO_CODES)).min(1),
	actions: z.array(idSchema).min(1)
});
export type Flag = z.infer<typeof flagSchema>;

export const PRIORITIES = ['immediate', 'days_30', 'days_90'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const actionSchema = z.strictObject({
	id: idSchema,
	title: textSchema,
	what: textSchema,
	why: textSchema,
	priority: z.enum(PRIORITIES),
	legal: z.array(z.string().min(1)).optional(),
	/** A concrete template or checklist where one helps (a clause, a policy, a form). */
	template: textSchema.optional()
});
export type Action = z.infer<typeof actionSchema>;

export const bandsSchema = z
	.strictObject({
		/** Control score at or above which the band is low. */
		low: z.number().min(0).max(100).default(80),
		/** Control score at or above which the band is medium; below it, high. */
		medium: z.number().min(0).max(100).default(60)
	})
	.refine((b) => b.low > b.medium, { message: 'bands.low must be above bands.medium' });

export const moduleSchema = z.strictObject({
	$schema: z.string().optional(),
	id: moduleIdSchema,
	version: z.string().regex(SEMVER_PATTERN, 'version must be semver like 1.0.0'),
	status: z.enum(['draft', 'published']),
	locales: z.array(z.enum(LOCALES)).min(1),
	/** Drives how the module is used: the profile feeds exposure, supplier is per supplier. */
	kind: z.enum(['profile', 'assessment', 'supplier']).default('assessment'),
	order: z.number().int().default(100),
	title: textSchema,
	intro: textSchema.optional(),
	sections: z.array(sectionSchema).min(1),
	flags: z.array(flagSchema).default([]),
	actions: z.array(actionSchema).default([]),
	bands: bandsSchema.default({ low: 80, medium: 60 })
});
export type QuestionnaireModule = z.infer<typeof moduleSchema>;
export type QuestionnaireModuleInput = z.input<typeof moduleSchema>;

/** An answer as stored: a choice id, a list of choice ids, a number or a text. */
export type AnswerValue = string | string[] | number;
export type Answers = Record<string, AnswerValue>;
