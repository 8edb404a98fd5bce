/** The demo accounts the seed creates; printed by the seed command, used by the e2e suite. */
export const DEMO_ACCOUNTS = {
	employer: {
		email: 'pracodawca@example.com',
		password: 'demo-pracodawca-1',
		role: 'employer',
		organisation: 'Przetwórnia Owoców Sadownik sp. z o.o.'
	},
	employerB: {
		email: 'pracodawca2@example.com',
		password: 'demo-pracodawca-2',
		role: 'employer',
		organisation: 'Budmex Usługi Budowlane'
	},
	facilitator: {
		email: 'prowadzacy@example.com',
		password: 'demo-prowadzacy-1',
		role: 'facilitator',
		organisation: null
	},
	inspector: {
		email: 'inspektor@example.com',
		password: 'demo-inspektor-1',
		role: 'inspector',
		organisation: null
	},
	admin: { email: 'admin@example.com', password: 'demo-admin-1', role: 'admin', organisation: null }
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;
