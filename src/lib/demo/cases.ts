// Case details of the six vignettes (keys and facts follow /vignettes/*.md), as slot values for the
// utterance templates, so that each vignette section talks about its own case.

import type { StepKey } from './types';

export interface VignetteCase {
	key: string;
	/** Child name(s) as used in speech. */
	barn: string;
	barnGen: string;
	/** Definite noun for the child ('pigen', 'børnene'). */
	barnet: string;
	hun: string;
	hende: string;
	hendes: string;
	alder: string;
	/** False for a baby: templates about what the child says are skipped. */
	canTalk: boolean;
	voksne: string;
	institution: string;
	/** For the interviewer's introduction ('sagen om …'). */
	beskrivelse: string;
	/** Subordinate clauses (usable after 'at'). */
	fakta: string[];
	faktaNP: string[];
	ressourcer: string[];
	netvaerk: string[];
	/** Indirect questions (usable after 'vide,'). */
	mangler: string[];
	/** Subordinate clauses questioning earlier case steps. */
	tidligere: string[];
	/** Indirect questions about the child's own perspective. */
	barnPersp: string[];
	tidlig: string[];
	fambeh: string[];
	special: string[];
	/** Subordinate clauses: what must be secured. */
	sikring: string[];
	problemNP: string[];
	/**
	 * 2024: most groups land on `primary`, a few on the adjacent `secondary`. The primaries differ
	 * between vignettes (as the cases differ), so municipalities' agreement shows in α, not only in r_wg.
	 */
	band2024: { primary: number; secondary: number; pSecondary: number };
	/** 2002: group levels are spread over this whole range. */
	range2002: [number, number];
	/** Steps a 2002 caseworker might name for this case, besides the level-driven ones. */
	options2002: StepKey[];
}

const ALL_SUPPORT: StepKey[] = ['tidlig', 'fambeh', 'netvaerk', 'specialteam'];

export const VIGNETTE_CASES: VignetteCase[] = [
	{
		key: 'kira',
		barn: 'Kira',
		barnGen: 'Kiras',
		barnet: 'pigen',
		hun: 'hun',
		hende: 'hende',
		hendes: 'hendes',
		alder: 'fire år',
		canTalk: true,
		voksne: 'mor',
		institution: 'børnehaven',
		beskrivelse: 'Kira på fire år',
		fakta: [
			'Kira flere gange er kommet i børnehave uden madpakke og i det samme tøj',
			'personalet to gange har lugtet alkohol, når mor henter',
			'Kira selv bestemmer, hvornår hun går over til mormor',
			'mormor også lugter af alkohol',
			'dagplejemor dengang udleverede hende til en mor, der var tydeligt beruset',
			'far først havde hende halvdelen af tiden og så trak sig',
			'hun fortæller, at mor sover på sofaen',
			'hun er så selvhjulpen og holder øje med de voksne'
		],
		faktaNP: [
			'mors alkohol',
			'afhentningerne i børnehaven',
			'alkoholen hos både mor og mormor',
			'fars tilbagetrækning',
			'den gamle underretning fra dagplejen',
			'de manglende madpakker'
		],
		ressourcer: [
			'far i et halvt år faktisk fik det til at fungere med halvdelen af tiden',
			'børnehaven ser hende hver dag og reagerer',
			'Kira har et alderssvarende sprog',
			'mor beskrives som kærlig over for hende',
			'Kira selv søger hen til en voksen, når det bliver svært'
		],
		netvaerk: ['far', 'mormor', 'far og mormor', 'det øvrige netværk omkring Kira'],
		mangler: [
			'hvor meget mor drikker i hverdagene',
			'om mor har kontakt til egen læge',
			'hvordan Kira har det hos mormor',
			'om far kan og vil tage mere ansvar',
			'hvad den gamle undersøgelse egentlig byggede på',
			'om der er andre voksne omkring Kira end mormor'
		],
		tidligere: [
			'den første undersøgelse kun byggede på to samtaler med mor',
			'sagen blev lukket, fordi mor bare havde haft en dårlig dag',
			'ingen fulgte op, da far trak sig',
			'mor endnu ikke er orienteret om underretningen'
		],
		barnPersp: [
			'hvordan det er at være fire år og selv skulle finde ud af, om mor er til at være sammen med',
			'hvem Kira selv oplever passer på hende',
			'hvad Kira mærker, når mor sover på sofaen',
			'hvorfor Kira mest leger alene'
		],
		tidlig: [
			'en støtteperson til mor',
			'aflastning i weekenderne',
			'et alkoholbehandlingsforløb for mor',
			'ekstra støtte i børnehaven'
		],
		fambeh: [
			'familiebehandling med fokus på mors alkohol og samspillet med Kira',
			'et familiebehandlingsforløb, hvor mors drikkeri kommer på bordet'
		],
		special: ['vores rusmiddelteam', 'teamet for børn i familier med misbrug'],
		sikring: [
			'Kira ikke bliver hentet af en mor, der har drukket',
			'der er en ædru voksen hos Kira om aftenen',
			'børnehaven ved, hvad de skal gøre, hvis mor kommer beruset'
		],
		problemNP: ['alkoholen', 'misbruget'],
		band2024: { primary: 4, secondary: 3, pSecondary: 0.15 },
		range2002: [1, 4],
		options2002: ['fambeh', 'tidlig', 'netvaerk', 'anbringelse', 'bfu', 'luk']
	},
	{
		key: 'ung-mor',
		barn: 'Ella',
		barnGen: 'Ellas',
		barnet: 'den lille',
		hun: 'hun',
		hende: 'hende',
		hendes: 'hendes',
		alder: 'fem måneder',
		canTalk: false,
		voksne: 'Sofie',
		institution: 'sundhedsplejersken',
		beskrivelse: 'Sofie og den lille Ella',
		fakta: [
			'Sofie ikke har åbnet døren ved tre af sundhedsplejerskens fem besøg',
			'Sofie isolerer sig med Ella og ikke ser sine veninder længere',
			'der har været bekymringer helt fra graviditeten',
			'familiebehandlingen sluttede, uden at der blev lavet en undersøgelse',
			'Ella ligger i den lave ende af vækstkurven',
			'Ella smiler og pludrer mindre, end man kunne forvente',
			'Sofie selv har været anbragt',
			'gardinerne er trukket for, og Sofie virker træt'
		],
		faktaNP: [
			'isolationen',
			'Sofies egen historie',
			'de aflyste besøg',
			'Ellas vækst',
			'den afsluttede familiebehandling',
			'Sofies træthed'
		],
		ressourcer: [
			'familiebehandleren beskrev Sofie som øm og opmærksom over for Ella',
			'Ella trods alt tager på',
			'Sofie gennemførte familiebehandlingen, som det var planlagt',
			'plejefamilien fra Sofies opvækst måske stadig er der',
			'Sofie glædede sig til at blive mor'
		],
		netvaerk: ['plejefamilien fra Sofies opvækst', 'Sofies egen mor', 'veninderne', 'Sofies netværk'],
		mangler: [
			'om Sofie har en fødselsdepression',
			'hvem Sofie kan trække på, hvis hun bliver syg',
			'om plejefamilien stadig er i billedet',
			'hvordan samspillet mellem Sofie og Ella er',
			'hvad sundhedsplejersken konkret har set',
			'hvordan Sofie selv oplever sin situation'
		],
		tidligere: [
			'der ikke blev lavet en undersøgelse, da man kendte Sofie som gravid',
			'familiebehandlingen bare sluttede som planlagt uden nogen opfølgning',
			'man nøjedes med en enkelt samtale i graviditeten',
			'ingen har samlet op på jordemoderens bekymring'
		],
		barnPersp: [
			'hvordan Ella reagerer på Sofie',
			'om Ella bliver set og trøstet, når hun græder',
			'hvordan Ellas dag ser ud bag de trukne gardiner',
			'hvad det gør ved et spædbarn, at den eneste voksne er træt og lukket'
		],
		tidlig: [
			'ekstra besøg fra sundhedsplejersken',
			'en mentor til Sofie',
			'en mødregruppe for unge mødre',
			'praktisk støtte i hjemmet'
		],
		fambeh: [
			'familiebehandling med fokus på tilknytningen mellem Sofie og Ella',
			'et nyt familiebehandlingsforløb, der er målrettet samspillet'
		],
		special: ['vores spædbørnsteam', 'specialteamet for gravide og nybagte forældre'],
		sikring: ['nogen ser Ella flere gange om ugen', 'Ella får den mad og omsorg, hun skal have'],
		problemNP: ['isolationen', 'Sofies egen historie'],
		band2024: { primary: 2, secondary: 3, pSecondary: 0.15 },
		range2002: [0, 3],
		options2002: ['fambeh', 'tidlig', 'netvaerk', 'bfu', 'luk', 'uafklaret']
	},
	{
		key: 'lukket-to-gange',
		barn: 'Mikkel',
		barnGen: 'Mikkels',
		barnet: 'drengen',
		hun: 'han',
		hende: 'ham',
		hendes: 'hans',
		alder: 'ni år',
		canTalk: true,
		voksne: 'mor',
		institution: 'skolen',
		beskrivelse: 'Mikkel, hvor sagen er lukket to gange',
		fakta: [
			'sagen er blevet lukket to gange',
			'Mikkel kun går i skole tre timer om dagen',
			'han selv siger, at der er noget galt med hans hoved',
			'ingen vil lege med ham i frikvartererne',
			'mor er udmattet og bange for at miste sit job',
			'PPR har været inde i klassen uden at lave en vurdering af ham',
			'lægen har sagt, at man skal se tiden an',
			'der nu er kommet en tredje underretning'
		],
		faktaNP: [
			'de gentagne underretninger',
			'den nedsatte skoletid',
			'mors udmattelse',
			'de to lukninger',
			'Mikkels selvbillede',
			'spørgsmålet om ADHD'
		],
		ressourcer: [
			'Mikkel læser godt',
			'far siger, at det går fint, når Mikkel er hos ham',
			'mor selv har søgt hjælp hos lægen',
			'lillesøsteren trives',
			'mor tog imod rådgivningsforløbet sidst'
		],
		netvaerk: ['far', 'skolen og PPR', 'far og skolen', 'farens side af familien'],
		mangler: [
			'hvordan Mikkel selv oplever det',
			'hvad PPR egentlig har set i klassen',
			'hvorfor det går bedre hos far',
			'om der kan ligge en udviklingsforstyrrelse bag',
			'hvad der skete ved de to samtaler, før sagen blev lukket',
			'hvordan mor selv har det'
		],
		tidligere: [
			'sagen blev lukket to gange uden en egentlig undersøgelse',
			'man første gang gjorde det til skolens problem',
			'ingen har samlet oplysningerne fra skole, PPR, læge og forældre',
			'ingen har talt med Mikkel selv'
		],
		barnPersp: [
			'hvordan det er at være ni år og hele tiden være ham, der er problemet',
			'hvad Mikkel mener, når han siger, at der er noget galt med hans hoved',
			'om Mikkel føler, at nogen forstår ham',
			'hvordan Mikkel har det med at gå hjem efter tre timer'
		],
		tidlig: [
			'en støttepædagog i klassen',
			'et forældrekursus til mor',
			'en kontaktperson til Mikkel',
			'aflastning en weekend om måneden'
		],
		fambeh: [
			'familiebehandling med fokus på hverdagen og konflikterne derhjemme',
			'et familiebehandlingsforløb, hvor mor får redskaber til at håndtere Mikkel'
		],
		special: ['specialteamet med viden om diagnoser', 'vores team for børn med udviklingsforstyrrelser'],
		sikring: [
			'mor har aflastning, så det ikke eskalerer derhjemme',
			'Mikkel har en voksen, der tager imod ham, når han bliver sendt hjem'
		],
		problemNP: ['udbruddene', 'en mulig diagnose'],
		band2024: { primary: 3, secondary: 2, pSecondary: 0.15 },
		range2002: [0, 3],
		options2002: ['tidlig', 'fambeh', 'specialteam', 'bfu', 'luk', 'uafklaret']
	},
	{
		key: 'freja-fravaer',
		barn: 'Freja',
		barnGen: 'Frejas',
		barnet: 'pigen',
		hun: 'hun',
		hende: 'hende',
		hendes: 'hendes',
		alder: '11 år',
		canTalk: true,
		voksne: 'mor',
		institution: 'skolen',
		beskrivelse: 'Freja og fraværet',
		fakta: [
			'Freja er væk knap hver fjerde skoledag',
			'hun bliver hjemme, fordi mor ikke kan komme op',
			'hun følger Oliver i skole og laver mad til dem begge',
			'hun har bedt læreren om ikke at sige noget',
			'mor har været indlagt i psykiatrien i foråret',
			'hun er holdt op med at gå til håndbold',
			'det ikke vides, om mor kommer til sine aftaler i distriktspsykiatrien',
			'morfar selv er svækket efter en blodprop'
		],
		faktaNP: [
			'fraværet',
			'Frejas ansvar for mor og Oliver',
			'mors psykiske sygdom',
			'hemmeligholdelsen',
			'morfars helbred',
			'den opgivne håndbold'
		],
		ressourcer: [
			'morfar bor tæt på og hjælper',
			'mor selv har bedt om hjælp tidligere',
			'Oliver møder stabilt og trives',
			'Freja har fortalt læreren noget, så der er en voksen, hun har tillid til',
			'far ringer til børnene et par gange om måneden'
		],
		netvaerk: ['morfar', 'far i Norge', 'morfar og far', 'distriktspsykiatrien'],
		mangler: [
			'hvor syg mor er lige nu',
			'hvad Freja ved om mors sygdom',
			'hvordan Freja selv har det',
			'om Freja har voksne, hun kan tale med',
			'om mor kommer til sine aftaler i psykiatrien',
			'hvor meget far kan og vil'
		],
		tidligere: [
			'der ikke blev sat noget i gang, da mor selv bad om hjælp under indlæggelsen',
			'psykiatrien ikke har reageret over for kommunen',
			'skolen har set fraværet som sygdom i et helt skoleår',
			'ingen spurgte til børnene, da mor blev indlagt'
		],
		barnPersp: [
			'hvordan Freja selv forklarer, at hun bliver hjemme',
			'hvad det gør ved hende at passe på en mor, der er syg',
			'hvorfor Freja ikke vil have, at læreren siger noget',
			'hvad Freja selv ønsker sig'
		],
		tidlig: [
			'en kontaktperson til Freja',
			'et forløb for børn af psykisk syge forældre',
			'praktisk støtte i hjemmet, når mor har det dårligt',
			'en aftale med skolen om at følge fraværet tæt'
		],
		fambeh: [
			'familiebehandling, hvor både mor og Freja er med',
			'et familieforløb med fokus på mors sygdom og Frejas rolle'
		],
		special: ['vores team for børn af psykisk syge forældre', 'specialteamet med viden om psykiatri'],
		sikring: [
			'Freja ikke står alene med ansvaret for mor og Oliver',
			'der er en voksen, der har øje på børnene hver dag'
		],
		problemNP: ['mors sygdom', 'fraværet'],
		band2024: { primary: 2, secondary: 3, pSecondary: 0.2 },
		range2002: [0, 3],
		options2002: ['tidlig', 'fambeh', 'netvaerk', 'bfu', 'luk', 'uafklaret']
	},
	{
		key: 'jonas-konflikter',
		barn: 'Jonas',
		barnGen: "Jonas'",
		barnet: 'drengen',
		hun: 'han',
		hende: 'ham',
		hendes: 'hans',
		alder: '14 år',
		canTalk: true,
		voksne: 'mor og stedfar',
		institution: 'skolen',
		beskrivelse: 'Jonas og konflikterne derhjemme',
		fakta: [
			'stedfar har skubbet Jonas ind i en dør',
			'Jonas først sagde, at stedfar havde givet ham mærket, og så trak det tilbage',
			'der er voldsomme skænderier næsten hver dag',
			'han er væk til langt ud på natten',
			'han var påvirket af hash, da politiet kørte ham hjem',
			'mor siger, at hun ikke kan styre ham længere',
			'han er begyndt at komme sammen med ældre drenge, som SSP kender',
			'mor beder om, at han kommer væk hjemmefra i en periode'
		],
		faktaNP: [
			'mærket på armen',
			'konflikterne med stedfar',
			'hashen',
			'de ældre venner',
			'mors ønske om et ophold uden for hjemmet',
			'natterne væk hjemmefra'
		],
		ressourcer: [
			'Jonas tidligere var vellidt og god til sport',
			'mor selv har ringet og bedt om hjælp',
			'stedfar gerne vil med til et møde',
			'der ikke tidligere har været problemer i familien',
			'Jonas har fortalt sin lærer noget, så han har en voksen, han har tillid til'
		],
		netvaerk: ['klasselæreren', 'den gamle sportsklub', 'fars familie', 'SSP og skolen'],
		mangler: [
			'hvad der sker i hjemmet, når det eskalerer',
			'om lillesøsteren overværer konflikterne',
			'hvor meget Jonas ryger',
			'om han begår anden kriminalitet',
			'hvad Jonas selv ønsker',
			'hvordan stedfar selv ser på det'
		],
		tidligere: [
			'der endnu ikke er talt med Jonas alene',
			'ingen har reageret på mærket på armen',
			'man kun har talt med stedfar i telefon',
			'familien aldrig har fået tilbudt noget før'
		],
		barnPersp: [
			'hvordan Jonas oplever at være hjemme',
			'om Jonas føler sig tryg hos mor og stedfar',
			'hvorfor Jonas trak sin forklaring tilbage',
			'hvor Jonas selv gerne vil bo'
		],
		tidlig: [
			'en kontaktperson til Jonas',
			'et SSP-forløb',
			'et forløb i ungeenheden',
			'et rusmiddelforløb for unge'
		],
		fambeh: [
			'familiebehandling med fokus på konflikterne mellem Jonas og stedfar',
			'et familieforløb, hvor stedfar også er med'
		],
		special: ['vores ungeteam', 'specialteamet for unge med risikoadfærd'],
		sikring: [
			'Jonas har et trygt sted at sove i nat',
			'der ikke sker mere vold i hjemmet',
			'lillesøsteren ikke er udsat'
		],
		problemNP: ['volden', 'hashen'],
		band2024: { primary: 3, secondary: 4, pSecondary: 0.2 },
		range2002: [1, 4],
		options2002: ['tidlig', 'fambeh', 'anbringelse', 'bfu', 'netvaerk', 'uafklaret']
	},
	{
		key: 'noah-og-ida',
		barn: 'Noah og Ida',
		barnGen: 'børnenes',
		barnet: 'børnene',
		hun: 'de',
		hende: 'dem',
		hendes: 'deres',
		alder: 'seks og to år',
		canTalk: true,
		voksne: 'forældrene',
		institution: 'skolen',
		beskrivelse: 'Noah og Ida',
		fakta: [
			'Noah kommer sulten og i for tyndt tøj',
			'Noah har haft lus, som ikke er blevet behandlet',
			'Noah er udeblevet fra tandplejen tre gange og har huller i tænderne',
			'familien er flyttet tre gange på to år',
			'familien er varslet sat ud af lejligheden',
			'Ida er meldt ud af dagplejen, fordi de ikke kunne betale',
			'far er alene med Ida om dagen med en dårlig ryg',
			'mor arbejder om natten og sover det meste af dagen'
		],
		faktaNP: ['økonomien', 'udsættelsen', 'Noahs tænder', 'de mange flytninger', 'Idas sprog', 'fars ryg'],
		ressourcer: [
			'forældrene er venlige og samarbejdsvillige',
			'Ida var velplejet og i god kontakt ved toårsundersøgelsen',
			'Noah er glad og nysgerrig',
			'mor har et arbejde',
			'forældrene selv siger, at børnene ikke mangler kærlighed'
		],
		netvaerk: ['forældrenes netværk', 'bedsteforældrene', 'familiens netværk'],
		mangler: [
			'hvordan hverdagen ser ud, når mor sover',
			'om familien har noget netværk',
			'hvordan forældrene selv har det',
			'hvor familien skal bo, hvis de bliver sat ud',
			'hvordan far klarer to børn med sin ryg',
			'hvordan Ida har det i løbet af dagen'
		],
		tidligere: [
			'familien kun har været kendt i ydelsesafdelingen',
			'ingen har koblet økonomien sammen med børnenes trivsel',
			'der aldrig er lavet et hjemmebesøg',
			'Ida blev meldt ud af dagplejen, uden at nogen reagerede'
		],
		barnPersp: [
			'hvordan det er for Noah at komme sulten i skole',
			'hvordan Ida har det derhjemme hele dagen',
			'hvad Noah selv fortæller om hjemmet',
			'hvad de mange flytninger gør ved børnene'
		],
		tidlig: [
			'hjælp til økonomien og boligen',
			'en plads i dagplejen til Ida igen',
			'en familiekonsulent et par gange om ugen',
			'en morgenmadsordning på skolen til Noah'
		],
		fambeh: [
			'familiebehandling med fokus på struktur og omsorg i hverdagen',
			'et familiebehandlingsforløb i hjemmet'
		],
		special: ['vores tværfaglige team med jobcenter og boligsocial', 'specialteamet for familier i økonomisk krise'],
		sikring: [
			'børnene får mad og bliver set til hver dag',
			'familien har et sted at bo, hvis udsættelsen bliver til noget'
		],
		problemNP: ['fattigdommen', 'boligsituationen'],
		band2024: { primary: 3, secondary: 2, pSecondary: 0.15 },
		range2002: [0, 3],
		options2002: ['tidlig', 'fambeh', 'bfu', 'luk', 'uafklaret', 'anbringelse']
	}
];

export const SUPPORT_STEPS = ALL_SUPPORT;

export function caseByKey(key: string): VignetteCase {
	const c = VIGNETTE_CASES.find((v) => v.key === key);
	if (!c) throw new Error(`Unknown vignette key: ${key}`);
	return c;
}
