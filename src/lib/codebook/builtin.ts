// The built-in codebook »Tærskler 2002/2024«: the four dimensions of Table 1 in Bengtsson,
// Karmsteen & Møller (2025) with the codes proposed in the domain brief (§2), written for coders.
// Pure data. The anchor examples are invented utterances in the style of the focus groups.
// Colours: one hue family per dimension (VUR red/orange, SPA blue, VID green, IND violet);
// the 2002-pole codes are the greyed shade of their family.
import { DEFAULT_KEYWORDS } from '$lib/nlp/default-keywords';
import { CODEBOOK_FORMAT, CODEBOOK_VERSION, type CodebookCode, type CodebookJson, type Pole } from './types';

export const BUILTIN_CODEBOOK_NAME = 'Tærskler 2002/2024';

type Spec = {
	name: string;
	color: string;
	definition: string;
	inclusion: string;
	exclusion: string;
	example: string;
	shortcut?: string;
	pole?: Pole;
	keywords?: string[];
	children?: Record<string, Spec>;
};

function build(specs: Record<string, Spec>): CodebookCode[] {
	return Object.entries(specs).map(([key, s]) => ({
		key,
		name: s.name,
		definition: s.definition,
		inclusion: s.inclusion,
		exclusion: s.exclusion,
		example: s.example,
		color: s.color,
		shortcut: s.shortcut ?? null,
		pole: s.pole ?? null,
		keywords: s.keywords ?? [...(DEFAULT_KEYWORDS[key] ?? [])],
		children: build(s.children ?? {})
	}));
}

const VUR: Record<string, Spec> = {
	'VUR.BEK': {
		name: 'Bekymringsgrad',
		color: '#d93025',
		shortcut: '1',
		definition:
			'Udsagn om, hvor bekymrende barnets situation er. Kod graden på studiets ordinale skala: 0 ikke bekymrende, 1 lidt bekymrende, 2 bekymrende, 3 alvorligt bekymrende, 4 akut. Det er den udtrykte grad, der tæller, ikke koderens egen vurdering af vignetten.',
		inclusion:
			'Eksplicitte vurderinger af alvor (»dybt bekymrende«, »rigtig bekymret«, »det her er akut«), også når de nuanceres eller gradueres undervejs.',
		exclusion:
			'Hvad der skal gøres ved bekymringen (VUR.HANDLE, IND-koder). Bekymring for forældrene alene uden kobling til barnet. Enighed om graden kodes derudover med VUR.ENIG.',
		example: 'Bodil: Jeg vil sige, at den ligger højt – det her er alvorligt bekymrende, tæt på akut, når hun står alene med ham om natten.'
	},
	'VUR.HANDLE': {
		name: 'Behov for at handle',
		color: '#e8710a',
		shortcut: '2',
		pole: '2024',
		definition:
			'Vurderingen af, at sagen kræver handling: yderligere udredning, en undersøgelse eller akut hjælp. Koden fanger selve konklusionen »her skal der ske noget« – ikke valget af den konkrete indsats.',
		inclusion: 'Udsagn om, at man ikke kan lade sagen ligge, at der skal udredes, afdækkes eller reageres, eller at det haster.',
		exclusion:
			'Navngivne indsatser og skridt (IND.BFU, IND.TIDLIG, IND.SIKRING osv.). Udsagn om, at barnet først skal i sikkerhed (VUR.SIKKERHED).',
		example: 'Henrik: Vi kan ikke bare sidde og vente på, at det går over. Der skal ske noget nu, og vi må have afdækket, hvad der foregår.'
	},
	'VUR.SIKKERHED': {
		name: 'Barnets sikkerhed først',
		color: '#a50e0e',
		shortcut: '3',
		definition:
			'Vurderingen af, at barnets sikkerhed skal sikres, før noget andet. Koden bruges, når rådgiverne prioriterer beskyttelse af barnet her og nu over udredning og samarbejde.',
		inclusion: '»Først og fremmest skal hun sikres«, »han skal i sikkerhed i aften«, prioritering af barnets fysiske og følelsesmæssige tryghed.',
		exclusion:
			'Den konkrete sikringsindsats (IND.SIKRING; dobbeltkod, hvis begge dele siges). Generel bekymring uden krav om beskyttelse (VUR.BEK).',
		example: 'Anne: Uanset hvad vi ellers finder ud af, så skal vi sikre os, at han ikke er alene med far, når far har drukket.'
	},
	'VUR.ENIG': {
		name: 'Enighed',
		color: '#ee8a6a',
		shortcut: '4',
		pole: '2024',
		definition:
			'En deltager tilslutter sig en kollegas vurdering. Koden markerer enighed i selve drøftelsen og bruges også, når enigheden følges af et »men«, der tilføjer noget uden at modsige.',
		inclusion: '»Jeg er enig«, »det tænker jeg også«, »præcis«, gentagelse af en kollegas pointe som tilslutning.',
		exclusion:
			'Indvendinger og nuanceringer, der ændrer vurderingen (VUR.UENIG). En fælles konklusion, gruppen arbejder sig frem til (SPA.KONVERGENS). Høflige småord uden indhold (»ja«, »mm«).',
		example: 'Jette: Ja, der er jeg helt enig med dig – og så vil jeg bare lægge til, at skolen også har set det.'
	},
	'VUR.UENIG': {
		name: 'Nuancering og uenighed',
		color: '#c2185b',
		shortcut: '5',
		definition:
			'En deltager nuancerer, modsiger eller anfægter en kollegas vurdering af sagen. Koden fanger indholdet af uenigheden om vurderingen; selve det at udfordre hinanden kodes også med SPA.UDFORDRER.',
		inclusion: '»Jeg ser det lidt anderledes«, »men er han nu en ressource?«, modforslag til bekymringsgrad eller tolkning af oplysningerne.',
		exclusion: 'Tilslutning med en mindre tilføjelse (VUR.ENIG). Tvivl om selve oplysningerne i vignetten (VID.UDFORDRER).',
		example: 'Pia: Jeg er ikke sikker på, at jeg ser mormor som den store hjælp, som du gør. Hun har jo selv haft et forbrug.'
	},
	'VUR.META': {
		name: 'Refleksion over 2002',
		color: '#8d4b3a',
		shortcut: '6',
		definition:
			'Deltagerne reflekterer over, hvordan sagen ville være blevet vurderet dengang (2002), eller over hvordan praksis har ændret sig siden. Koden bruges til udsagn om udviklingen, ikke om den aktuelle sag.',
		inclusion: '»Hvad mon de svarede for 20 år siden?«, »dengang ville man nok have lukket den«, sammenligninger mellem før og nu.',
		exclusion: 'Egne erfaringer fra tidligere sager uden sammenligning af perioder (VID.ERFARING).',
		example: 'Søren: Jeg bliver faktisk nysgerrig på, om man dengang overhovedet havde set det her som en sag.'
	}
};

const SPA: Record<string, Spec> = {
	'SPA.GRUPPEMØDE': {
		name: 'Gruppemøde',
		color: '#1c71d8',
		shortcut: 'g',
		pole: '2024',
		definition:
			'Omtale af at tage sagen op på et gruppemøde, teammøde eller et fast sparringsforum. Koden fanger den faste, organiserede form for kollegial drøftelse.',
		inclusion: '»Den ville jeg tage med på gruppemødet«, beskrivelser af faste møder, dagsordner og hvordan sager meldes ind.',
		exclusion: 'Uformelle råd fra en kollega eller leder (SPA.RÅD). Begrundelsen »flere øjne« kodes også med SPA.FLERE-ØJNE.',
		example: 'Lone: Den her ville komme på vores teammøde på torsdag, det er helt sikkert. Den sidder man ikke med alene.'
	},
	'SPA.RÅD': {
		name: 'Råd fra kolleger og ledere',
		color: '#3584e4',
		shortcut: 'r',
		pole: '2024',
		definition:
			'Rådgiveren søger råd og sparring hos en kollega eller en faglig leder uden for et fast møde. Koden dækker den løbende, uformelle sparring i hverdagen.',
		inclusion: '»Jeg ville lige vende den med min leder«, »så spørger jeg min sidemakker«, at opsøge kolleger for at få hjælp.',
		exclusion: 'Drøftelse på et fast gruppemøde (SPA.GRUPPEMØDE). Beslutninger, der ligger hos ledelsen (SPA.ANSVAR).',
		example: 'Mads: Jeg ville nok gå ind til min faglige leder med det samme og høre, hvad hun tænker om det.'
	},
	'SPA.FLERE-ØJNE': {
		name: 'Flere øjne og perspektiver',
		color: '#0b8aa8',
		shortcut: 'f',
		pole: '2024',
		definition:
			'Begrundelsen for kollegial sparring: at andre ser noget andet, og at man undgår blinde vinkler. Koden fanger bevidstheden om, at ens egen vurdering kan være ufuldstændig.',
		inclusion: '»Andre får øje på noget andet«, »nye vinkler«, »man kan blive blind for sin egen sag«.',
		exclusion: 'Omtale af mødeformen uden begrundelse (SPA.GRUPPEMØDE). Konkrete uenigheder om sagen (VUR.UENIG).',
		example: 'Camilla: Når man har siddet længe med en familie, så ser man ikke det hele selv. Det er derfor, vi skal have flere til at kigge på den.'
	},
	'SPA.VI': {
		name: 'Det fælles »vi«',
		color: '#2a4f9e',
		shortcut: 'v',
		pole: '2024',
		definition:
			'Deltagerne taler om vurderinger og praksis som noget fælles: »vi gør«, »hos os«. Koden markerer en kollektiv faglighed, hvor vurderingen tilhører gruppen snarere end den enkelte.',
		inclusion: '»Vi ville …«, »hos os plejer vi …«, »i vores team«, når »vi« henviser til rådgivergruppen eller kommunens praksis.',
		exclusion: 'Et »vi«, der blot betyder »man« eller kommunen som myndighed uden faglig fælleshed. Enkeltpersoners standpunkter (SPA.INDIVIDUEL).',
		example: 'Rikke: Hos os ville vi nok starte med at få hele familien ind til et møde, det er sådan, vi gør.'
	},
	'SPA.UDFORDRER': {
		name: 'Udfordrer hinanden',
		color: '#5b6fd6',
		pole: '2024',
		definition:
			'Deltagerne udfordrer og spørger ind til hinandens vurderinger, så drøftelsen bliver en fælles refleksion. Koden fanger samtaleformen; må dobbeltkodes med VUR.UENIG, når der også er en indholdsmæssig uenighed.',
		inclusion: 'Opfølgende spørgsmål til en kollegas vurdering (»hvad bygger du det på?«), modspil der inviterer til at uddybe.',
		exclusion: 'Spørgsmål til vignettens oplysninger eller tidligere sagsskridt (VID.UDFORDRER). Ren tilslutning (VUR.ENIG).',
		example: 'Thomas: Men hvad er det præcis, der gør, at du tænker, far kan bære det? Det vil jeg gerne høre lidt mere om.'
	},
	'SPA.KONVERGENS': {
		name: 'Konvergens mod fælles løsning',
		color: '#4aa3df',
		shortcut: 'k',
		pole: '2024',
		definition:
			'Gruppen arbejder sig frem mod en fælles vurdering eller løsning. Koden bruges, hvor forskellige bud samles, og nogen opsummerer, hvad »vi« er nået frem til.',
		inclusion: '»Så er vi vel enige om …«, opsummeringer, at standpunkter nærmer sig hinanden i løbet af drøftelsen.',
		exclusion: 'Enkelte tilslutninger undervejs (VUR.ENIG). Et fælles »vi« uden en konklusion (SPA.VI).',
		example: 'Louise: Så jeg tror, vi lander på, at der skal en undersøgelse i gang, og at vi samtidig får en familiebehandler ind.'
	},
	'SPA.ANSVAR': {
		name: 'Delt ansvar og ledelsens beslutning',
		color: '#0d47a1',
		definition:
			'Omtale af, hvem der bærer ansvaret for vurderingen og beslutningen. Koden bruges både, når ansvaret deles i gruppen, og når indgribende og dyre beslutninger ligger hos ledelsen eller et visitationsudvalg.',
		inclusion: '»Det er ikke mig alene, der står med det«, »det skal op i visitationen«, »det er lederen, der bevilger«.',
		exclusion: 'Kritik af, hvad ledelsen får at vide (SPA.LEDELSESINFO). Lokale økonomiske rammer for indsatser (IND.KONTEKST).',
		example: 'Helle: Sådan en anbringelse beslutter jeg jo ikke selv, den skal forbi visitationsudvalget, og det er egentlig en lettelse.'
	},
	'SPA.LEDELSESINFO': {
		name: 'Ledelsen ser kun indstillingen',
		color: '#6f8fbf',
		definition:
			'Udsagn om, at ledelsen eller visitationen kun får gruppens indstilling og ikke de faglige drøftelser bag den. Koden fanger bekymringen for, at viden om barnet går tabt på vej til beslutningen.',
		inclusion: '»De ser jo kun indstillingen«, kritik af at drøftelsen ikke når frem til dem, der beslutter.',
		exclusion: 'Neutral omtale af, at ledelsen beslutter (SPA.ANSVAR).',
		example: 'Kasper: Det ærgerlige er, at lederen kun får det ene ark med indstillingen – alt det, vi har snakket om her, kommer aldrig med.'
	},
	'SPA.INDIVIDUEL': {
		name: 'Individuelle standpunkter (2002-polen)',
		color: '#7aa6c2',
		pole: '2002',
		definition:
			'Vurderinger fremføres som den enkeltes standpunkt, og drøftelsen får karakter af forhandling frem for fælles forståelse. Koden markerer 2002-polen i kollegial sparring: den »privatpraktiserende« rådgiver i »egne sager«.',
		inclusion: '»Det er min sag, så det er mig, der vurderer«, faste positioner der ikke begrundes eller flyttes, forhandling om hvem der har ret.',
		exclusion: 'Uenighed, der begrundes og drøftes (VUR.UENIG, SPA.UDFORDRER).',
		example: 'Birgit: Jamen, det er nu engang min vurdering, og den står jeg ved. Det må I så se anderledes.'
	}
};

const VID: Record<string, Spec> = {
	'VID.ERFARING': {
		name: 'Erfaringsbaseret viden',
		color: '#388e3c',
		shortcut: 'e',
		definition:
			'Deltagerne trækker på erfaringer fra tidligere sager for at forstå den aktuelle. Brug underkoderne til at skelne mellem den enkeltes og gruppens erfaringer; brug overkoden, når det ikke kan afgøres.',
		inclusion: '»Jeg har set mange af den slags sager«, »det er min erfaring, at …«, sammenligning med konkrete tidligere forløb.',
		exclusion: 'Uudtalt »det ved man bare« uden henvisning til erfaringer (VID.INDFORSTÅET). Sammenligning med praksis i 2002 (VUR.META).',
		example: 'Gitte: Jeg har haft et par sager, hvor mor også hentede i dagplejen påvirket, og det var aldrig en enkeltstående episode.',
		children: {
			'VID.ERFARING.INDIVIDUEL': {
				name: 'Egen erfaring',
				color: '#81a85a',
				definition:
					'Erfaringen fremføres som den enkelte rådgivers egen. Koden siger ikke i sig selv, om erfaringen bruges refleksivt; det fanges af sammenhængen og eventuelt VID.INDFORSTÅET.',
				inclusion: '»Min erfaring er …«, »jeg har selv oplevet …«.',
				exclusion: 'Erfaringer, der tilskrives gruppen eller kommunen (VID.ERFARING.KOLLEKTIV).',
				example: 'Ole: Jeg har selv oplevet, at den slags mødre trækker sig, så snart man presser på.',
				keywords: ['min erfaring', 'jeg har oplevet', 'jeg har set', 'jeg har haft', 'selv oplevet']
			},
			'VID.ERFARING.KOLLEKTIV': {
				name: 'Fælles erfaring',
				color: '#1b5e20',
				pole: '2024',
				definition:
					'Erfaringen fremføres som gruppens eller afdelingens samlede viden fra tidligere forløb og bruges aktivt i drøftelsen. Koden markerer den kollektive brug af erfaring, der kendetegner 2024.',
				inclusion: '»Vi har set …«, »vores erfaring er …«, når gruppen sammen vejer ligheder og forskelle til tidligere sager.',
				exclusion: 'Den enkeltes erfaring (VID.ERFARING.INDIVIDUEL). Et fælles »vi« om praksis uden erfaringsviden (SPA.VI).',
				example: 'Maria: Vi har jo haft flere af de her sager i teamet, og det, vi har lært, er, at netværket skal afdækkes tidligt.',
				keywords: ['vores erfaring', 'vi har set', 'vi har haft', 'vi har oplevet', 'vi har lært']
			}
		}
	},
	'VID.MANGLER': {
		name: 'Manglende viden',
		color: '#7cb342',
		shortcut: 'm',
		pole: '2024',
		definition:
			'Deltagerne peger på viden, der mangler for at kunne vurdere sagen. Koden fanger det at italesætte hullerne i vidensgrundlaget – hvad man ikke ved, og hvad man vil vide mere om.',
		inclusion: '»Det ved vi ikke noget om«, »jeg mangler at vide, hvordan …«, lister over ting, der skal afdækkes.',
		exclusion: 'Kritik af de oplysninger, der foreligger, eller af tidligere skridt (VID.UDFORDRER). Selve beslutningen om at undersøge (IND.BFU).',
		example: 'Jonas: Vi ved faktisk ikke, hvordan hun har det i børnehaven. Det er det første, jeg ville vide mere om.'
	},
	'VID.UDFORDRER': {
		name: 'Udfordrer oplysninger og sagsskridt',
		color: '#00897b',
		pole: '2024',
		definition:
			'Deltagerne stiller spørgsmål ved vignettens oplysninger eller ved de sagsskridt, der allerede er taget. Koden fanger en kritisk, undrende tilgang til vidensgrundlaget.',
		inclusion: '»Hvorfor er der ikke lavet en undersøgelse før?«, »den undersøgelse er ikke skarp nok«, undren over lukninger og forløb.',
		exclusion: 'At udfordre en kollegas vurdering (SPA.UDFORDRER, VUR.UENIG). At nævne viden, der mangler, uden kritik (VID.MANGLER).',
		example: 'Nina: Jeg forstår ikke, at den er blevet lukket, når sundhedsplejersken har været bekymret helt fra fødslen.'
	},
	'VID.BARN': {
		name: 'Barnets perspektiv',
		color: '#43a047',
		shortcut: 'b',
		pole: '2024',
		definition:
			'Barnets eget perspektiv, oplevelse eller stemme inddrages i vurderingen. Koden bruges, når deltagerne spørger til eller vil høre, hvad barnet selv siger og oplever.',
		inclusion: '»Hvad siger hun selv?«, »vi skal have en børnesamtale«, overvejelser om barnets oplevelse af hverdagen.',
		exclusion: 'Beskrivelser af barnets trivsel set udefra uden barnets perspektiv (VUR.BEK, VID.MANGLER).',
		example: 'Sofie: Jeg vil rigtig gerne høre, hvordan han selv oplever det, når han skal hjem til mor om fredagen.'
	},
	'VID.VÆRKTØJ': {
		name: 'Værktøjer og systematik',
		color: '#00796b',
		pole: '2024',
		definition:
			'Brug af eller henvisning til socialfaglige værktøjer og systematiske metoder, fx Signs of Safety, løsningsfokuserede tilgange eller kommunens egne skemaer. Koden dækker også en tydelig fælles systematik i gennemgangen.',
		inclusion: 'Navngivne metoder og redskaber, at gruppen gennemgår sagen punkt for punkt efter en model.',
		exclusion: 'Henvisning til lovgivning (VID.LOV). Ressourcer og udfordringer i familien som indhold (VID.RESSOURCER).',
		example: 'Katrine: Skal vi ikke bare tage den i vores tre kolonner – hvad går godt, hvad er vi bekymrede for, og hvad skal der ske?'
	},
	'VID.RESSOURCER': {
		name: 'Ressourcer og udfordringer',
		color: '#9ccc65',
		pole: '2024',
		definition:
			'Deltagerne afdækker ressourcer og udfordringer hos barnet, forældrene og netværket, fx far eller bedsteforældre som mulig ressource. Koden fanger vurderingen af familiens samlede situation.',
		inclusion: '»Far er måske en ressource«, overvejelser om forældrekompetencer, beskyttende faktorer og hvem man kan trække på.',
		exclusion: 'Beslutningen om at inddrage netværket som indsats (IND.NETVÆRK). Metoden bag gennemgangen (VID.VÆRKTØJ).',
		example: 'Peter: Der er jo en moster, der kommer meget, og hun virker stabil. Det er en ressource, vi skal have kigget på.'
	},
	'VID.INDFORSTÅET': {
		name: 'Indforstået viden (2002-polen)',
		color: '#8d9b6a',
		pole: '2002',
		definition:
			'Vurderingen bygger på uudtalt, indforstået viden, som ikke begrundes over for de andre – det Egelund & Thomsen kaldte »kundskabsinaktiv«. Koden markerer 2002-polen i vidensgrundlaget.',
		inclusion: '»Det ved man jo bare«, »det kan man mærke«, mavefornemmelser uden begrundelse, påstande der tages for givet.',
		exclusion: 'Erfaringer, der gøres eksplicitte og kobles til sagen (VID.ERFARING).',
		example: 'Lis: Det er sådan en sag, hvor man bare kan mærke, at det ikke er godt. Det behøver vi ikke snakke så meget om.'
	},
	'VID.LOV': {
		name: 'Lovgrundlag',
		color: '#558b2f',
		definition:
			'Henvisning til lovgivning, paragraffer, vejledninger eller retssikkerhed som grundlag for vurderingen eller handlingen. Kod henvisningen, også når paragraffen ikke nævnes præcist.',
		inclusion: '»Efter barnets lov skal vi …«, »det er en § 50-sag«, overvejelser om hvad loven kræver.',
		exclusion: 'Kommunens interne retningslinjer og værktøjer (VID.VÆRKTØJ). Selve undersøgelsen som skridt (IND.BFU).',
		example: 'Anders: Vi har jo pligt til at reagere, når vi får sådan en underretning. Det står ret klart i loven.'
	}
};

const IND: Record<string, Spec> = {
	'IND.LUK': {
		name: 'Luk sagen',
		color: '#b39ddb',
		shortcut: 'l',
		definition:
			'Forslag om eller omtale af at lukke sagen uden yderligere indsats. Koden bruges også, når deltagerne diskuterer, at sagen tidligere er blevet lukket.',
		inclusion: '»Sagen lukkes«, »der er ikke grundlag for at gøre mere«, omtale af tidligere lukninger i forløbet.',
		exclusion: 'At vente med at vælge indsats til efter en undersøgelse (IND.UAFKLARET).',
		example: 'Morten: Hvis skolen ikke har set noget, og mor tager imod råd, så kunne man godt ende med at lukke den igen.'
	},
	'IND.BFU': {
		name: 'Børnefaglig undersøgelse',
		color: '#7b1fa2',
		shortcut: 'u',
		definition:
			'Forslag om at iværksætte, genoptage eller skærpe en børnefaglig undersøgelse (tidligere »§ 50-undersøgelse«). Koden fanger undersøgelsen som sagsskridt.',
		inclusion: '»Der skal laves en børnefaglig undersøgelse«, »en § 50-undersøgelse«, at gå videre med en undersøgelse, der allerede er i gang.',
		exclusion: 'Det generelle behov for at handle (VUR.HANDLE). Kritik af en eksisterende undersøgelse alene (VID.UDFORDRER).',
		example: 'Tina: Jeg ville starte en børnefaglig undersøgelse med det samme og få talt med både dagplejen og mormor.'
	},
	'IND.TIDLIG': {
		name: 'Tidlig støtte sideløbende',
		color: '#9c27b0',
		shortcut: 't',
		definition:
			'Forslag om en tidlig, støttende indsats, der sættes i gang sideløbende med undersøgelsen. Koden fanger, at man ikke venter med at hjælpe, til undersøgelsen er færdig.',
		inclusion: '»Samtidig med undersøgelsen skal der være noget støtte«, »vi kan godt sætte noget i gang allerede nu«.',
		exclusion: 'Indsatser valgt efter undersøgelsen. Familiebehandling specifikt (IND.FAMBEH; dobbeltkod, hvis den er sideløbende).',
		example: 'Line: Vi kan jo godt tilbyde hende en støtteperson allerede nu, mens vi laver undersøgelsen.'
	},
	'IND.FAMBEH': {
		name: 'Familiebehandling',
		color: '#ab47bc',
		shortcut: 'h',
		definition:
			'Forslag om eller omtale af familiebehandling eller lignende behandlingsindsatser for familien. I 2002 blev familiebehandling også brugt som kilde til viden om familien; kod begge anvendelser.',
		inclusion: 'Familiebehandling, familieterapi, forældreprogrammer, omtale af en familiebehandling der er afsluttet.',
		exclusion: 'Støtte rettet mod barnet alene. Inddragelse af netværket (IND.NETVÆRK).',
		example: 'Dorte: Jeg kunne godt se en familiebehandler komme ind i hjemmet et par gange om ugen og se, hvordan hverdagen fungerer.'
	},
	'IND.SIKRING': {
		name: 'Sikring og akut hjælp',
		color: '#4a148c',
		shortcut: 's',
		definition:
			'Konkrete skridt til at sikre barnet her og nu eller yde akut hjælp. Det kan fx være en aftale om, at barnet ikke udleveres til en beruset forælder, eller at barnet midlertidigt bor et andet sted.',
		inclusion: 'Akutte aftaler, sikkerhedsplaner, midlertidigt ophold hos netværk, henvendelse til politi eller vagt.',
		exclusion: 'Vurderingen af, at barnet skal sikres, uden en konkret handling (VUR.SIKKERHED). Anbringelse uden for hjemmet (IND.ANBRINGELSE).',
		example: 'Hanne: Der skal laves en aftale i dag om, at dagplejen ringer til os og ikke udleverer ham, hvis mor har drukket.'
	},
	'IND.SPECIALTEAM': {
		name: 'Specialteam',
		color: '#ad1457',
		definition:
			'Forslag om at inddrage et specialteam eller anden specialviden, fx om diagnoser, handicap eller psykiatri. Koden bruges også, når deltagerne spørger, om et specialteam ville være på sagen i dag.',
		inclusion: 'Specialteam, PPR, psykolog, børnepsykiatri, udredning af diagnoser.',
		exclusion: 'Almindelig kollegial sparring (SPA-koder). Børnefaglig undersøgelse uden specialviden (IND.BFU).',
		example: 'Jakob: Med de vanskeligheder, han har, ville jeg tro, at vores specialteam skulle kobles på ret hurtigt.'
	},
	'IND.NETVÆRK': {
		name: 'Inddrag far og netværk',
		color: '#ce93d8',
		shortcut: 'n',
		definition:
			'Forslag om at inddrage den anden forælder, bedsteforældre eller andre i netværket som en del af løsningen. Koden fanger netværket som indsats, ikke blot som ressource.',
		inclusion: '»Far skal på banen«, netværksmøder, aflastning hos familie, at undersøge hvem man kan trække på i de svære perioder.',
		exclusion: 'Vurderingen af, om netværket er en ressource (VID.RESSOURCER; dobbeltkod, hvis begge dele siges).',
		example: 'Mette: Jeg ville indkalde til et netværksmøde og få far og farmor med, så vi ved, hvem der kan træde til.'
	},
	'IND.ANBRINGELSE': {
		name: 'Anbringelse',
		color: '#311b92',
		shortcut: 'a',
		definition:
			'Omtale af anbringelse uden for hjemmet som mulig indsats. I materialet optræder anbringelse især som en beslutning, der ligger hos ledelsen; kod både forslag og afvisning af anbringelse.',
		inclusion: '»Det kunne ende med en anbringelse«, »vi er ikke der, hvor vi taler anbringelse«, overvejelser om døgninstitution eller plejefamilie.',
		exclusion: 'Midlertidigt, akut ophold hos netværk (IND.SIKRING). Hvem der beslutter (SPA.ANSVAR).',
		example: 'Bent: Jeg tror ikke, vi er ved en anbringelse endnu, men hvis det her fortsætter, så er det der, den ender.'
	},
	'IND.UAFKLARET': {
		name: 'Ingen indsats før undersøgelse',
		color: '#9575cd',
		pole: '2024',
		definition:
			'Deltagerne vil ikke pege på en bestemt indsats, før sagen er undersøgt. Koden fanger, at valget af indsats bevidst udskydes, fordi det afhænger af, hvad undersøgelsen viser.',
		inclusion: '»Det kommer an på, hvad undersøgelsen viser«, »det kan jeg ikke sige endnu«, afvisning af at vælge indsats nu.',
		exclusion: 'Forslag om selve undersøgelsen (IND.BFU). At sagen lukkes (IND.LUK).',
		example: 'Simon: Jeg har svært ved at sige, hvad hun skal have, før vi ved mere. Det må undersøgelsen vise.'
	},
	'IND.KONTEKST': {
		name: 'Lokal kontekst for indsatser',
		color: '#7e57c2',
		pole: '2024',
		definition:
			'Hvilke indsatser der kan tilbydes, afhænger af kommunens økonomi, politik og tilbud. Koden fanger, at valget af indsats forklares med lokale rammer frem for sagens behov.',
		inclusion: '»Det har vi ikke her i kommunen«, »det er et spørgsmål om budget«, ventelister og lokale tilbudsviften.',
		exclusion: 'Ledelsens beslutningskompetence som sådan (SPA.ANSVAR). Spredning i valg af indsats uden henvisning til rammer (IND.SPREDNING).',
		example: 'Gert: Hos os ville det nok blive en familiebehandler, fordi det er det, vi har. I andre kommuner har de måske andre muligheder.'
	},
	'IND.SPREDNING': {
		name: 'Spredning i indsatser (2002-polen)',
		color: '#a48fb8',
		pole: '2002',
		definition:
			'Deltagerne peger på forskellige indsatser, selv om de vurderer sagen ens, og valget fremstår tilfældigt eller afhængigt af den enkelte rådgiver. Koden markerer 2002-polen: vilkårlighed i valg af indsats.',
		inclusion: '»Det kommer an på, hvem der har sagen«, indbyrdes forskellige forslag uden fælles begrundelse.',
		exclusion: 'Forskelle, der begrundes med lokale rammer (IND.KONTEKST). Udskudt valg (IND.UAFKLARET).',
		example: 'Inge: Jeg ville nok give aflastning, hun ville give en kontaktperson, og ham derovre ville lukke den. Sådan er det jo.'
	}
};

const DIMENSIONS: Record<string, Spec> = {
	VUR: {
		name: 'Vurdering',
		color: '#b3261e',
		definition:
			'Rådgivernes vurdering af barnets situation: hvor bekymrende sagen er, om der skal handles, og om gruppen er enig. Tabel 1: fra variation (2002) til ensartethed (2024).',
		inclusion: 'Brug dimensionen direkte kun for vurderinger, som ingen af underkoderne dækker; ellers den mest præcise underkode.',
		exclusion: 'Hvordan vurderingen kommer i stand i gruppen (SPA), hvad den bygger på (VID), og hvad der skal gøres (IND).',
		example: 'Karin: Samlet set synes jeg, det er en sag, der skal tages alvorligt.',
		children: VUR
	},
	SPA: {
		name: 'Kollegial sparring',
		color: '#1a5fb4',
		definition:
			'Hvordan rådgiverne drøfter sager med hinanden og ledelsen, og hvem der bærer vurderingen. Tabel 1: fra begrænset sparring (2002) til sparring som integreret del af praksis (2024).',
		inclusion: 'Brug dimensionen direkte kun for sparring, som ingen af underkoderne dækker; ellers den mest præcise underkode.',
		exclusion: 'Indholdet af vurderingen (VUR) og af den viden, der bringes i spil (VID).',
		example: 'Per: Vi snakker rigtig meget sammen om sagerne i det daglige.',
		children: SPA
	},
	VID: {
		name: 'Vidensgrundlag',
		color: '#2e7d32',
		definition:
			'Den viden, rådgiverne bygger vurderingen på, og hvordan de bruger den. Tabel 1: fra indforstået, inaktiv viden (2002) til italesat, aktiv viden (2024).',
		inclusion: 'Brug dimensionen direkte kun for vidensgrundlag, som ingen af underkoderne dækker; ellers den mest præcise underkode.',
		exclusion: 'Selve vurderingen (VUR) og valget af indsats (IND).',
		example: 'Ulla: Vi skal have et bedre grundlag, før vi kan sige noget sikkert.',
		children: VID
	},
	IND: {
		name: 'Valg af indsats',
		color: '#6a1b9a',
		definition:
			'De sagsskridt og støttende indsatser, rådgiverne peger på. Tabel 1: fra vilkårligt valg af indsats (2002) til kontekstafhængigt valg (2024).',
		inclusion: 'Brug dimensionen direkte kun for indsatser, som ingen af underkoderne dækker; ellers den mest præcise underkode.',
		exclusion: 'Vurderingen af, om der skal handles (VUR.HANDLE), og hvem der beslutter (SPA.ANSVAR).',
		example: 'Jens: Der skal i hvert fald ske noget konkret i den her familie.',
		children: IND
	}
};

/** The built-in codebook as a codebook JSON document (install it with the server's installBuiltinCodebook). */
export const BUILTIN_CODEBOOK: CodebookJson = {
	format: CODEBOOK_FORMAT,
	version: CODEBOOK_VERSION,
	name: BUILTIN_CODEBOOK_NAME,
	codes: build(DIMENSIONS)
};
