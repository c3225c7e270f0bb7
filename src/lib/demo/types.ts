// Plain data model of the fictional demo study, as handed to the code that stores it.

export type WaveKey = '2002' | '2024';
export type ParticipantRole = 'raadgiver' | 'faglig_leder' | 'interviewer';
export type SizeClass = 'lille' | 'mellem' | 'stor';
export type PlacementRateBand = 'lav' | 'middel' | 'høj';
export type Concern = 0 | 1 | 2 | 3 | 4;
export type Agreement = 'yes' | 'partly' | 'no';
export type CoderKey = 'coder-a' | 'coder-b';

export const STEP_KEYS = [
	'luk',
	'bfu',
	'tidlig',
	'fambeh',
	'sikring',
	'specialteam',
	'netvaerk',
	'anbringelse',
	'uafklaret'
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** Next steps offered by default in a new study (key, Danish label). */
export const DEFAULT_NEXT_STEPS: readonly { key: StepKey; label: string }[] = [
	{ key: 'luk', label: 'Luk sagen' },
	{ key: 'bfu', label: 'Børnefaglig undersøgelse' },
	{ key: 'tidlig', label: 'Tidlig forebyggende indsats' },
	{ key: 'fambeh', label: 'Familiebehandling' },
	{ key: 'sikring', label: 'Sikring af barnet / akut hjælp' },
	{ key: 'specialteam', label: 'Specialteam' },
	{ key: 'netvaerk', label: 'Inddragelse af netværk' },
	{ key: 'anbringelse', label: 'Anbringelse' },
	{ key: 'uafklaret', label: 'Uafklaret – afventer undersøgelse' }
];

/** Default ordinal concern scale, index = level 0–4. */
export const DEFAULT_CONCERN_SCALE: readonly string[] = [
	'Ikke bekymrende',
	'Lidt bekymrende',
	'Bekymrende',
	'Alvorligt bekymrende',
	'Akut'
];

/** The IND code that corresponds to each next step. */
export const STEP_CODES: Readonly<Record<StepKey, string>> = {
	luk: 'IND.LUK',
	bfu: 'IND.BFU',
	tidlig: 'IND.TIDLIG',
	fambeh: 'IND.FAMBEH',
	sikring: 'IND.SIKRING',
	specialteam: 'IND.SPECIALTEAM',
	netvaerk: 'IND.NETVÆRK',
	anbringelse: 'IND.ANBRINGELSE',
	uafklaret: 'IND.UAFKLARET'
};

/** Code keys of the proposed codebook (domain brief §2) that the demo uses. */
export const DEMO_CODE_KEYS = [
	'VUR.BEK',
	'VUR.HANDLE',
	'VUR.SIKKERHED',
	'VUR.ENIG',
	'VUR.UENIG',
	'VUR.META',
	'SPA.GRUPPEMØDE',
	'SPA.RÅD',
	'SPA.FLERE-ØJNE',
	'SPA.VI',
	'SPA.UDFORDRER',
	'SPA.KONVERGENS',
	'SPA.ANSVAR',
	'SPA.LEDELSESINFO',
	'SPA.INDIVIDUEL',
	'VID.ERFARING',
	'VID.MANGLER',
	'VID.UDFORDRER',
	'VID.BARN',
	'VID.VÆRKTØJ',
	'VID.RESSOURCER',
	'VID.INDFORSTÅET',
	'VID.LOV',
	'IND.LUK',
	'IND.BFU',
	'IND.TIDLIG',
	'IND.FAMBEH',
	'IND.SIKRING',
	'IND.SPECIALTEAM',
	'IND.NETVÆRK',
	'IND.ANBRINGELSE',
	'IND.UAFKLARET',
	'IND.KONTEKST',
	'IND.SPREDNING'
] as const;
export type DemoCodeKey = (typeof DEMO_CODE_KEYS)[number];

export interface DemoWave {
	key: WaveKey;
	label: string;
	year: number;
	description: string;
	sourceKind: 'transcripts';
}

export interface DemoMunicipality {
	code: string;
	sizeClass: SizeClass;
	region: string;
	placementRateBand: PlacementRateBand;
}

export interface DemoParticipant {
	pseudonym: string;
	role: ParticipantRole;
	yearsExperience: number | null;
}

export interface DemoFocusGroup {
	key: string;
	wave: WaveKey;
	municipality: string;
	date: string;
	participants: DemoParticipant[];
	vignettes: string[];
	transcript: { filename: string; text: string };
}

export interface DemoCoding {
	focusGroup: string;
	coder: CoderKey;
	/** 0-based index over all turns of the transcript (Interviewer turns included), in order. */
	turnIndex: number;
	codeKey: string;
	/** Offsets within the turn's utterance for a sub-span; absent for the whole turn. */
	start?: number;
	end?: number;
}

export interface DemoGroupAssessment {
	focusGroup: string;
	vignette: string;
	concern: Concern;
	steps: StepKey[];
	agreement: Agreement;
	justification: string;
}

export interface DemoIndividualAssessment {
	focusGroup: string;
	vignette: string;
	participant: string;
	concern: Concern;
	steps: StepKey[];
}

export interface DemoStudy {
	study: { name: string; description: string };
	vignetteKeys: string[];
	waves: DemoWave[];
	municipalities: DemoMunicipality[];
	focusGroups: DemoFocusGroup[];
	codings: DemoCoding[];
	groupAssessments: DemoGroupAssessment[];
	individualAssessments: DemoIndividualAssessment[];
}
