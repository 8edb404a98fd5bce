import type { ColumnType, JSONColumnType } from 'kysely';
import type { Pin } from '../../questionnaire/registry';
import type { Answers, AnswerValue } from '../../questionnaire/schema';
import type { AssessmentResult } from '../../questionnaire/types';

/**
 * Row types of every table, as both engines return them (see migrations/). A JSON column
 * is written as JSON text and read back parsed: PostgreSQL keeps it as json (migration
 * 0009) and pg parses it; SQLite keeps TEXT, which json-columns.ts parses.
 */

/** What changed in a module's questions since its answers were given (assessment_changes). */
export interface ModuleChange {
	/** The version the answers came from; null when the module is new to this organisation. */
	from: string | null;
	added: string[];
	changed: string[];
	/** Answered questions whose answers could not be carried over. */
	dropped: string[];
}

export interface OrganisationsTable {
	id: string;
	name: string;
	created_at: string;
}

export type Role = 'guest' | 'employer' | 'facilitator' | 'inspector' | 'admin';

export interface UsersTable {
	id: string;
	email: string | null;
	password_hash: string | null;
	role: Role;
	organisation_id: string | null;
	display_name: string | null;
	is_guest: number;
	created_at: string;
	password_changed_at: string | null;
}

export interface SessionsTable {
	id: string;
	user_id: string;
	expires_at: string;
	created_at: string;
}

export interface RateLimitsTable {
	key: string;
	window_start: string;
	count: number;
}

export interface AuditLogTable {
	id: string;
	at: string;
	actor_id: string | null;
	action: string;
	subject_type: string | null;
	subject_id: string | null;
	detail: string | null;
}

export interface AssessmentsTable {
	id: string;
	organisation_id: string;
	status: 'draft' | 'submitted';
	revision: number;
	pins: JSONColumnType<Pin[]>;
	previous_id: string | null;
	created_at: string;
	updated_at: string;
	submitted_at: string | null;
	result: JSONColumnType<AssessmentResult | null, string | null, string | null>;
	overall_level: string | null;
	stats_opt_out: number;
}

export interface AnswersTable {
	assessment_id: string;
	module_id: string;
	question_id: string;
	/** Kysely's JSONColumnType takes objects only; an answer is also a bare string or number. */
	value: ColumnType<AnswerValue, string, string>;
	updated_at: string;
}

export interface SuppliersTable {
	id: string;
	organisation_id: string;
	name: string;
	kind: string;
	country: string | null;
	kraz_number: string | null;
	pin: JSONColumnType<Pin>;
	answers: JSONColumnType<Answers, string | undefined>;
	created_at: string;
	updated_at: string;
}

export interface ActionItemsTable {
	id: string;
	assessment_id: string;
	source: string | null;
	title: string | null;
	priority: string;
	owner: string | null;
	due_date: string | null;
	status: 'open' | 'in_progress' | 'done';
	note: string | null;
	position: number;
	updated_at: string;
}

export interface WorkshopsTable {
	id: string;
	facilitator_id: string;
	title: string;
	association: string;
	date: string;
	place: string | null;
	online: number;
	language: 'pl' | 'en' | 'uk';
	pins: JSONColumnType<Pin[]>;
	join_code: string;
	status: 'open' | 'closed';
	follow_up_of: string | null;
	created_at: string;
}

export interface WorkshopParticipantsTable {
	id: string;
	workshop_id: string;
	organisation_id: string;
	label: string;
	share_name: number;
	share_result: number;
	assessment_id: string | null;
	joined_at: string;
}

/** Statistics facts (migration 0004): one row per organisation and quarter, the latest. */
export interface StatSubmissionsTable {
	assessment_id: string;
	organisation_id: string;
	period: string;
	sector: string;
	size_band: string;
	voivodeship: string;
	overall_level: string;
	flagged: number;
	latest: number;
	submitted_at: string;
	ilo_av: number | null;
	ilo_dc: number | null;
	ilo_rm: number | null;
	ilo_is: number | null;
	ilo_pv: number | null;
	ilo_it: number | null;
	ilo_id: number | null;
	ilo_ww: number | null;
	ilo_db: number | null;
	ilo_ac: number | null;
	ilo_eo: number | null;
}

export interface StatModuleLevelsTable {
	assessment_id: string;
	module_id: string;
	module_version: string;
	band: string;
	critical: number;
	latest: number;
	period: string;
	sector: string;
	size_band: string;
	voivodeship: string;
	flagged: number;
}

export interface StatFlagsTable {
	assessment_id: string;
	module_id: string;
	flag_id: string;
}

/** Questions new or changed since an assessment's answers were given (migration 0007). */
export interface AssessmentChangesTable {
	assessment_id: string;
	changes: JSONColumnType<Record<string, ModuleChange>>;
}

export interface ResumeLinksTable {
	token_hash: string;
	user_id: string;
	created_at: string;
}

export interface DB {
	organisations: OrganisationsTable;
	users: UsersTable;
	sessions: SessionsTable;
	rate_limits: RateLimitsTable;
	audit_log: AuditLogTable;
	assessments: AssessmentsTable;
	answers: AnswersTable;
	suppliers: SuppliersTable;
	action_items: ActionItemsTable;
	workshops: WorkshopsTable;
	workshop_participants: WorkshopParticipantsTable;
	stat_submissions: StatSubmissionsTable;
	stat_module_levels: StatModuleLevelsTable;
	stat_flags: StatFlagsTable;
	resume_links: ResumeLinksTable;
	assessment_changes: AssessmentChangesTable;
}
