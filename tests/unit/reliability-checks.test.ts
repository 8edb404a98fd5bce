import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../src/lib/server/questionnaires';
import { pinnedModules } from '../../src/lib/questionnaire/registry';
import { currentPins } from '../../src/lib/server/assessments';
import { moduleValues, storedForm } from '../harness/answers';
import {
	AssessmentClient,
	problemsInCopy,
	problemsOf,
	type Save,
	type StoredAssessment
} from '../harness/journey';

// The reliability suite is only as good as its judge of a stored assessment: it must catch a
// save that is half there, a lost acknowledged save, and a revision that does not fit.
const registry = loadQuestionnaires('questionnaires');
const modules = pinnedModules(registry, currentPins(registry));

function client(): AssessmentClient {
	const seeded = {
		identity: { role: 'guest' as const, userId: 'u', organisationId: 'o', session: 's' },
		assessmentId: 'a',
		modules
	};
	return new AssessmentClient('http://127.0.0.1:1', seeded, 3);
}

function saveOf(moduleIndex: number, n: number, revision: number): Save {
	const { id, module } = modules[moduleIndex];
	return { module: id, values: moduleValues(module, n, 3), revision };
}

function stored(c: AssessmentClient, saves: Save[], revision = saves.length): StoredAssessment {
	const answers = c.expectedAnswers(saves);
	const rows = Object.values(answers).reduce((t, a) => t + Object.keys(a).length, 0);
	return { status: 'draft', revision, answers, rows };
}

describe('judging a stored assessment against what its client saw', () => {
	const acked = [saveOf(0, 0, 1), saveOf(1, 0, 2), saveOf(0, 1, 3)];
	const inFlight = saveOf(1, 1, 4);

	it('makes answers that every save changes, and that the server would accept', () => {
		for (const { module } of modules) {
			const a = storedForm(module, moduleValues(module, 0, 3));
			const b = storedForm(module, moduleValues(module, 1, 3));
			expect(Object.keys(a).length).toBeGreaterThan(0);
			expect(a).not.toEqual(b);
		}
	});

	it('accepts the acknowledged state, and the in-flight save committed whole', () => {
		const c = client();
		c.acknowledged.push(...acked);
		c.revision = 3;
		c.inFlight = inFlight;
		expect(problemsOf(c, stored(c, acked))).toEqual([]);
		expect(problemsOf(c, stored(c, [...acked, inFlight]))).toEqual([]);
	});

	it('catches a save half there, a lost save, and a revision that does not fit', () => {
		const c = client();
		c.acknowledged.push(...acked);
		c.revision = 3;
		c.inFlight = inFlight;
		const half = stored(c, acked);
		const [question, value] = Object.entries(storedForm(modules[1].module, inFlight.values))[0];
		half.answers[modules[1].id][question] = value;
		expect(problemsOf(c, half)).not.toEqual([]);
		expect(problemsOf(c, stored(c, acked.slice(0, 2)))).not.toEqual([]);
		expect(problemsOf(c, stored(c, [...acked, inFlight], 3))).not.toEqual([]);
		expect(problemsOf(c, { ...stored(c, acked), rows: 1 })).not.toEqual([]);
	});

	it('holds a backup to a prefix of the saves, with everything acknowledged before it began', () => {
		const c = client();
		c.acknowledged.push(...acked);
		expect(problemsInCopy(c, stored(c, acked.slice(0, 2)), 2)).toEqual([]);
		expect(problemsInCopy(c, stored(c, acked.slice(0, 1)), 2)).not.toEqual([]);
		expect(problemsInCopy(c, stored(c, acked.slice(0, 2), 3), 2)).not.toEqual([]);
	});
});
