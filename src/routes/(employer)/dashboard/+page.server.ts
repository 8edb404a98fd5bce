import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { localize } from '$lib/questionnaire/localize';
import { createResumeLink, hasResumeLink, requireOrganisation } from '$lib/server/accounts';
import {
	assessmentIdSchema,
	draftUpgrades,
	getAnswers,
	getAssessment,
	listAssessments,
	moveDraft,
	startAssessment
} from '$lib/server/assessments';
import { pinnedModules } from '$lib/questionnaire/registry';
import { assessmentProgress } from '$lib/questionnaire/progress';
import { getDb, getQuestionnaires } from '$lib/server/context';
import type { Actions, PageServerLoad } from './$types';

async function currentDraft(organisationId: string, id: string) {
	const db = getDb();
	const registry = getQuestionnaires();
	const assessment = (await getAssessment(db, organisationId, id))!;
	const modules = pinnedModules(registry, assessment.pins);
	const answers = await getAnswers(db, id);
	const progress = assessmentProgress(modules, answers);
	const locale = getLocale();
	const titleOf = (moduleId: string) =>
		localize(modules.find((mod) => mod.id === moduleId)!.module.title, locale);
	return {
		id,
		revision: assessment.revision,
		createdAt: assessment.createdAt,
		fromPrevious: assessment.previousId !== null,
		answered: progress.answered,
		visible: progress.visible,
		complete: progress.complete,
		next: progress.next,
		// Straight to the first question still waiting for an answer.
		nextQuestion:
			progress.modules.find((s) => s.moduleId === progress.next)?.progress.missing[0] ?? null,
		modules: progress.modules.map((s) => {
			const change = assessment.changes[s.moduleId];
			return {
				id: s.moduleId,
				title: titleOf(s.moduleId),
				status: s.status,
				answered: s.progress.answered,
				visible: s.progress.visible,
				isNew: change?.from === null,
				changed: change ? change.added.length + change.changed.length : 0
			};
		}),
		upgrades: draftUpgrades(registry, assessment, answers).map((u) => ({
			...u,
			title: titleOf(u.module)
		}))
	};
}

export const load = (async (event) => {
	const user = requireOrganisation(event, 'assessment:own');
	const db = getDb();
	const [history, resumeLinkMade] = await Promise.all([
		listAssessments(db, user.organisationId),
		user.isGuest ? hasResumeLink(db, user.id) : Promise.resolve(false)
	]);
	const latest = history[0];
	return {
		isGuest: user.isGuest,
		name: user.displayName ?? user.email,
		draft: latest?.status === 'draft' ? await currentDraft(user.organisationId, latest.id) : null,
		history,
		resumeLinkMade
	};
}) satisfies PageServerLoad;

const upgradeSchema = z.object({
	assessment: assessmentIdSchema,
	revision: z.coerce.number().int().min(0)
});

export const actions = {
	start: async (event) => {
		const user = requireOrganisation(event, 'assessment:own');
		// A second tab or a double click finds a draft: the one to carry on.
		await startAssessment(getDb(), getQuestionnaires(), { organisationId: user.organisationId });
		redirect(303, '/dashboard');
	},
	upgrade: async (event) => {
		const user = requireOrganisation(event, 'assessment:own');
		const parsed = upgradeSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { upgradeError: m.journey_error_bad_request() });
		const moved = await moveDraft(getDb(), getQuestionnaires(), {
			organisationId: user.organisationId,
			assessmentId: parsed.data.assessment,
			baseRevision: parsed.data.revision
		});
		if (!moved.ok) {
			const conflict = moved.reason === 'conflict';
			const message = conflict ? m.journey_upgrade_conflict() : m.journey_error_no_assessment();
			return fail(conflict ? 409 : 404, { upgradeError: message });
		}
		return { upgraded: true };
	},
	resumeLink: async (event) => {
		const user = requireOrganisation(event, 'assessment:own');
		if (!user.isGuest) return fail(400, { resumeError: m.journey_resume_guests_only() });
		const token = await createResumeLink(getDb(), user.id);
		return { resumeLink: new URL(`/resume/${token}`, event.url).href };
	}
} satisfies Actions;
