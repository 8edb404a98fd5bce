import type { LoadedModule } from './registry';
import type { Answers } from './schema';
import { moduleProgress, type ModuleProgress } from './visibility';

// Pure, so the server's pages and the browser's labels share one notion of a module's status.

export type ModuleStatus = 'not_started' | 'in_progress' | 'completed';

export interface ModuleState {
	moduleId: string;
	version: string;
	status: ModuleStatus;
	progress: ModuleProgress;
}

export interface AssessmentProgress {
	modules: ModuleState[];
	visible: number;
	answered: number;
	required: number;
	requiredAnswered: number;
	complete: boolean;
	/** The first module not completed yet: where to carry on. */
	next: string | null;
}

/** Answered of visible questions per module and overall; hidden questions never count. */
export function assessmentProgress(
	modules: LoadedModule[],
	answers: Record<string, Answers>
): AssessmentProgress {
	const states = modules.map((m): ModuleState => {
		const progress = moduleProgress(m.module, answers[m.id] ?? {});
		const status: ModuleStatus =
			progress.answered === 0
				? progress.required === 0
					? 'completed'
					: 'not_started'
				: progress.complete
					? 'completed'
					: 'in_progress';
		return { moduleId: m.id, version: m.version, status, progress };
	});
	const sum = (pick: (p: ModuleProgress) => number) =>
		states.reduce((total, s) => total + pick(s.progress), 0);
	return {
		modules: states,
		visible: sum((p) => p.visible),
		answered: sum((p) => p.answered),
		required: sum((p) => p.required),
		requiredAnswered: sum((p) => p.requiredAnswered),
		complete: states.every((s) => s.progress.complete),
		next: states.find((s) => s.status !== 'completed')?.moduleId ?? null
	};
}
