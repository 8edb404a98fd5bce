import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
	formatProblem,
	loadQuestionnaires,
	QuestionnaireError,
	readModuleFile,
	readQuestionnaires
} from './load';
import { localize } from '../../questionnaire/localize';
import { BROKEN_FIXTURES, FIXTURES } from '../../questionnaire/test-helpers';

function tempDir(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'questionnaires-'));
	onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const demoText = (version = '1.0.0') =>
	readFileSync(join(FIXTURES, 'demo', `${version}.yaml`), 'utf8');

describe('loadQuestionnaires', () => {
	it('loads every version of every module, skipping plain files and _ folders', () => {
		const registry = loadQuestionnaires(FIXTURES);
		expect([...registry.versions.keys()]).toEqual(['demo']);
		expect(registry.versions.get('demo')!.map((m) => `${m.version} ${m.status}`)).toEqual([
			'1.0.0 published',
			'1.1.0 published',
			'2.0.0 published',
			'2.1.0 draft'
		]);
	});

	it('offers the newest published version of each module and a lookup by version', () => {
		const registry = loadQuestionnaires(FIXTURES);
		expect(registry.latest.map((m) => `${m.id} ${m.version}`)).toEqual(['demo 2.0.0']);
		expect(registry.latestOf('demo')?.version).toBe('2.0.0');
		expect(registry.latestOf('wages')).toBeUndefined();
		const found = registry.get({ module: 'demo', version: '1.1.0' });
		expect(found?.module.version).toBe('1.1.0');
		expect(found?.file).toBe(join(FIXTURES, 'demo', '1.1.0.yaml'));
		expect(registry.get({ module: 'demo', version: '9.0.0' })).toBeUndefined();
	});

	it('keeps the SHA-256 of each file as read', () => {
		for (const m of loadQuestionnaires(FIXTURES).versions.get('demo')!) {
			const sha = createHash('sha256').update(readFileSync(m.file)).digest('hex');
			expect(m.sha256).toBe(sha);
		}
	});

	it('parses once per folder', () => {
		expect(loadQuestionnaires(FIXTURES)).toBe(loadQuestionnaires(FIXTURES));
	});

	it('orders the latest versions by the modules’ order', () => {
		const dir = tempDir({
			'b-first/1.0.0.yaml': demoText()
				.replace('id: demo', 'id: b-first')
				.replace('order: 10', 'order: 5'),
			'a-second/1.0.0.yaml': demoText().replace('id: demo', 'id: a-second')
		});
		expect(loadQuestionnaires(dir).latest.map((m) => m.id)).toEqual(['b-first', 'a-second']);
	});

	it('refuses to start with one error naming every problem in every file', () => {
		let error: unknown;
		try {
			loadQuestionnaires(BROKEN_FIXTURES);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(QuestionnaireError);
		const { problems, message } = error as QuestionnaireError;
		expect(problems.map((p) => p.file.slice(BROKEN_FIXTURES.length + 1))).toEqual([
			'duplicate-id/1.0.0.yaml',
			'late-show-if/1.0.0.yaml',
			'missing-flag/1.0.0.yaml',
			'missing-translation/1.0.0.yaml',
			'unknown-ilo/1.0.0.yaml'
		]);
		for (const p of problems) expect(message).toContain(formatProblem(p));
	});

	it('does not cache a failure, and a missing folder is an error', () => {
		expect(() => loadQuestionnaires(BROKEN_FIXTURES)).toThrow(QuestionnaireError);
		expect(() => loadQuestionnaires(join(tmpdir(), 'no-such-questionnaires'))).toThrow(
			/questionnaire folder not found/
		);
	});
});

describe('readQuestionnaires', () => {
	it('returns warnings without refusing the file', () => {
		const { modules, problems } = readQuestionnaires(FIXTURES);
		expect(modules).toHaveLength(4);
		expect(problems.map((p) => [p.level, p.locale, p.file.endsWith('demo/2.1.0.yaml')])).toEqual([
			['warning', 'uk', true]
		]);
	});

	it('reports YAML syntax errors, zod errors with their line, and a misnamed file', () => {
		const dir = tempDir({
			'demo/1.0.0.yaml': 'id: demo\nid: again\n',
			'demo/1.1.0.yaml': demoText().replace('weight: 2', 'weight: heavy'),
			'demo/1.2.0.yml': demoText().replace('1.0.0', '1.2.0')
		});
		const messages = readQuestionnaires(dir).problems.map((p) =>
			formatProblem({ ...p, file: p.file.slice(dir.length + 1) })
		);
		expect(messages).toEqual([
			'demo/1.0.0.yaml: Map keys must be unique at line 2, column 1',
			'demo/1.1.0.yaml: sections[0].questions[1].weight: Invalid input: expected number, received string (line 29)',
			'demo/1.2.0.yml: version: version 1.2.0 must match the file name "1.2.0.yml" (line 3)'
		]);
	});

	it('turns a show_if that matches no form into a problem at its path', () => {
		const dir = tempDir({
			'demo/1.0.0.yaml': demoText().replace("eq: 'yes'", "equals: 'yes'")
		});
		const [problem] = readQuestionnaires(dir).problems;
		expect(problem.path).toBe('sections[0].questions[1].show_if');
		expect(problem.message).toBe(
			'a condition is {q, eq | in | gte | lte | answered} or {all | any: [conditions]} (line 28)'
		);
	});
});

describe('readModuleFile', () => {
	it('applies the schema defaults', () => {
		const { loaded } = readModuleFile(join(FIXTURES, 'demo', '1.0.0.yaml'));
		const questions = loaded!.module.sections.flatMap((s) => s.questions);
		expect(questions.map((q) => [q.id, q.required, q.weight])).toEqual([
			['uses_agency', true, 1],
			['agency_fees', true, 2],
			['document_storage', true, 1],
			['weekly_hours', true, 1],
			['comments', false, 1],
			['closing_note', false, 1]
		]);
		expect(loaded!.module.bands).toEqual({ low: 80, medium: 60 });
	});
});

describe('localize', () => {
	const text = { pl: 'Tak', en: 'Yes' };
	it('uses the locale and falls back to Polish', () => {
		expect(localize(text, 'en')).toBe('Yes');
		expect(localize(text, 'uk')).toBe('Tak');
		expect(localize(text, 'de')).toBe('Tak');
		expect(localize(undefined, 'en')).toBeUndefined();
	});
});
