import { describe, expect, it } from 'vitest';
import type { Answers, QuestionnaireModule } from './schema';
import { demo, question } from './test-helpers';
import {
	answerFits,
	canMoveDraft,
	checkBump,
	checkVersionSequence,
	compareVersions,
	describeChanges,
	diffModules,
	mapAnswers,
	requiredBump
} from './versions';

const bumpOf = (change: (m: QuestionnaireModule) => void, base = '1.0.0') => {
	const after = demo(base);
	change(after);
	return requiredBump(diffModules(demo(base), after));
};
const choicesOf = (mod: QuestionnaireModule, id: string) => {
	const q = question(mod, id);
	if (!('choices' in q)) throw new Error(`${id} has no choices`);
	return q.choices;
};

describe('diffModules', () => {
	it('sees the new optional question and the changed weight of 1.1.0', () => {
		const diff = diffModules(demo('1.0.0'), demo('1.1.0'));
		expect(diff.questions).toEqual({
			added: [{ id: 'written_contract', required: false }],
			removed: [],
			changed: [
				{ id: 'document_storage', changes: [{ field: 'weight', bump: 'minor', from: 1, to: 2 }] }
			]
		});
		expect(diff.choices).toEqual({ added: [], removed: [], changed: [] });
		expect(requiredBump(diff)).toBe('minor');
	});

	it('sees the removed question of 2.0.0 and the new choice of 2.1.0', () => {
		const major = diffModules(demo('1.1.0'), demo('2.0.0'));
		expect(major.questions.removed).toEqual(['comments']);
		expect(requiredBump(major)).toBe('major');
		const minor = diffModules(demo('2.0.0'), demo('2.1.0'));
		expect(minor.choices.added).toEqual([{ question: 'agency_fees', choice: 'shared' }]);
		expect(requiredBump(minor)).toBe('minor');
	});

	it('finds nothing between equal files, whatever the order of keys', () => {
		const after = demo('1.0.0');
		after.title = { uk: after.title.uk!, en: after.title.en!, pl: after.title.pl };
		expect(describeChanges(diffModules(demo('1.0.0'), after))).toEqual([]);
		expect(requiredBump(diffModules(demo('1.0.0'), after))).toBe('none');
	});

	it('describes each change with the bump it needs', () => {
		const after = demo('1.0.0');
		question(after, 'uses_agency').text.en = 'Do you use an agency?';
		choicesOf(after, 'agency_fees')[0].risk = 1;
		after.actions = after.actions.filter((a) => a.id !== 'limit_hours');
		expect(describeChanges(diffModules(demo('1.0.0'), after))).toEqual([
			{ group: 'actions', kind: 'removed', bump: 'major', text: 'action "limit_hours" removed' },
			{
				group: 'questions',
				kind: 'changed',
				bump: 'patch',
				text: 'question "uses_agency": text changed (en)'
			},
			{
				group: 'choices',
				kind: 'changed',
				bump: 'minor',
				text: 'choice "agency_fees.employer": risk 0 -> 1'
			}
		]);
	});
});

describe('requiredBump', () => {
	it('is patch for wording and translations only', () => {
		expect(
			bumpOf((m) => {
				question(m, 'agency_fees').help = { pl: 'Dlaczego to ważne.' };
				choicesOf(m, 'uses_agency')[0].label.uk = 'Так, звичайно';
				m.flags[0].description.en = 'Fees bind workers.';
				m.actions[0].legal = ['ILO C181 art. 7'];
			})
		).toBe('patch');
	});

	it('is minor for new optional choices and changed weights, bands, risks, flags or actions', () => {
		const minor: ((m: QuestionnaireModule) => void)[] = [
			(m) => choicesOf(m, 'agency_fees').push({ id: 'shared', label: { pl: 'Po połowie' } }),
			(m) => (question(m, 'uses_agency').weight = 3),
			(m) => (m.bands = { low: 85, medium: 60 }),
			(m) => (choicesOf(m, 'uses_agency')[0].risk = 2),
			(m) => (choicesOf(m, 'uses_agency')[2].flag = 'worker_fees'),
			(m) => (choicesOf(m, 'agency_fees')[1].actions = []),
			(m) => (m.actions[2].priority = 'days_90'),
			(m) => (m.flags[0].kind = 'other'),
			(m) => (question(m, 'agency_fees').required = false),
			(m) => (question(m, 'weekly_hours').ilo = ['EO', 'AC']),
			(m) => Object.assign(question(m, 'weekly_hours'), { max: 168 }),
			(m) => m.sections[1].questions.unshift(m.sections[0].questions.pop()!)
		];
		expect(minor.map((change) => bumpOf(change))).toEqual(minor.map(() => 'minor'));
	});

	it('is major for removed ids, changed types, new required questions and narrower answers', () => {
		const major: ((m: QuestionnaireModule) => void)[] = [
			(m) => (question(m, 'comments').id = 'remarks'),
			(m) => choicesOf(m, 'agency_fees').pop(),
			(m) => m.flags.pop(),
			(m) => (m.sections[1].id = 'work'),
			(m) => (question(m, 'comments').type = 'info'),
			(m) => (question(m, 'comments').required = true),
			(m) => (question(m, 'weekly_hours').exposure = true),
			(m) => Object.assign(question(m, 'weekly_hours'), { max: 80 }),
			(m) => (choicesOf(m, 'document_storage')[0].exclusive = true),
			(m) => (m.kind = 'profile'),
			(m) =>
				m.sections[0].questions.push({
					...structuredClone(question(m, 'uses_agency')),
					id: 'uses_subcontractors'
				})
		];
		expect(major.map((change) => bumpOf(change))).toEqual(major.map(() => 'major'));
	});
});

describe('checkBump', () => {
	const minorDiff = diffModules(demo('1.0.0'), demo('1.1.0'));
	const majorDiff = diffModules(demo('1.1.0'), demo('2.0.0'));

	it('accepts a number that states or overstates the change', () => {
		expect(checkBump('1.0.0', '1.1.0', minorDiff)).toEqual({
			ok: true,
			required: 'minor',
			declared: 'minor',
			message: '1.1.0 is a minor version of 1.0.0'
		});
		expect(checkBump('1.0.0', '2.0.0', minorDiff).ok).toBe(true);
	});

	it('refuses a number that understates the change, saying why', () => {
		expect(checkBump('1.0.0', '1.0.1', minorDiff)).toEqual({
			ok: false,
			required: 'minor',
			declared: 'patch',
			message:
				'1.0.1 understates the change from 1.0.0: it needs a minor version (1.1.0 or later) ' +
				'because of new optional question "written_contract"; question "document_storage": weight 1 -> 2'
		});
		expect(checkBump('1.1.0', '1.2.0', majorDiff).message).toMatch(
			/needs a major version \(2\.0\.0/
		);
	});

	it('refuses a number that does not move forward', () => {
		expect(checkBump('1.1.0', '1.0.0', minorDiff)).toMatchObject({
			ok: false,
			declared: undefined
		});
		expect(checkBump('1.1.0', '1.1.0', minorDiff).message).toBe('1.1.0 is not newer than 1.1.0');
	});

	it('compares versions as numbers', () => {
		expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
		expect(['2.0.0', '1.10.0', '1.2.0'].sort(compareVersions)).toEqual([
			'1.2.0',
			'1.10.0',
			'2.0.0'
		]);
	});
});

describe('answerFits', () => {
	const mod = demo('1.0.0');
	it('checks the answer against the question type, choices and limits', () => {
		expect(answerFits('yes', question(mod, 'uses_agency'))).toBe(true);
		expect(answerFits('maybe', question(mod, 'uses_agency'))).toBe(false);
		expect(answerFits(['with_workers', 'with_employer'], question(mod, 'document_storage'))).toBe(
			true
		);
		expect(answerFits(['with_workers', 'dont_know'], question(mod, 'document_storage'))).toBe(
			false
		);
		expect(answerFits('with_workers', question(mod, 'document_storage'))).toBe(false);
		expect(answerFits(40, question(mod, 'weekly_hours'))).toBe(true);
		expect(answerFits(101, question(mod, 'weekly_hours'))).toBe(false);
		expect(answerFits('a remark', question(mod, 'comments'))).toBe(true);
		expect(answerFits('x'.repeat(1001), question(mod, 'comments'))).toBe(false);
		expect(answerFits('seen', question(mod, 'closing_note'))).toBe(false);
	});
});

describe('canMoveDraft', () => {
	const answers: Answers = { uses_agency: 'yes', agency_fees: 'workers', weekly_hours: 50 };

	it('moves to a newer published minor or patch version that keeps every answer', () => {
		expect(canMoveDraft(answers, demo('1.0.0'), demo('1.1.0'))).toBe(true);
		const patch = demo('1.1.0');
		patch.version = '1.1.1';
		expect(canMoveDraft(answers, demo('1.1.0'), patch)).toBe(true);
	});

	it('never moves to a major, older, draft or other module version', () => {
		expect(canMoveDraft(answers, demo('1.1.0'), demo('2.0.0'))).toBe(false);
		expect(canMoveDraft(answers, demo('1.1.0'), demo('1.0.0'))).toBe(false);
		expect(canMoveDraft(answers, demo('2.0.0'), demo('2.1.0'))).toBe(false);
		const other = demo('1.1.0');
		other.id = 'other';
		expect(canMoveDraft(answers, demo('1.0.0'), other)).toBe(false);
	});

	it('does not move when an answered question or chosen choice is gone', () => {
		const to = demo('1.1.0');
		const fees = question(to, 'agency_fees');
		if (fees.type === 'single_choice')
			fees.choices = fees.choices.filter((c) => c.id !== 'workers');
		expect(canMoveDraft(answers, demo('1.0.0'), to)).toBe(false);
		expect(canMoveDraft({ ...answers, agency_fees: 'employer' }, demo('1.0.0'), to)).toBe(true);
		expect(canMoveDraft({ gone: 'yes' }, demo('1.0.0'), demo('1.1.0'))).toBe(false);
	});
});

describe('mapAnswers', () => {
	it('carries the answers that still fit and names new and changed questions', () => {
		const answers: Answers = { uses_agency: 'no', comments: 'none', weekly_hours: 40 };
		expect(mapAnswers(answers, demo('1.1.0'), demo('2.0.0'))).toEqual({
			answers: { uses_agency: 'no', weekly_hours: 40 },
			dropped: ['comments'],
			added: [],
			changed: []
		});
		expect(mapAnswers(answers, demo('1.0.0'), demo('1.1.0'))).toMatchObject({
			answers,
			added: ['written_contract'],
			changed: ['document_storage']
		});
		expect(mapAnswers({}, demo('2.0.0'), demo('2.1.0')).changed).toEqual(['agency_fees']);
	});

	it('drops an answer outside the new limits', () => {
		const to = demo('2.0.0');
		Object.assign(question(to, 'weekly_hours'), { max: 60 });
		const mapped = mapAnswers({ weekly_hours: 70 }, demo('1.1.0'), to);
		expect(mapped).toMatchObject({ answers: {}, dropped: ['weekly_hours'] });
		expect(mapped.changed).toContain('weekly_hours');
	});
});

describe('checkVersionSequence', () => {
	const files = (mods: QuestionnaireModule[]) =>
		mods.map((module) => ({ file: `${module.id}/${module.version}.yaml`, module }));

	it('accepts the demo versions', () => {
		expect(checkVersionSequence(files(['2.1.0', '1.0.0', '2.0.0', '1.1.0'].map(demo)))).toEqual([]);
	});

	it('names the file whose number understates its change', () => {
		const mislabelled = demo('1.1.0');
		mislabelled.version = '1.0.1';
		const [problem, ...rest] = checkVersionSequence(files([demo('1.0.0'), mislabelled]));
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'demo/1.0.1.yaml', path: 'version', level: 'error' });
		expect(problem.message).toMatch(/^1\.0\.1 understates the change from 1\.0\.0/);
	});
});
