// Fictional municipalities. The 2024 profiles drive context-dependent intervention choices
// (what the municipality has in-house, who decides, the local economy).

import type { DemoMunicipality, StepKey } from './types';

export interface MunicipalityProfile extends DemoMunicipality {
	in2002: boolean;
	in2024: boolean;
	/** Supportive interventions the municipality has readily available (2024). */
	offers: StepKey[];
	/** How the group refers to its systematic tool. */
	tool: string;
	/** Whether this municipality leans on its tool a lot (the one 'specific tool' municipality). */
	toolHeavy: boolean;
	/** Who takes heavy decisions. */
	decider: string;
	/** Local-context sentences ('hos os har vi …'). */
	local: string[];
	economy: string[];
	/** Whether the group criticises that management only sees the recommendation. */
	managementInfo: boolean;
}

export const MUNICIPALITIES: MunicipalityProfile[] = [
	{
		code: 'K1',
		sizeClass: 'stor',
		region: 'Hovedstaden',
		placementRateBand: 'høj',
		in2002: true,
		in2024: true,
		offers: ['tidlig', 'fambeh', 'specialteam', 'netvaerk'],
		tool: 'Signs of Safety',
		toolHeavy: false,
		decider: 'visitationsudvalget',
		local: [
			'Hos os har vi et internt familiebehandlingsteam, så det kan vi sætte i gang inden for et par uger.',
			'Vi har både et specialteam og en åben rådgivning, så vi har flere muligheder end mange andre.',
			'Hos os kan vi bevilge en tidlig indsats uden om visitationen, hvis den er under en vis størrelse.'
		],
		economy: ['Men alt, der koster noget for alvor, skal alligevel forbi visitationsudvalget.'],
		managementInfo: true
	},
	{
		code: 'K2',
		sizeClass: 'mellem',
		region: 'Midtjylland',
		placementRateBand: 'middel',
		in2002: true,
		in2024: true,
		offers: ['specialteam', 'netvaerk', 'fambeh'],
		tool: 'ICS-trekanten',
		toolHeavy: false,
		decider: 'vores faglige beslutningsforum',
		local: [
			'Vi har et specialteam med viden om diagnoser, men ventetiden er lang.',
			'Hos os bruger vi netværksmøder rigtig meget, det er nærmest standard.',
			'Vi har et samarbejde med familiehuset, så familiebehandling ligger lige ved siden af os.'
		],
		economy: ['Vi havde en budgetoverskridelse sidste år, og det kan man godt mærke på, hvad der bliver bevilget.'],
		managementInfo: false
	},
	{
		code: 'K3',
		sizeClass: 'lille',
		region: 'Nordjylland',
		placementRateBand: 'lav',
		in2002: true,
		in2024: true,
		offers: ['netvaerk', 'tidlig'],
		tool: 'vores eget vurderingsskema',
		toolHeavy: false,
		decider: 'lederen',
		local: [
			'Vi er en lille kommune, så familiebehandling skal købes udefra, og det tager tid.',
			'Vi har ikke et specialteam, så den viden skal vi købe os til.',
			'Til gengæld kender vi skolerne og sundhedsplejen rigtig godt, så vi kan hurtigt sætte noget forebyggende i gang.'
		],
		economy: ['Økonomien er stram hos os, så vi skal argumentere godt for alt, der koster.'],
		managementInfo: false
	},
	{
		code: 'K4',
		sizeClass: 'stor',
		region: 'Syddanmark',
		placementRateBand: 'middel',
		in2002: true,
		in2024: true,
		offers: ['tidlig', 'fambeh', 'specialteam'],
		tool: 'vores risikovurderingsværktøj',
		toolHeavy: true,
		decider: 'visitationsudvalget',
		local: [
			'Vi har en enhed for tidlig indsats, der kan gå ind med det samme, uden at det skal visiteres.',
			'Hos os har vi familiebehandlere i huset, og de kan starte sideløbende med undersøgelsen.',
			'Vi har et specialteam, som vi kan bede om en konsultation hos allerede i undersøgelsen.'
		],
		economy: ['Der er ikke de store begrænsninger på de forebyggende tilbud hos os, men på anbringelser er der.'],
		managementInfo: true
	},
	{
		code: 'K5',
		sizeClass: 'mellem',
		region: 'Sjælland',
		placementRateBand: 'høj',
		in2002: true,
		in2024: true,
		offers: ['fambeh', 'netvaerk'],
		tool: 'Signs of Safety',
		toolHeavy: false,
		decider: 'visitationsudvalget',
		local: [
			'Vi bruger netværksråd i de fleste sager, det er en politisk prioritering hos os.',
			'Familiebehandlingen er vores eget tilbud, men der er venteliste.',
			'Vi har ikke noget specialteam, så det må vi løse med eksterne konsulenter.'
		],
		economy: ['Der har været sparerunder, så det er blevet sværere at få bevilget aflastning.'],
		managementInfo: true
	},
	{
		code: 'K6',
		sizeClass: 'lille',
		region: 'Syddanmark',
		placementRateBand: 'lav',
		in2002: false,
		in2024: true,
		offers: ['tidlig', 'netvaerk'],
		tool: 'de tre huse',
		toolHeavy: false,
		decider: 'vores leder',
		local: [
			'Vi har en forebyggende enhed, som vi bruger meget, fordi vi er så få.',
			'Vi har ikke selv familiebehandling, den købes hos en privat leverandør.',
			'Hos os er der kort vej til lederen, så vi kan få en beslutning samme dag.'
		],
		economy: ['Det er en lille kommune, og én dyr sag kan vælte hele budgettet.'],
		managementInfo: false
	},
	{
		code: 'K7',
		sizeClass: 'mellem',
		region: 'Nordjylland',
		placementRateBand: 'middel',
		in2002: false,
		in2024: true,
		offers: ['fambeh', 'specialteam', 'tidlig'],
		tool: 'ICS-trekanten',
		toolHeavy: false,
		decider: 'visitationsudvalget',
		local: [
			'Hos os har vi et specialteam, som kan komme på allerede i undersøgelsesfasen.',
			'Vi har et samarbejde med skolerne, hvor vi hurtigt kan sætte støtte ind.',
			'Vi har vores egne familiebehandlere, men de er meget bookede.'
		],
		economy: ['Der er lange ventelister på familiebehandling lige nu, og det ved vi godt.'],
		managementInfo: false
	},
	...(
		[
			['K8', 'stor', 'Midtjylland', 'lav'],
			['K9', 'lille', 'Sjælland', 'høj'],
			['K10', 'mellem', 'Hovedstaden', 'middel'],
			['K11', 'lille', 'Midtjylland', 'høj'],
			['K12', 'mellem', 'Syddanmark', 'lav'],
			['K13', 'stor', 'Nordjylland', 'høj']
		] as const
	).map(
		([code, sizeClass, region, placementRateBand]): MunicipalityProfile => ({
			code,
			sizeClass,
			region,
			placementRateBand,
			in2002: true,
			in2024: false,
			offers: [],
			tool: '',
			toolHeavy: false,
			decider: 'afdelingslederen',
			local: [],
			economy: [],
			managementInfo: false
		})
	)
];

export function municipality(code: string): MunicipalityProfile {
	const m = MUNICIPALITIES.find((x) => x.code === code);
	if (!m) throw new Error(`Unknown municipality: ${code}`);
	return m;
}
