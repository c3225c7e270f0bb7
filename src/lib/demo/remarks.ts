// Case-specific remarks (2024 wave), keyed by vignette and template group. They inherit the codes of
// their group and make each discussion sound like it is about its own case.

export const CASE_REMARKS: Record<string, Record<string, string[]>> = {
	kira: {
		bek: [
			'min3|Når en fireårig selv skal vurdere, om mor er til at være sammen med, så er vi langt ude. Den er {bek}.',
			'Det der med, at hun holder øje med de voksne, bekymrer mig mere end madpakken. Jeg er {følt}.'
		],
		mangler: [
			'Vi ved ikke, om mor overhovedet kender til underretningen endnu, og det skal vi have styr på.',
			'Jeg vil gerne vide, hvad der sker hos mormor, når Kira går derover om aftenen.',
			'Hvad siger egen læge om mor? Det ville jeg gerne have indhentet med samtykke.'
		],
		barn: [
			'En stille pige, der leger alene og holder øje med de voksne. Det er et barn, der har lært at passe på sig selv.',
			'Jeg tænker på, hvor meget Kira egentlig forstår af, at mor sover på sofaen.'
		],
		udfordrer: [
			'Den første undersøgelse er for tynd. To samtaler med mor og en kort børnesamtale er ikke nok at lukke på.',
			'Man lukkede jo på, at mor var kærlig. Det kan hun sagtens være og samtidig drikke for meget.'
		],
		ressourcer: [
			'Far fik det faktisk til at fungere i et halvt år. Det skal vi ikke glemme, selvom han trak sig.',
			'Børnehaven er meget opmærksom, og de er en vigtig samarbejdspartner her.'
		],
		uenig24: [
			'Jeg er ikke sikker på, at far er den ressource, vi gerne vil have ham til at være. Han sagde jo selv, at han ikke kunne klare det.'
		],
		erfaring24: [
			'Jeg har haft flere sager, hvor bedsteforældrene også drak. Så bliver netværket pludselig en del af problemet.'
		]
	},
	'ung-mor': {
		bek: [
			'min3|En baby, der smiler og pludrer mindre, end man forventer, skal vi tage meget alvorligt. Den er {bek}.',
			'Gardinerne, der er trukket for, og døren, der ikke bliver åbnet. Jeg bliver {følt}.'
		],
		mangler: [
			'Har nogen screenet Sofie for fødselsdepression? Det står der ikke noget om.',
			'Jeg vil gerne vide, om plejefamilien fra hendes egen opvækst stadig er nogen, hun kan ringe til.',
			'Vi ved ikke, hvorfor hun ikke har været hos egen læge siden fødslen.'
		],
		barn: [
			'Ella kan ikke selv sige noget, så vi må se på samspillet og på, hvordan hun udvikler sig.',
			'For et spædbarn er de første måneder helt afgørende for tilknytningen. Det er dér, vi skal have blikket.'
		],
		udfordrer: [
			'Man kendte hende som gravid og lavede ingen undersøgelse. Det forstår jeg simpelthen ikke.',
			'Familiebehandlingen sluttede som planlagt, men hvem vurderede egentlig, om den havde virket?'
		],
		ressourcer: [
			'Familiebehandleren så en mor, der var øm og opmærksom. Det er ikke uvæsentligt.',
			'Sofie sagde ja til familiebehandlingen og gennemførte den faktisk, selvom hun aflyste nogle gange.'
		],
		uenig24: [
			'Jeg synes, vi skal passe på med at gøre hendes egen anbringelse til et bevis på noget. Den siger ikke i sig selv noget om hende som mor.'
		],
		erfaring24: [
			'Jeg kender det fra andre unge mødre, der selv har været anbragt. Frygten for kommunen kan være meget stor, og den skal vi tage højde for.'
		]
	},
	'lukket-to-gange': {
		bek: [
			'min3|Tredje underretning, og han siger selv, at der er noget galt med hans hoved. Den er {bek}.',
			'Når en dreng på ni kun går i skole tre timer om dagen, så bliver jeg {følt}.'
		],
		mangler: [
			'Der er oplysninger fra skole, PPR, læge og forældre, men ingen har lagt dem sammen.',
			'Jeg vil gerne vide, hvad far gør anderledes, siden det går bedre hos ham.',
			'Hvorfor har PPR ikke lavet en egentlig vurdering, når de har været inde i klassen?'
		],
		barn: [
			'Han har selv sagt, at ingen vil lege med ham. Det er et barn, der er ensomt.',
			'Mikkel er jo den, der betaler prisen, når de voksne skubber sagen frem og tilbage.'
		],
		udfordrer: [
			'To gange er sagen lukket på en samtale med mor. Det er ikke en undersøgelse.',
			'Man har sendt den tilbage til skolen to gange. Det virker, som om ingen har villet eje den.'
		],
		ressourcer: [
			'Han læser godt. Det er noget, man kan bygge på i skolen.',
			'Mor har selv været hos lægen og spurgt. Hun vil gerne have hjælp.'
		],
		uenig24: [
			'Jeg er ikke sikker på, at det handler om en diagnose. Det kan lige så godt være hjemmet, vi skal kigge på.'
		],
		erfaring24: [
			'Sager, der bliver lukket og genåbnet, ender tit med at blive meget tungere, end de behøvede at være.'
		]
	},
	'freja-fravaer': {
		bek: [
			'min2|En pige på elleve, der laver mad og følger lillebror i skole, fordi mor ikke kan komme op. Det er {bek}.',
			'Det er hemmeligholdelsen, der gør mig {følt}. Hun beder læreren om ikke at sige noget.'
		],
		mangler: [
			'Vi ved ikke, hvor syg mor er lige nu, og det er helt afgørende for, hvordan vi går ind i det.',
			'Hvad ved distriktspsykiatrien? Dem skal vi have fat i.',
			'Jeg vil gerne vide, hvad Freja selv ved om mors sygdom.'
		],
		barn: [
			'Freja har påtaget sig et voksenansvar. Vi skal finde ud af, hvad hun selv har brug for.',
			'Vi skal være varsomme med, hvordan vi taler med hende, når hun har bedt læreren om at holde tæt.'
		],
		udfordrer: [
			'Mor bad selv om hjælp under indlæggelsen, og der skete ingenting. Det er ærgerligt.',
			'Fraværet er meldt som sygdom et helt år. Hvorfor har ingen spurgt ind til det før?'
		],
		ressourcer: [
			'Oliver trives og kommer i skole. Så noget fungerer jo derhjemme.',
			'Morfar var der, da mor var indlagt. Men han er selv svækket nu.'
		],
		uenig24: [
			'Jeg vil godt nuancere det. Det er ikke sikkert, at fraværet kun handler om mor. Det kan også være noget i skolen.'
		],
		erfaring24: [
			'Vi har haft flere børn af psykisk syge forældre, og de er ofte rigtig gode til at skjule det.'
		]
	},
	'jonas-konflikter': {
		bek: [
			'min3|Når han først siger, at stedfar har givet ham mærket, og så trækker det tilbage, så bliver jeg {følt}.',
			'min3|Hash, ældre venner og nætter væk hjemmefra. Det er en ung på vej ud over kanten. Den er {bek}.'
		],
		mangler: [
			'Vi ved ikke, om lillesøsteren er til stede, når det går løs derhjemme.',
			'Jeg vil gerne vide, hvad Jonas selv ønsker, før vi siger noget om et ophold uden for hjemmet.',
			'Hvad ved SSP om de ældre drenge? Det skal vi have med.'
		],
		barn: [
			'Der er ikke holdt en børnesamtale. Det er det første, der skal ske.',
			'Han mistede sin far som seksårig. Det spiller også ind i, hvordan han har det nu.'
		],
		udfordrer: [
			'Vi har kun stedfars version fra en telefonsamtale. Det er et tyndt grundlag.',
			'Mor siger, det ikke var slag. Men et skub ind i en dør er vold.'
		],
		ressourcer: [
			'Han var god til sport og vellidt. Den dreng er der stadig et sted.',
			'Stedfar vil gerne med til et møde. Det er en åbning, vi skal bruge.'
		],
		uenig24: [
			'Jeg er ikke enig i, at det først og fremmest er en adfærdssag. For mig er det en voldssag, indtil det modsatte er vist.'
		],
		erfaring24: [
			'Når forældrene selv beder om en anbringelse, har jeg lært at spørge ind til, hvad der ellers er prøvet.'
		]
	},
	'noah-og-ida': {
		bek: [
			'Det er svært at skille fattigdommen fra omsorgen her, men sulten og tænderne gør mig {følt}.',
			'max3|Forældrene er samarbejdsvillige, men børnenes basale behov bliver ikke mødt. Den er {bek}.'
		],
		mangler: [
			'Vi har ikke været på hjemmebesøg. Før det kan vi ikke sige ret meget om hverdagen.',
			'Hvordan klarer far to børn alene med sin ryg? Det ved vi intet om.',
			'Hvor skal familien bo, hvis udsættelsen bliver til noget?'
		],
		barn: [
			'Ida er hjemme hele dagen uden dagpleje. Hvem ser hende?',
			'Noah spørger de andre børn om mad. Det siger meget om, hvordan han har det.'
		],
		udfordrer: [
			'Familien har været kendt i ydelsesafdelingen, men ingen har tænkt på børnene.',
			'Man meldte Ida ud af dagplejen på grund af økonomien. Det burde have sat noget i gang.'
		],
		ressourcer: [
			'Ida var velplejet og i god kontakt ved toårsundersøgelsen. Det er et vigtigt modbillede.',
			'Forældrene møder op og er venlige. Det er et godt udgangspunkt for et samarbejde.'
		],
		uenig24: [
			'Jeg vil godt udfordre det lidt. Er det omsorgssvigt, eller er det en familie i økonomisk krise, der har brug for hjælp til bolig og penge?'
		],
		erfaring24: [
			'Jeg har set, hvordan en udsættelse kan vælte en familie, der i forvejen hænger i en tynd tråd.'
		]
	}
};
