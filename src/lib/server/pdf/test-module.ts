import { moduleSchema, type QuestionnaireModule } from '../../questionnaire/schema';

/**
 * A small questionnaire module written by hand for the paper-form tests: one question of
 * every type, conditions of every kind, and one text left without its Ukrainian
 * translation to show the fallback to Polish.
 */
export function testModule(order = 10): QuestionnaireModule {
	return moduleSchema.parse({
		id: 'recruitment',
		version: '1.2.0',
		status: 'published',
		locales: ['pl', 'en', 'uk'],
		order,
		title: { pl: 'Rekrutacja', en: 'Recruitment', uk: 'Вербування' },
		intro: {
			pl: 'Pytania o to, jak znajdujecie pracowników.',
			en: 'Questions on how you find workers.',
			uk: 'Запитання про те, як ви знаходите працівників.'
		},
		sections: [
			{
				id: 'agencies',
				title: {
					pl: 'Agencje zatrudnienia',
					en: 'Employment agencies',
					uk: 'Агентства зайнятості'
				},
				questions: [
					{
						id: 'uses_agency',
						type: 'yes_no',
						text: {
							pl: 'Czy korzystacie z agencji?',
							en: 'Do you use agencies?',
							uk: 'Чи користуєтеся ви агентствами?'
						},
						help: {
							pl: 'Agencja musi mieć wpis w rejestrze KRAZ.',
							en: 'An agency must be in the KRAZ register.',
							uk: 'Агентство має бути в реєстрі KRAZ.'
						},
						ilo: ['DC'],
						choices: [
							{ id: 'yes', label: { pl: 'Tak', en: 'Yes', uk: 'Так' }, risk: 1 },
							{ id: 'no', label: { pl: 'Nie', en: 'No', uk: 'Ні' }, risk: 0 },
							{
								id: 'dont_know',
								label: { pl: 'Nie wiem', en: "Don't know", uk: 'Не знаю' },
								risk: 2,
								dont_know: true
							}
						]
					},
					{
						id: 'agency_count',
						type: 'number',
						text: {
							pl: 'Z ilu agencji korzystacie?',
							en: 'How many agencies do you use?',
							uk: 'Зі скількома агентствами ви працюєте?'
						},
						show_if: { q: 'uses_agency', eq: 'yes' },
						min: 1,
						max: 50,
						unit: { pl: 'agencji', en: 'agencies', uk: 'агентств' }
					},
					{
						id: 'fees',
						type: 'multi_choice',
						text: {
							pl: 'Za co płacili pracownicy?',
							en: 'What did workers pay for?',
							uk: 'За що платили працівники?'
						},
						show_if: {
							all: [
								{ q: 'uses_agency', eq: 'yes' },
								{ q: 'agency_count', gte: 2 }
							]
						},
						ilo: ['DB'],
						choices: [
							{ id: 'visa', label: { pl: 'Wiza', en: 'Visa', uk: 'Віза' }, risk: 3 },
							{ id: 'travel', label: { pl: 'Przejazd', en: 'Travel', uk: 'Проїзд' }, risk: 3 },
							{
								id: 'nothing',
								label: { pl: 'Za nic', en: 'Nothing', uk: 'Ні за що' },
								risk: 0,
								exclusive: true
							}
						]
					}
				]
			},
			{
				id: 'contracts',
				title: { pl: 'Umowy', en: 'Contracts', uk: 'Договори' },
				questions: [
					{
						id: 'contracts_note',
						type: 'info',
						text: {
							pl: 'Umowa musi być w języku zrozumiałym dla pracownika.',
							en: 'The contract must be in a language the worker understands.',
							uk: 'Договір має бути мовою, зрозумілою працівникові.'
						}
					},
					{
						id: 'contract_language',
						type: 'single_choice',
						text: { pl: 'W jakim języku jest umowa?', en: 'What language is the contract in?' },
						ilo: ['DC'],
						choices: [
							{
								id: 'worker',
								label: {
									pl: 'W języku pracownika',
									en: "The worker's language",
									uk: 'Мовою працівника'
								},
								risk: 0
							},
							{
								id: 'polish',
								label: { pl: 'Tylko po polsku', en: 'Polish only', uk: 'Лише польською' },
								risk: 2
							}
						]
					},
					{
						id: 'contract_problems',
						type: 'text',
						text: {
							pl: 'Opisz problemy z umowami.',
							en: 'Describe problems with contracts.',
							uk: 'Опишіть проблеми з договорами.'
						},
						show_if: {
							any: [
								{ q: 'contract_language', in: ['polish'] },
								{ q: 'fees', answered: true }
							]
						},
						required: false,
						max_length: 500
					}
				]
			}
		]
	});
}
