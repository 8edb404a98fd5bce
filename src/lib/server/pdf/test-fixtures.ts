import { createHash } from 'node:crypto';
import type { Priority } from '../../questionnaire/schema';
import { pdfLabels } from './labels';
import type { ActionItem, ActionPlanDocument, Risk } from './types';

/**
 * Hand-made action plans for the tests and the benchmark: the texts an app would pass,
 * written out in Polish and Ukrainian. Contacts carry no real phone numbers.
 */

type FixtureLocale = 'pl' | 'uk';

interface Texts {
	organisation: string;
	modules: string[];
	actions: { title: string; what: string; why: string; legal: string[] }[];
	owners: string[];
	statuses: string[];
	flags: { title: string; description: string }[];
	protocol: ActionPlanDocument['forcedLabour'] & object;
	help: ActionPlanDocument['help'];
	suppliers: { name: string; kind: string }[];
	findings: { question: string; answer: string }[];
}

const MODULE_IDS = [
	'profile',
	'recruitment',
	'wages',
	'accommodation',
	'documents',
	'working-time',
	'grievance',
	'supply-chain',
	'supplier'
];

const TEXTS: Record<FixtureLocale, Texts> = {
	pl: {
		organisation: 'Zakład Przetwórstwa Owoców „Jabłuszko” sp. z o.o.',
		modules: [
			'Profil organizacji',
			'Rekrutacja',
			'Wynagrodzenia',
			'Zakwaterowanie',
			'Dokumenty',
			'Czas pracy',
			'Skargi i zgłoszenia',
			'Łańcuch dostaw',
			'Dostawca'
		],
		actions: [
			{
				title: 'Sprawdź wpis każdej agencji w rejestrze KRAZ',
				what: 'Wyszukaj każdą agencję zatrudnienia w rejestrze KRAZ, zapisz numer wpisu i datę sprawdzenia, a umowę z agencją bez wpisu wypowiedz.',
				why: 'Agencja bez wpisu działa nielegalnie, a pracownicy rekrutowani przez nią częściej płacą za pracę i są wprowadzani w błąd.',
				legal: ['ustawa o rynku pracy i służbach zatrudnienia']
			},
			{
				title: 'Zwróć pracownikom opłaty rekrutacyjne',
				what: 'Ustal z każdym pracownikiem, ile zapłacił za pośrednictwo, wizę, przejazd i badania; zwróć całość w ciągu miesiąca i zapisz zwrot.',
				why: 'Opłata za znalezienie pracy wpędza pracownika w dług, który utrudnia odejście: to niewola za długi według wskaźników MOP.',
				legal: ['Konwencja MOP nr 181, art. 7', 'Konwencja MOP nr 29 i Protokół z 2014 r.']
			},
			{
				title: 'Oddaj pracownikom paszporty i karty pobytu',
				what: 'Zwróć wszystkie przechowywane dokumenty tożsamości tego samego dnia; jeśli pracownik chce je zdeponować, daj mu zamykaną szafkę, do której tylko on ma klucz.',
				why: 'Zatrzymywanie cudzego dokumentu tożsamości jest przestępstwem i odbiera pracownikowi swobodę odejścia.',
				legal: ['Kodeks karny art. 275', 'Kodeks karny art. 276']
			},
			{
				title: 'Wypłacaj wynagrodzenie na rachunek pracownika',
				what: 'Przelewaj pensję wyłącznie na rachunek bankowy na nazwisko pracownika; nie przekazuj jej agencji, brygadziście ani właścicielowi kwatery.',
				why: 'Gdy pieniądze trafiają do pośrednika, pracownik traci kontrolę nad zarobkiem, a potrącenia trudno sprawdzić.',
				legal: ['Kodeks pracy art. 85', 'Kodeks pracy art. 86']
			},
			{
				title: 'Spisz zasady potrąceń i uzyskaj pisemne zgody',
				what: 'Wymień każde potrącenie na pasku płacowym w języku zrozumiałym dla pracownika; potrącenia inne niż ustawowe tylko za pisemną zgodą i w granicach kwoty wolnej.',
				why: 'Potrącenia bez zgody lub ponad limit to zatrzymywanie wynagrodzenia i jeden z najczęstszych sposobów uzależniania pracownika.',
				legal: ['Kodeks pracy art. 87', 'Kodeks pracy art. 87(1)', 'Kodeks pracy art. 91']
			},
			{
				title: 'Ustal rzetelną ewidencję czasu pracy i nadgodzin',
				what: 'Prowadź ewidencję godzin każdego pracownika, także agencyjnego; nadgodziny tylko w granicach prawa, zawsze płatne z dodatkiem.',
				why: 'Nadmierne nadgodziny pod groźbą utraty pracy to jeden ze wskaźników pracy przymusowej.',
				legal: ['Kodeks pracy art. 128–151']
			},
			{
				title: 'Uruchom poufny kanał zgłoszeń w językach pracowników',
				what: 'Daj pracownikom numer lub skrzynkę, przez którą mogą zgłosić problem bez udziału agencji i brygadzisty, w polskim, ukraińskim i angielskim.',
				why: 'Bez bezpiecznego sposobu zgłoszenia nadużycia wychodzą na jaw dopiero podczas kontroli.',
				legal: ['Kodeks pracy art. 94']
			},
			{
				title: 'Sprawdź warunki w kwaterach zapewnianych przez agencję',
				what: 'Odwiedź kwatery, sprawdź liczbę osób w pokoju, zamki, dostęp do kuchni i łazienki oraz to, czy pracownicy mogą swobodnie wychodzić.',
				why: 'Zakwaterowanie powiązane z pracą bywa narzędziem kontroli: długu, izolacji i ograniczania swobody.',
				legal: ['Rozporządzenie (UE) 2024/3015']
			}
		],
		owners: ['Łukasz Żółtowski', 'Kadry i płace', 'Zarząd', 'Ścisłe kierownictwo'],
		statuses: ['Do zrobienia', 'W toku', 'Zrobione'],
		flags: [
			{
				title: 'Pracownicy zapłacili za rekrutację i nie otrzymali zwrotu',
				description:
					'Co najmniej jeden pracownik zapłacił pośrednikowi za znalezienie pracy, a opłata nie została zwrócona.'
			},
			{
				title: 'Pracodawca przechowuje paszporty pracowników',
				description:
					'Dokumenty tożsamości pracowników są przechowywane w biurze, a pracownicy nie mają do nich swobodnego dostępu.'
			}
		],
		protocol: {
			intro:
				'Odpowiedzi wskazują jednocześnie na opłaty pobierane przy rekrutacji i na zatrzymywanie dokumentów. Najpierw zadbaj o bezpieczeństwo pracowników, dopiero potem o resztę planu.',
			steps: [
				'Natychmiast przerwij praktykę: oddaj dokumenty, wstrzymaj potrącenia i nie wyciągaj konsekwencji wobec pracowników.',
				'Porozmawiaj z pracownikami bez udziału agencji i brygadzistów, w języku, który rozumieją.',
				'Skontaktuj się z Krajowym Centrum Interwencyjno-Konsultacyjnym, które pomaga ofiarom handlu ludźmi.',
				'Zabezpiecz dokumenty: umowy, listy płac, ewidencję czasu pracy i korespondencję z agencją.'
			],
			contacts: [
				{
					name: 'Krajowe Centrum Interwencyjno-Konsultacyjne (KCIK)',
					description: 'Pomoc dla ofiar handlu ludźmi i pracy przymusowej.',
					website: 'www.kcik.pl'
				},
				{ name: 'Państwowa Inspekcja Pracy', website: 'www.pip.gov.pl' },
				{
					name: 'Infolinia testowa',
					description: 'Kontakt wymyślony na potrzeby testu.',
					phone: '000 000 000'
				}
			],
			legalDuty: [
				'Kto ma wiarygodną wiadomość o handlu ludźmi, powinien zawiadomić organy ścigania (Kodeks karny art. 189a).'
			]
		},
		help: [
			{ name: 'Krajowe Centrum Interwencyjno-Konsultacyjne (KCIK)', website: 'www.kcik.pl' },
			{
				name: 'Państwowa Inspekcja Pracy',
				description: 'Porady prawne dla pracodawców i pracowników.',
				website: 'www.pip.gov.pl'
			},
			{ name: 'Straż Graniczna', website: 'www.strazgraniczna.pl' }
		],
		suppliers: [
			{ name: 'Agencja Pracy Tymczasowej „Żuraw”', kind: 'agencja pracy tymczasowej' },
			{ name: 'Usługi Porządkowe Źdźbło', kind: 'podwykonawca' },
			{ name: 'Kwatery Pod Gęsią', kind: 'dostawca zakwaterowania' },
			{ name: 'Transport Łódź', kind: 'dostawca' },
			{ name: 'Pośrednictwo Pracy Wschód', kind: 'agencja zatrudnienia' },
			{ name: 'Opakowania Świętokrzyskie', kind: 'dostawca' }
		],
		findings: [
			{
				question: 'Czy wiesz, ile każdy pracownik zapłacił za znalezienie pracy?',
				answer: 'Nie wiem'
			},
			{
				question: 'Kto przechowuje paszporty i karty pobytu pracowników?',
				answer: 'Biuro kadr, w zamkniętej szafie'
			},
			{ question: 'Czy pracownicy dostają pasek płacowy w zrozumiałym języku?', answer: 'Nie' },
			{
				question: 'Ile godzin tygodniowo pracuje najdłużej pracująca osoba w sezonie?',
				answer: '62 godziny'
			}
		]
	},
	uk: {
		organisation: 'ТОВ «Ягідка-Схід» (філія в Польщі)',
		modules: [
			'Профіль організації',
			'Вербування',
			'Заробітна плата',
			'Житло',
			'Документи',
			'Робочий час',
			'Скарги',
			'Ланцюг постачання',
			'Постачальник'
		],
		actions: [
			{
				title: 'Перевірте запис кожного агентства в реєстрі KRAZ',
				what: 'Знайдіть кожне агентство зайнятості в реєстрі KRAZ, запишіть номер запису та дату перевірки; договір з агентством без запису розірвіть.',
				why: 'Агентство без запису діє незаконно, а працівники, яких воно вербує, частіше платять за роботу і стають жертвами обману.',
				legal: ['закон про ринок праці та служби зайнятості']
			},
			{
				title: 'Поверніть працівникам плату за вербування',
				what: 'З’ясуйте з кожним працівником, скільки він заплатив за посередництво, візу, проїзд і медогляд; поверніть усе протягом місяця.',
				why: 'Плата за працевлаштування заганяє працівника в борг, який не дає піти: це боргова кабала за індикаторами МОП.',
				legal: ['Конвенція МОП № 181, ст. 7']
			},
			{
				title: 'Поверніть працівникам паспорти та посвідки',
				what: 'Поверніть усі документи, що посвідчують особу, того ж дня; якщо працівник хоче їх зберігати, дайте йому шафку, ключ від якої є лише в нього.',
				why: 'Утримання чужого документа є злочином і позбавляє працівника свободи піти.',
				legal: ['Кримінальний кодекс Польщі, ст. 275']
			},
			{
				title: 'Виплачуйте зарплату на рахунок працівника',
				what: 'Перераховуйте зарплату лише на банківський рахунок на ім’я працівника; не передавайте її агентству, бригадирові чи власникові житла.',
				why: 'Коли гроші йдуть через посередника, працівник втрачає контроль над заробітком.',
				legal: ['Кодекс праці Польщі, ст. 85']
			},
			{
				title: 'Запровадьте конфіденційний канал скарг',
				what: 'Дайте працівникам номер або скриньку, через які можна повідомити про проблему без агентства й бригадира, польською, українською та англійською.',
				why: 'Без безпечного способу повідомити зловживання виявляються лише під час перевірки.',
				legal: ['Кодекс праці Польщі, ст. 94']
			}
		],
		owners: ['Ґанна Їжакевич', 'Відділ кадрів', 'Правління'],
		statuses: ['Заплановано', 'Виконується', 'Виконано'],
		flags: [
			{
				title: 'Працівники заплатили за вербування, і їм не повернули гроші',
				description:
					'Щонайменше один працівник заплатив посередникові за працевлаштування, і плату не повернуто.'
			},
			{
				title: 'Роботодавець зберігає паспорти працівників',
				description:
					'Документи працівників зберігаються в офісі, і працівники не мають до них вільного доступу.'
			}
		],
		protocol: {
			intro:
				'Відповіді одночасно вказують на плату за вербування та утримання документів. Спершу подбайте про безпеку працівників, а вже потім про решту плану.',
			steps: [
				'Негайно припиніть цю практику: поверніть документи, зупиніть утримання з зарплати і не карайте працівників.',
				'Поговоріть з працівниками без агентства та бригадирів, мовою, яку вони розуміють.',
				'Зверніться до Національного центру інтервенції та консультацій (KCIK), який допомагає жертвам торгівлі людьми.'
			],
			contacts: [
				{ name: 'Національний центр інтервенції та консультацій (KCIK)', website: 'www.kcik.pl' },
				{ name: 'Державна інспекція праці (PIP)', website: 'www.pip.gov.pl' }
			],
			legalDuty: [
				'Хто має достовірну інформацію про торгівлю людьми, повинен повідомити правоохоронні органи (Кримінальний кодекс Польщі, ст. 189a).'
			]
		},
		help: [
			{ name: 'Національний центр інтервенції та консультацій (KCIK)', website: 'www.kcik.pl' },
			{ name: 'Прикордонна служба Польщі', website: 'www.strazgraniczna.pl' }
		],
		suppliers: [
			{ name: 'Агентство тимчасової праці «Журавель»', kind: 'агентство тимчасової праці' },
			{ name: 'Прибирання «Чисто»', kind: 'субпідрядник' },
			{ name: 'Гуртожиток «Їжачок»', kind: 'постачальник житла' }
		],
		findings: [
			{
				question: 'Чи знаєте ви, скільки кожен працівник заплатив за працевлаштування?',
				answer: 'Не знаю'
			},
			{
				question: 'Хто зберігає паспорти та посвідки працівників?',
				answer: 'Відділ кадрів, у зачиненій шафі'
			},
			{ question: 'Чи отримують працівники розрахунковий лист зрозумілою мовою?', answer: 'Ні' }
		]
	}
};

const PRIORITIES: Priority[] = ['immediate', 'days_30', 'days_90'];

/** A short code that starts every action's title, so a test can find each one. */
export function actionCode(index: number): string {
	return `A${String(index + 1).padStart(3, '0')}`;
}

export interface FixtureOptions {
	actions?: number;
	forcedLabour?: boolean;
	suppliers?: number;
}

export function planFixture(
	locale: FixtureLocale,
	options: FixtureOptions = {}
): ActionPlanDocument {
	const t = TEXTS[locale];
	const actionCount = options.actions ?? 8;
	const forcedLabour = options.forcedLabour ?? true;
	const actions: ActionItem[] = Array.from({ length: actionCount }, (_, i) => {
		const base = t.actions[i % t.actions.length];
		return {
			...base,
			title: `${actionCode(i)} ${base.title}`,
			priority: PRIORITIES[Math.floor((i * PRIORITIES.length) / actionCount)],
			owner: t.owners[i % t.owners.length],
			due: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
			status: t.statuses[i % t.statuses.length]
		};
	});
	const risks: Risk[] = [3, 2, 1, 0];
	return {
		locale,
		labels: pdfLabels(locale),
		organisation: t.organisation,
		generatedAt: new Date('2026-03-14T10:30:00Z'),
		overall: forcedLabour ? 'possible_forced_labour' : 'high',
		exposure: 7.4,
		evidenceGap: 0.18,
		versions: MODULE_IDS.map((id, i) => ({
			module: t.modules[i],
			version: '1.0.0',
			sha256: createHash('sha256').update(id).digest('hex')
		})),
		modules: t.modules.slice(1, 8).map((title, i) => ({
			title,
			level: (['critical', 'high', 'medium', 'low', 'incomplete', 'critical', 'medium'] as const)[
				i
			],
			score: i === 4 ? null : 45 + i * 7,
			evidenceGap: (i % 4) / 10,
			flagCount: i === 0 || i === 5 ? 1 : 0
		})),
		ilo: { AV: 2, DC: 3, RM: 1, IS: 0, PV: null, IT: 1, ID: 3, WW: 2, DB: 3, AC: 2, EO: 1 },
		forcedLabour: forcedLabour ? t.protocol : null,
		flags: t.flags.map((flag, i) => ({
			...flag,
			module: t.modules[i === 0 ? 1 : 4],
			actions: actions.filter((_, j) => j % t.actions.length === i + 1).map((a) => a.title)
		})),
		actions,
		suppliers: Array.from({ length: options.suppliers ?? t.suppliers.length }, (_, i) => {
			const supplier = t.suppliers[i % t.suppliers.length];
			const exposure = 9 - (i % 9);
			const control = i % 5 === 4 ? null : 30 + ((i * 13) % 60);
			return {
				...supplier,
				exposure,
				control,
				priority: (exposure * (100 - (control ?? 0))) / 100
			};
		}),
		findings: t.modules.slice(1, 8).map((title, i) => ({
			title,
			level: i === 3 ? 'low' : 'high',
			score: 50 + i * 5,
			findings:
				i === 3
					? []
					: t.findings.map((f, j) => ({
							...f,
							risk: risks[(i + j) % risks.length],
							flag: i === 0 && j === 0 ? t.flags[0].title : undefined
						}))
		})),
		help: t.help
	};
}
