import type { Answers } from '../../questionnaire/schema';
import type { SupplierDetails } from '../suppliers';

/**
 * A fruit processor in Lubelskie with a large seasonal peak, a third of its staff from
 * abroad and two agencies: nothing it does is a red flag on its own premises, but it
 * trusts its agencies without checking them, and one of them charges workers fees.
 */
export const DEMO_ANSWERS: Record<string, Answers> = {
	profile: {
		sector: 'c',
		size: 'medium',
		voivodeship: 'lubelskie',
		number_of_workers: 140,
		foreign_share: 'from_31_to_50',
		countries_of_origin: ['ukraine', 'belarus', 'uzbekistan'],
		agency_share: 'from_11_to_30',
		agency_kinds: ['temp_work_agency', 'employment_agency'],
		recruitment_abroad: ['referrals', 'polish_agency'],
		seasonal_peaks: 'very_large',
		provides_housing: 'yes',
		subcontractors_on_site: ['cleaning']
	},
	recruitment: {
		recruitment_channels: ['direct_poland', 'employment_agency', 'temp_work_agency'],
		kraz_checked: 'some_never_checked',
		agency_contract_terms: 'fees_ban_only',
		fees_known: 'agency_statement',
		workers_paid_fees: 'dont_know',
		costs_who_pays: 'worker_reimbursed',
		employer_pays_policy: 'none',
		deposits_penalties: ['none'],
		contract_timing: 'before_start',
		contract_language: 'polish_explained',
		terms_match_promise: 'not_checked',
		new_contract_on_arrival: 'never',
		interview_without_agency: 'possible_not_done',
		recruiters_trained: 'some_trained'
	},
	wages: {
		minimum_wage_all_hours: 'rate_ok_hours_unchecked',
		overtime_paid: 'paid_with_allowance',
		paid_on_time: 'always_on_time',
		pay_method: 'own_account',
		third_party_control: 'no',
		pay_held_back: ['none'],
		deductions_made: ['statutory_only', 'housing'],
		deduction_consent: 'specific_written',
		deduction_protected_amount: 'checked',
		payslip_itemised: 'itemised_always',
		payslip_language: 'polish_explained',
		permit_pay_match: 'checked_match',
		agency_worker_pay: 'trust_agency',
		civil_contract_protections: 'no_civil_contracts',
		loans_given: 'advances_earned',
		loan_terms_written: 'yes',
		loan_interest: 'no',
		loan_repayment_share: 'up_to_10',
		loan_leave_freely: 'yes'
	},
	accommodation: {
		housing_provider: ['agency'],
		can_live_elsewhere: 'yes',
		housing_agreement: 'yes',
		move_out_time: 'few_days',
		rent_payment: 'deducted',
		rent_deduction_consent: 'yes',
		rent_vs_market: 'somewhat_higher',
		housing_charges: ['deposit_returned'],
		movement_restrictions: ['none'],
		own_keys: 'yes',
		lockable_storage: 'no',
		entry_without_notice: 'sometimes',
		transport_dependence: 'our_transport_free_time',
		housing_inspected: 'some',
		housing_conditions: ['no_privacy']
	},
	documents: {
		who_holds_documents: ['workers_only'],
		control_of_accounts: ['none'],
		copies_kept: 'required_only',
		no_retention_policy: 'yes_internal',
		workers_told_documents: 'no',
		documents_check_method: 'ask_intermediaries',
		help_with_renewals: 'agency_handles',
		document_charges: 'no',
		threats_to_report: 'no',
		explain_permits: 'yes',
		leaving_papers: 'yes'
	},
	'working-time': {
		hours_recorded: 'all_daily',
		longest_week_hours: 56,
		hours_visible: 'yes',
		rest_periods: 'sometimes_not',
		overtime_refusal_penalised: 'no',
		overtime_paid: 'always',
		targets_unpaid_time: 'no',
		second_contract_hours: 'no',
		peak_planning: 'long_hours',
		resign_with_notice: 'yes'
	},
	grievance: {
		confidential_channel: 'via_supervisor_or_coordinator',
		concerns_recorded: 'not_recorded',
		help_information: 'partly',
		threat_report: 'none_reported',
		remedy_procedure: 'informal',
		fee_repayment: 'case_by_case',
		no_retaliation_rule: 'none',
		retaliation_happened: 'no',
		worker_representatives: 'appointed'
	},
	'supply-chain': {
		onsite_contractors_mapped: 'partial',
		onsite_workers_checked: 'once',
		supplier_labour_mapped: 'not_mapped',
		risk_list_inputs: 'not_on_lists',
		forced_labour_clause: 'some',
		audit_rights: 'none',
		flow_down: 'no',
		breach_response: 'nothing_defined',
		prices_cover_labour: 'sometimes',
		short_notice_orders: 'often'
	}
};

/** The demo register: the two agencies and the hostel the agency houses workers in. */
export const DEMO_SUPPLIERS: { details: SupplierDetails; answers: Answers }[] = [
	{
		details: {
			name: 'Agencja Zatrudnienia Wschód',
			kind: 'employment_agency',
			country: 'Polska',
			krazNumber: null
		},
		answers: {
			kind: 'employment_agency',
			country: ['ukraine', 'central_asia'],
			migrant_workers: 'majority',
			kraz_checked: 'registered_older',
			fees_policy: 'workers_pay',
			documents_practice: 'never_unconfirmed',
			housing: 'no_housing',
			contract_clause: 'no_clause',
			last_verification: 'older'
		}
	},
	{
		details: {
			name: 'Agencja Pracy Tymczasowej Sezon',
			kind: 'temp_work_agency',
			country: 'Polska',
			krazNumber: null
		},
		answers: {
			kind: 'temp_work_agency',
			country: ['poland', 'ukraine'],
			migrant_workers: 'minority',
			kraz_checked: 'not_checked',
			fees_policy: 'no_fees_unconfirmed',
			documents_practice: 'never_unconfirmed',
			housing: 'not_inspected',
			contract_clause: 'clause_no_audit',
			last_verification: 'never'
		}
	},
	{
		details: {
			name: 'Hotel Pracowniczy Pod Lipami',
			kind: 'housing_provider',
			country: 'Polska',
			krazNumber: null
		},
		answers: {
			kind: 'housing_provider',
			country: ['poland'],
			migrant_workers: 'majority',
			documents_practice: 'never_confirmed',
			housing: 'problems_found',
			contract_clause: 'no_written_contract',
			last_verification: 'within_12_months'
		}
	}
];
