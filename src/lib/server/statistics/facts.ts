import type { Answers } from '../../questionnaire/schema';
import type { AssessmentResult } from '../../questionnaire/types';
import { submissionFactsSchema, type SubmissionFacts } from './record';

/**
 * What a submission hands to the inspectors' statistics: the profile's sector, size and
 * voivodeship and the scored result, never a name, an answer or a text. Null when the facts
 * are incomplete (a profile without them, a result without a level): statistics must never
 * stand in the way of an employer's submission.
 */
export function statisticsFacts(input: {
	assessmentId: string;
	organisationId: string;
	submittedAt: Date;
	optOut: boolean;
	profile: Answers;
	result: AssessmentResult;
}): SubmissionFacts | null {
	const { result, profile } = input;
	const facts: SubmissionFacts = {
		assessmentId: input.assessmentId,
		organisationId: input.organisationId,
		submittedAt: input.submittedAt,
		optOut: input.optOut,
		sector: String(profile.sector ?? ''),
		sizeBand: String(profile.size ?? '') as SubmissionFacts['sizeBand'],
		voivodeship: String(profile.voivodeship ?? '') as SubmissionFacts['voivodeship'],
		overallLevel: (result.level ?? '') as SubmissionFacts['overallLevel'],
		modules: result.modules.flatMap((m) =>
			m.kind === 'assessment' && m.band !== null
				? [{ moduleId: m.moduleId, version: m.version, band: m.band, critical: m.critical }]
				: []
		),
		flags: result.flags.map((f) => ({ moduleId: f.moduleId, flagId: f.flagId })),
		ilo: Object.fromEntries(result.ilo.flatMap((e) => (e.risk === null ? [] : [[e.code, e.risk]])))
	};
	return submissionFactsSchema.safeParse(facts).success ? facts : null;
}
