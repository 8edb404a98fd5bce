import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '../../paraglide/messages';
import { requireOrganisation } from '../accounts';
import { pinnedModules } from '../../questionnaire/registry';
import { getAnswers, getAssessment, type Assessment } from './store';
import { getDb, getQuestionnaires } from '../context';

interface Event {
	locals: App.Locals;
	url: URL;
	params: Partial<Record<string, string>>;
}

/** Ids come from newId(): 24 base32 characters; anything else cannot name an assessment. */
export const assessmentIdSchema = z.string().regex(/^[a-z2-7]{24}$/);

/**
 * The checks every assessment page makes: a guest or employer, and an assessment of their
 * own organisation. Any other id gets the same 404 as an unknown one, so that nobody can
 * learn which ids exist.
 */
export async function ownAssessment(event: Event) {
	const user = requireOrganisation(event, 'assessment:own');
	const id = assessmentIdSchema.safeParse(event.params.id);
	const assessment = id.success
		? await getAssessment(getDb(), user.organisationId, id.data)
		: undefined;
	if (!assessment) error(404, { message: m.journey_error_no_assessment() });
	return { user, assessment };
}

/** The assessment with its pinned modules and stored answers, for the pages that show them all. */
export async function ownAssessmentWithAnswers(event: Event) {
	const { user, assessment } = await ownAssessment(event);
	const registry = getQuestionnaires();
	const modules = pinnedModules(registry, assessment.pins);
	const answers = await getAnswers(getDb(), assessment.id);
	return { user, assessment, registry, modules, answers };
}

export type { Assessment };
