// Utterance templates, grouped by conversational move. Each template carries the codebook codes
// (domain brief §2) that a careful coder would assign to it, so the generator knows the 'true'
// coding of every sentence it writes. Slots in {braces} are filled from the vignette, the wave,
// the municipality and the speaker; a capitalised slot name gives a capitalised value.
// Optional prefixes: 'talk|' (child must be old enough to speak), 'minN|' / 'maxN|' (speaker's
// concern level, so that wording never contradicts the level), '2002|' / '2024|' (one wave only).

export type TemplateWave = 'both' | '2002' | '2024';

export interface Template {
	id: string;
	text: string;
	codes: string[];
	wave: TemplateWave;
	min: number;
	max: number;
	talk: boolean;
}

export function group(name: string, codes: string[], wave: TemplateWave, texts: string[]): Template[] {
	return texts.map((raw, i) => {
		let text = raw;
		let min = 0;
		let max = 4;
		let talk = false;
		let w = wave;
		for (;;) {
			const m = /^(talk|min\d|max\d|2002|2024)\|/.exec(text);
			if (!m) break;
			if (m[1] === 'talk') talk = true;
			else if (m[1] === '2002' || m[1] === '2024') w = m[1];
			else if (m[1].startsWith('min')) min = Number(m[1].slice(3));
			else max = Number(m[1].slice(3));
			text = text.slice(m[0].length);
		}
		return { id: `${name}#${i}`, text, codes, wave: w, min, max, talk };
	});
}

/** Concern wording by level: predicative ('den er …'). */
export const LEVEL_ADJ: readonly string[][] = [
	['ikke bekymrende', 'ikke rigtig bekymrende', 'ikke særlig bekymrende'],
	['lidt bekymrende', 'en smule bekymrende', 'let bekymrende'],
	['bekymrende', 'klart bekymrende', 'bestemt bekymrende'],
	['alvorligt bekymrende', 'dybt bekymrende', 'meget bekymrende', 'rigtig bekymrende'],
	['akut', 'akut bekymrende', 'helt akut']
];

/** Concern wording by level: feeling ('jeg bliver …'). */
export const LEVEL_FELT: readonly string[][] = [
	['ikke særlig bekymret', 'ikke rigtig bekymret'],
	['lidt bekymret', 'en smule bekymret'],
	['bekymret', 'oprigtigt bekymret'],
	['rigtig bekymret', 'meget bekymret', 'dybt bekymret'],
	['akut bekymret', 'virkelig alarmeret']
];

export const OPENERS: readonly (readonly [string, number])[] = [
	['', 10],
	['Altså, ', 4],
	['Ja, ', 3],
	['Men ', 2],
	['Og ', 1],
	['Jamen ', 1],
	['Nu ved jeg ikke, men ', 1]
];

const T: Template[][] = [];
const add = (name: string, codes: string[], wave: TemplateWave, texts: string[]) =>
	T.push(group(name, codes, wave, texts));

// ---------- VUR: vurdering ----------

add('bek', ['VUR.BEK'], 'both', [
	'{å}jeg synes, det her er {bek}, især fordi {fakta}.',
	'Når jeg læser, at {fakta}, så bliver jeg {følt}.',
	'{å}det, der springer i øjnene for mig, er, at {fakta}. Det synes jeg er {bek}.',
	'For mig er den {bek}. Man kan ikke se bort fra, at {fakta}.',
	'Jeg bliver {følt} på {hendes} vegne. {Hun} er {alder}, og det fremgår, at {fakta}.',
	'Hvis jeg skal sætte ord på det, så er den {bek}.',
	'{å}jeg hæfter mig ved, at {fakta}, og det gør mig {følt}.',
	'Jeg ville kalde den {bek}, og det er ikke kun på grund af {faktaNP}.',
	'Min første tanke er, at det er {bek}, at {fakta}.',
	'Jeg er {følt} for {barn}, det må jeg sige.',
	'Det, der gør mig {følt}, er egentlig ikke {faktaNP} i sig selv, men at {fakta}.',
	'På en skala ville jeg lægge den som {bek}.',
	'Der er ingen tvivl hos mig om, at det er {bek}, når {fakta}.',
	'Når man lægger det hele sammen, {faktaNP} og det, at {fakta}, så er den {bek}.',
	'Jeg bliver {følt}, ikke kun for {barn} her og nu, men for hvordan det skal gå på sigt.',
	'{å}jeg læser den som {bek}, og det er især {faktaNP}, der trækker op.',
	'min3|Det her er ikke en gråzonesag for mig. Den er {bek}.',
	'Jeg er blevet {følt} undervejs i læsningen.',
	'max2|Jeg synes, den er {bek}, men jeg vil ikke gøre den værre, end den er.',
	'Altså, {faktaNP} alene gør den {bek} i mine øjne.',
	'min3|Jeg tænker, at {barn} har levet med det her alt for længe. Den er {bek}.'
]);

add('bek02', ['VUR.BEK'], '2002', [
	'Jeg ville nok sige, den er {bek}.',
	'For mit eget vedkommende er den {bek}.',
	'Jeg vurderer den som {bek}, det er min holdning.',
	'Personligt synes jeg, den er {bek}, men det er jo en vurderingssag.',
	'Jeg har læst den, og jeg synes, den er {bek}.',
	'Den er {bek}, hvis du spørger mig.',
	'Min vurdering er, at den er {bek}.',
	'Når jeg ser sådan en sag, tænker jeg, at den er {bek}.',
	'Jeg hæfter mig ved, at {fakta}, og så er den {bek} for mig.',
	'Jeg bliver {følt}, når {fakta}.',
	'max2|Jeg synes nu ikke, den er værre end så mange andre. Den er {bek}.',
	'max1|Ærligt talt synes jeg, folk gør den værre, end den er. Den er {bek}.',
	'min3|Jeg synes, den er {bek}. Det er ikke noget, man kan vente med.',
	'Jeg vil sige {bek}, og det har jeg ment, fra jeg læste den.',
	'Sådan som jeg ser det, er den {bek}.',
	'Jeg er {følt}, men det er også bare min vurdering.'
]);

add('enig', ['VUR.ENIG'], 'both', [
	'Jeg er helt enig med {navn}.',
	'Ja, det er jeg enig i.',
	'Enig. Det var også det, jeg hæftede mig ved.',
	'Ja, præcis.',
	'Det tænker jeg også, {navn}.',
	'Jeg kan kun bakke op om det, {navn} siger.',
	'Ja, det er også min læsning af den.',
	'Helt enig, det er også der, jeg lander.',
	'Ja, jeg ser det på samme måde.',
	'Nemlig.',
	'Ja, det synes jeg også.',
	'Det er jeg sådan set enig i.',
	'Ja, det kan jeg godt følge.',
	'Det giver god mening for mig.',
	'Lige præcis, {navn}.',
	'Jeg er egentlig enig, men jeg vil gerne tilføje noget.',
	'Ja, og det hænger sammen med det, {navn} sagde før.',
	'Jeg er på linje med {navn} der.'
]);

add('uenig24', ['VUR.UENIG', 'SPA.UDFORDRER'], '2024', [
	'Der kan jeg godt blive lidt mere forsigtig, {navn}. Er det nu så entydigt?',
	'Jeg er ikke helt sikker på, at jeg er enig. For hvad ved vi egentlig om, {mangler}?',
	'Må jeg lige udfordre dig lidt der, {navn}? Jeg synes, vi skal passe på med at konkludere for hurtigt.',
	'Jeg hører, hvad du siger, men jeg ser det faktisk lidt anderledes.',
	'Er det ikke lidt hurtigt at konkludere det? Vi har jo kun det, der står i beskrivelsen.',
	'Jeg vil godt nuancere det lidt. Det er rigtigt, at {fakta}, men det er ikke hele billedet.',
	'Der tænker jeg faktisk noget andet end dig, {navn}.',
	'Jeg vil lige spille djævelens advokat. Kunne man ikke også læse det sådan, at {ressource}?',
	'Jeg er ikke uenig i bekymringen, men jeg er uenig i, hvor hurtigt vi vil handle.',
	'Jeg vil gerne skubbe lidt til det. Overser vi ikke, at {ressource}?',
	'Men er det ikke os, der lægger noget ind i den, som ikke står der?',
	'Jeg kan godt se det, men jeg bliver lidt udfordret på det, fordi {fakta}.',
	'Hvor meget er det egentlig en ressource, {navn}? Det er jeg ikke overbevist om.',
	'Jeg lander et lidt andet sted end dig, og det er fordi {fakta}.',
	'Nu er jeg lidt uenig, for jeg synes faktisk, vi undervurderer {faktaNP}.'
]);

add('uenig02', ['VUR.UENIG'], '2002', [
	'Det er jeg nu ikke enig i. Jeg ville gøre noget helt andet.',
	'Der er jeg uenig. Sådan ville jeg ikke se på den.',
	'Det kan man godt mene, men det gør jeg ikke.',
	'Nej, det ser jeg anderledes.',
	'Jeg er ikke enig, men det er jo også et spørgsmål om temperament.',
	'Det må vi se forskelligt på.',
	'Det er din vurdering. Min er en anden.',
	'Jeg ville nu ikke gå så langt.',
	'Det er jeg simpelthen uenig i.',
	'Jeg forstår godt, hvad du mener, men jeg ville nu se tiden an.',
	'Nej, der er jeg et helt andet sted.',
	'Det synes jeg ikke. Der læser vi den vist forskelligt.',
	'Det vil jeg nu ikke skrive under på.'
]);

add('handle', ['VUR.HANDLE'], 'both', [
	'Vi er nødt til at vide mere, før vi kan sige noget om, hvad der skal til.',
	'Den skal i hvert fald undersøges nærmere, det er der ingen tvivl om.',
	'Jeg synes ikke, vi kan lade den ligge. Der skal ske noget nu.',
	'Der er brug for at handle, men først skal vi have afdækket, hvad der foregår.',
	'Det her kalder på, at vi går ind i den og får den udredt ordentligt.',
	'Den her kan vi ikke lukke. Der er for meget, vi ikke ved.',
	'Vi skal ud og se familien, og vi skal tale med {barn}.',
	'Det er en sag, hvor vi skal i gang med det samme.',
	'Vi skal have sagen ordentligt oplyst, før vi peger på noget.',
	'Der er brug for mere viden, men der er også brug for handling.',
	'Det er ikke en sag, man kan vente med.',
	'Jeg ville i hvert fald ikke lade den ligge til næste uge.',
	'Vi kan ikke bare afvente en ny underretning. Så er det for sent.',
	'Det kræver, at vi kommer ud i hjemmet og ser det med egne øjne.',
	'Der skal ske noget, det er helt klart.'
]);

add('sikkerhed', ['VUR.SIKKERHED'], 'both', [
	'Det første, vi skal sikre, er, at {sikring}.',
	'I første omgang handler det om at sikre {hende}.',
	'Inden vi gør noget andet, skal vi være sikre på, at {sikring}.',
	'Sikkerheden kommer før alt det andet.',
	'Vi kan ikke undersøge os ud af det, hvis {barn} ikke er i sikkerhed imens.',
	'{Barn} skal være i trygge rammer, mens vi finder ud af resten.',
	'Er {hun} overhovedet i sikkerhed derhjemme i aften? Det er mit første spørgsmål.',
	'Vi skal have en sikkerhedsplan, så vi ved, at {sikring}.',
	'Det, der optager mig mest, er, om {hun} er i fare lige nu.',
	'Der skal være en voksen, der tager ansvaret for {hende} med det samme.'
]);

add('meta', ['VUR.META'], '2024', [
	'Jeg kunne godt tænke mig at vide, hvad man svarede på den her for tyve år siden.',
	'For tyve år siden var den her måske bare blevet lukket.',
	'Jeg tror, man så anderledes på det dengang. Der var mere, man accepterede.',
	'Det er sjovt at tænke på, om vi egentlig er blevet bedre, eller om vi bare taler anderledes om det.',
	'Dengang tror jeg, det var meget op til den enkelte sagsbehandler.',
	'Jeg er ikke sikker på, at alt er blevet bedre. Men vi drøfter det i hvert fald mere i dag.',
	'Jeg tror, vi er mere opmærksomme på barnets perspektiv i dag, end man var dengang.',
	'Den her har sikkert været en gråzonesag dengang. Det er den ikke for os.',
	'Nogle af sagsskridtene her ville man nok ikke se i dag. Eller det håber jeg i hvert fald ikke.',
	'Man kan godt blive nysgerrig på, om det er lovgivningen, der har flyttet os, eller om det er os selv.',
	'Jeg gad godt se svarene fra dengang ved siden af vores.',
	'Jeg tror ikke, vi er blevet så meget bedre til at undgå, at sager bliver lukket for tidligt.'
]);

// ---------- VID: vidensgrundlag ----------

add('mangler', ['VID.MANGLER'], 'both', [
	'Vi ved jo ikke, {mangler}.',
	'Jeg mangler at vide, {mangler}.',
	'Det, jeg savner i beskrivelsen, er viden om, {mangler}.',
	'Der er meget, vi ikke ved. Fx {mangler}, og {mangler}.',
	'Jeg ville gerne vide mere om, {mangler}.',
	'Et af de første spørgsmål, jeg ville have svar på, er, {mangler}.',
	'Vi har ikke noget om, {mangler}. Det skal vi have afdækket.',
	'Jeg kan ikke pege på noget, før jeg ved, {mangler}.',
	'Der er et hul i beskrivelsen i forhold til, {mangler}.',
	'Jeg bliver nysgerrig på, {mangler}.',
	'Vi skal også have styr på, {mangler}.',
	'Det er svært at vurdere uden at vide, {mangler}.',
	'Jeg vil gerne have belyst, {mangler}, før jeg lægger mig fast.',
	'Det, vi mangler allermest, er at vide, {mangler}.',
	'Jeg ville spørge ind til, {mangler}.',
	'Hvad vi slet ikke ved noget om, er, {mangler}.'
]);

add('udfordrer', ['VID.UDFORDRER'], 'both', [
	'Jeg undrer mig over, at {tidligere}.',
	'Hvorfor er der ikke lavet en ordentlig undersøgelse noget før? Det forstår jeg ikke.',
	'Det er mærkeligt, at {tidligere}.',
	'Jeg synes ikke, man er gået nok ind i den, når {tidligere}.',
	'Hvad er det egentlig, vi har at gå ud fra her? Meget af det er jo andenhåndsoplysninger.',
	'Jeg studser over, at {tidligere}.',
	'Man kan godt stille spørgsmålstegn ved, om oplysningerne er dækkende.',
	'Hvor kommer den oplysning egentlig fra? Det står ikke klart.',
	'Der er noget i forløbet, der ikke hænger sammen, fx at {tidligere}.',
	'Der burde man have reageret tidligere, synes jeg.',
	'Det undrer mig, at ingen har stillet spørgsmål ved det før.',
	'Jeg ville gerne vide, hvad der lå til grund for, at {tidligere}.',
	'Er det overhovedet rigtigt, at {fakta}? Det er jo noget, nogen har fortalt.',
	'Jeg hæfter mig ved, at {tidligere}. Det ville jeg gerne forstå.',
	'Der er noget, der ikke stemmer, synes jeg.'
]);

add('barn', ['VID.BARN'], 'both', [
	'Jeg tænker meget på, {barnPersp}.',
	'talk|Hvad siger {barn} egentlig selv? Det står der ikke noget om.',
	'Det er {barn}, vi skal have fokus på, ikke kun {voksne}.',
	'Set fra {barnGen} side handler det om, hvem der er der for {hende}.',
	'Jeg tænker på, hvad det gør ved {hende} på sigt.',
	'Det, der går mig mest på, er, {barnPersp}.',
	'talk|Vi skal høre, hvad {hun} selv siger, og ikke kun, hvad de voksne siger.',
	'For {barn} er det jo hverdag. Det er det, der gør det alvorligt.',
	'talk|Hvem har egentlig spurgt {barn}?',
	'Jeg kunne godt tænke mig at vide, {barnPersp}.',
	'Hvis vi prøver at se det med {barnGen} øjne, så ser det anderledes ud.'
]);

add('barn24', ['VID.BARN'], '2024', [
	'Vi skal have {barnGen} eget perspektiv med.',
	'Vi skal have en børnesamtale, eller i hvert fald observere {hende} i hverdagen.',
	'{barnGen} perspektiv mangler helt i beskrivelsen.',
	'talk|{Barn} har ret til at blive hørt, og det er ikke sket endnu.',
	'Jeg vil gerne have {barnGen} stemme tydeligere frem.'
]);

add('ressourcer', ['VID.RESSOURCER'], 'both', [
	'Der er også ressourcer, vi skal huske. Fx at {ressource}.',
	'Jeg hæfter mig ved, at {ressource}. Det er noget, vi kan bygge videre på.',
	'Vi skal være undersøgende på {netvaerk}. Hvem kan træde til?',
	'Det er ikke kun problemer. Vi kan også se, at {ressource}.',
	'Hvad kan {netvaerk} egentlig? Det skal vi finde ud af.',
	'Jeg tror, der er flere ressourcer i familien, end beskrivelsen lægger op til.',
	'Hvis vi kigger på ressourcerne, så er der trods alt det, at {ressource}.',
	'Jeg vil gerne lægge vægt på, at {ressource}.',
	'Hvem kan vi trække på, når det ikke fungerer derhjemme?',
	'Jeg er usikker på, hvor meget {netvaerk} kan bære. Men det skal undersøges.',
	'Det positive er, at {ressource}.',
	'Vi skal have både ressourcer og bekymringer på bordet, og der er faktisk noget at tage fat i.',
	'Man kan ikke se bort fra, at {ressource}.',
	'{Voksne} har måske flere ressourcer, end vi lige tror.'
]);

add('vaerktoej', ['VID.VÆRKTØJ'], '2024', [
	'Hvis vi lægger den ind i {værktøj}, så er {faktaNP} noget af det første, der dukker op.',
	'Vi plejer at gå systematisk til værks med {værktøj}. Det giver et bedre overblik.',
	'Lad os tage den med {værktøj}. Hvad går godt, hvad er vi bekymrede for, og hvad skal der ske?',
	'I {værktøj} ville vi skille det ad i ressourcer og bekymringer.',
	'Med {værktøj} ville vi kunne se hullerne i sagen tydeligere.',
	'Vi har jo det skema, vi bruger. Det tvinger os til at forholde os til både barn, forældre og netværk.',
	'Det er sådan en, hvor vi ville bruge en skalering. Hvor er vi på en skala fra nul til ti?',
	'Jeg tænker i barnets udvikling, familieforhold og forældrekompetencer, så vi får det hele med.',
	'Vi har lært at skelne mellem, hvad vi ved, og hvad vi tror. Det er vigtigt her.',
	'Med {værktøj} ville vi også få skrevet ned, hvad der skal til, før vi kan lukke den.',
	'Hvis vi bruger {værktøj}, så kommer {barnGen} perspektiv også tydeligere frem.',
	'Vi har en fast struktur, når vi drøfter sager. Først fakta, så bekymringer, så ressourcer.',
	'Det er en typisk sag, hvor vi ville lave en sikkerhedsplan sammen med familien.',
	'Jeg ville starte med at lave en tidslinje, så vi kan se, hvornår bekymringerne er kommet.',
	'Når vi kører den igennem {værktøj}, plejer det at blive tydeligt, hvad der mangler.'
]);

add('erfaring24', ['VID.ERFARING'], '2024', [
	'Jeg har haft en lignende sag, og der viste det sig, at {problemNP} fyldte meget mere, end vi troede.',
	'Vi har haft flere af den slags sager i teamet, og erfaringen er, at det sjældent løser sig af sig selv.',
	'Min erfaring siger mig, at vi skal tale med {voksne} tidligt. Men det er en erfaring, vi skal afprøve i den her sag.',
	'Når jeg kigger tilbage på mine egne sager, så er det ofte {faktaNP}, der er det afgørende.',
	'Jeg har set den slags forløb før, hvor man venter for længe. Det vil jeg gerne undgå.',
	'Det er noget, vi kender fra andre sager. Men hver familie er forskellig.',
	'Vi har gode erfaringer med at inddrage netværket tidligt i den type sager.',
	'Min erfaring er, at det kan være svært at komme ind i sådan en familie. Så det skal gøres med omtanke.',
	'Fra den kommune, jeg var i før, kender jeg det her mønster. Der drøftede vi det også i fællesskab.',
	'Jeg tænker på en sag, hvor det gik godt, fordi vi fik fat i netværket i tide.',
	'Erfaringsmæssigt bliver den slags sager ofte mere komplicerede, når man først går i dybden.',
	'Jeg har lavet en del af de her undersøgelser, og der er næsten altid mere, end beskrivelsen lægger op til.',
	'Vi ved fra andre sager, at ustabilitet i sig selv er skadeligt for børn.',
	'Hvis jeg sammenligner med de sager, jeg selv har haft, så ligner den mest dem, hvor vi fik handlet for sent.',
	'I vores team har vi talt meget om, hvordan {problemNP} påvirker børn, og det tager jeg med her.',
	'Fra tidligere sager ved jeg, at {faktaNP} ofte kun er toppen af isbjerget.',
	'Jeg har oplevet, at når {voksne} bliver inddraget ordentligt, så åbner der sig meget.',
	'Min erfaring er, at vi skal være tidligt ude, når det handler om {problemNP}.'
]);

add('erfaring02', ['VID.ERFARING'], '2002', [
	'Jeg har selv haft sådan en familie. Det gik helt fint til sidst.',
	'Jeg har været sagsbehandler i mange år, og den slags ser man hele tiden.',
	'Efter min erfaring er det ikke noget, man skal gå ind i for tidligt.',
	'Jeg havde en lignende sag engang, og der endte vi med en anbringelse.',
	'Jeg har set værre. Meget værre.',
	'Det minder mig om en familie, jeg havde for nogle år siden. Der skete ikke noget.',
	'Jeg går efter min erfaring, og den siger mig, at det nok skal gå.',
	'Jeg har tit oplevet, at det går over af sig selv.',
	'Jeg havde engang en mor, der mindede om hende her. Hun fik styr på det.',
	'Når man har siddet med det her i mange år, så ved man godt, hvordan den slags ender.'
]);

add('indforstaaet', ['VID.INDFORSTÅET'], '2002', [
	'Det kan man jo se med det samme.',
	'Det er jo sådan en typisk sag.',
	'Man ved jo godt, hvordan det går i sådan en familie.',
	'Det siger jo sig selv.',
	'Det behøver vi ikke diskutere, det er jo klart.',
	'Det kender vi alle sammen.',
	'Det er sådan nogle sager, hvor man bare ved det.',
	'Det er jo den type.',
	'Det ligger lidt i luften, hvad der skal ske.',
	'Jeg kan ikke forklare det, men det er min fornemmelse.',
	'Det er mavefornemmelsen, der siger det.',
	'Det ser man jo tit i de familier.',
	'Det er jo velkendt.',
	'Man har jo en fornemmelse af det, når man har været i det et stykke tid.',
	'Den slags behøver man ikke undersøge for at vide.'
]);

add('lov24', ['VID.LOV'], '2024', [
	'Vi skal også huske, at vi har pligt til at reagere, når der kommer en underretning af den karakter.',
	'Efter barnets lov skal vi jo også have {barnGen} perspektiv med.',
	'Der er jo klare krav til, hvad en undersøgelse skal indeholde.',
	'Det er ikke noget, vi kan vælge. Når bekymringen er der, har vi en handlepligt.',
	'Og så skal vi huske at orientere {voksne} om underretningen.'
]);

add('lov02', ['VID.LOV'], '2002', [
	'Efter serviceloven skal der jo laves en § 50-undersøgelse, hvis der er grund til det.',
	'Der er jo underretningspligten, så skolen og de andre skal også reagere.',
	'Vi skal jo også overholde reglerne om samtykke, så det er ikke bare sådan at gå ind.'
]);

// ---------- SPA: kollegial sparring ----------

add('gruppemoede', ['SPA.GRUPPEMØDE'], '2024', [
	'Den ville jeg helt sikkert tage med på gruppemødet.',
	'Det er en sag, jeg ikke ville sidde med alene. Den skal på gruppemødet.',
	'Jeg ville melde den på dagsordenen til næste gruppemøde.',
	'Vi har gruppemøde hver uge, og den her ville være oplagt at tage op.',
	'Sådan en sag tager vi altid op på gruppemødet, før vi lægger os fast.',
	'Jeg ville have den drøftet på gruppemødet allerede nu, mens undersøgelsen kører.',
	'Den er kompleks nok til, at den hører hjemme på et gruppemøde.',
	'På gruppemødet ville vi nok bruge en halv time på den.',
	'Jeg ville gerne have den på gruppemødet, fordi jeg er i tvivl om, hvad jeg skal pege på.',
	'Det er præcis den slags sager, vi har vores gruppemøder til.',
	'Vi har et fast punkt på gruppemødet til sager, hvor vi er i tvivl. Den ville komme der.',
	'Jeg ville tage den med til sagsdrøftelse i teamet.',
	'Det ville være oplagt at tage den op på teammødet og få den vendt.',
	'Jeg ville bede om at få den på gruppemødet, før jeg sender den videre.',
	'Hos os ville den ryge direkte på gruppemødet.'
]);

add('gruppemoede02', ['SPA.GRUPPEMØDE'], '2002', [
	'Jeg ville måske nævne den for de andre på teammødet, hvis der var tid.',
	'Vi har et teammøde, men der tager man ikke alle sager op.',
	'Den kunne godt komme op på et møde, men det er ikke noget, vi plejer.'
]);

add('flereoejne', ['SPA.FLERE-ØJNE'], '2024', [
	'Det er godt at få flere øjne på sådan en sag.',
	'Andre får tit øje på noget andet end det, jeg selv ser.',
	'Man kan have sine blinde vinkler, og det er derfor, det er godt at drøfte den.',
	'Jeg kan godt lide at få andres perspektiv på den, før jeg lægger mig fast.',
	'Vi ser jo sager forskelligt, og det er en styrke, når vi taler om dem.',
	'Det er ofte i drøftelsen med andre, at man opdager, hvad man har overset.',
	'Selv når jeg synes, jeg har styr på en sag, kan en kollega se noget, jeg ikke så.',
	'Flere perspektiver gør vurderingen stærkere, synes jeg.',
	'Jeg bliver tit klogere af at høre, hvordan andre læser en sag.',
	'Når vi er flere om den, får vi den nuanceret.',
	'Det er jo netop det, der er pointen med at drøfte den. Nye vinkler.',
	'Der er altid nogen, der stiller det spørgsmål, man ikke selv havde tænkt på.',
	'Det kan godt være, jeg har overset noget. Derfor vil jeg gerne høre jer.',
	'Jo mere kompleks den er, jo flere skal kigge på den.',
	'Det er sundt at blive spurgt ind til, hvorfor man mener det, man mener.'
]);

add('vi', ['SPA.VI'], '2024', [
	'Vi ville gå ind i den med det samme.',
	'Det er noget, vi gør sammen. Vi sidder ikke alene med det.',
	'Jeg tror, vi er ret enige om retningen her.',
	'Det er sådan, vi arbejder. Vi tager det i fællesskab.',
	'Vi har en fælles forståelse af, at sådan en sag skal undersøges.',
	'Vi ville nok starte med at mødes og lægge en plan.',
	'Vi plejer at sige, at ingen skal stå alene med de tunge sager.',
	'Vi er et team, og det er teamet, der bærer de svære sager.',
	'Vi har en fælles linje på det her område, og den ville vi følge.',
	'Vi skal have det her belyst, det er vi vist enige om.',
	'Vi kender hinanden godt, så vi kan også sige det, når vi er uenige.',
	'Vi taler om de her sager hele tiden i det daglige.',
	'Vi ville gøre, som vi plejer. Vi starter med at samle, hvad vi ved.',
	'Hos os ville vi tage den i fællesskab fra starten.',
	'Vi er vant til at tænke højt sammen om den slags sager.',
	'Det er jo sådan noget, vi står sammen om.',
	'Vi plejer at lande et fælles sted, også når vi starter forskellige steder.'
]);

add('raad', ['SPA.RÅD'], '2024', [
	'Jeg ville også vende den med {leder}.',
	'Jeg ville spørge en erfaren kollega, inden jeg gik videre.',
	'Hvis jeg var i tvivl, ville jeg gå ind til {leder} med det samme.',
	'Jeg plejer at vende den slags sager med min sidemakker.',
	'Det er sådan en sag, hvor jeg lige ville have en kollega til at læse med.',
	'Vi har altid mulighed for sparring med {leder}, også uden for gruppemøderne.',
	'Jeg ville ringe til vores psykolog og høre, hvad hun tænker.',
	'Jeg ville få råd fra nogen, der har haft lignende sager.',
	'Jeg ville også spørge dig, {navn}, for du har haft den slags sager før.',
	'Nogle gange går jeg bare ind på kontoret ved siden af og spørger.',
	'Jeg ville bruge {leder} til at kvalificere min vurdering.',
	'Det er rart at kunne trække på en faglig leder, der kender området.',
	'Jeg ville også høre sundhedsplejen eller vores psykolog, hvis vi har brug for en anden faglighed.'
]);

add('raad02', ['SPA.RÅD'], '2002', [
	'Jeg ville måske spørge afdelingslederen, hvis jeg var i tvivl.',
	'Man kan jo altid spørge en kollega, men det er min sag.',
	'Jeg ville nok ringe til en, jeg kender i psykologisk rådgivning.'
]);

add('spaUdfordrer', ['SPA.UDFORDRER'], '2024', [
	'Hvorfor lander du der, {navn}? Jeg vil bare gerne forstå det.',
	'Hvad er det, der gør, at du tænker sådan?',
	'Må jeg stille et kritisk spørgsmål? Hvad nu hvis vi tager fejl af {voksne}?',
	'Jeg vil godt lige udfordre os selv lidt. Er vi for hurtige til at blive enige?',
	'Hvis jeg skal være lidt kritisk over for os selv, så har vi ikke talt om, {mangler}.',
	'Går vi ikke for hurtigt frem nu?',
	'Hvad er det, du ser, som jeg ikke ser?',
	'Hvad skulle der til, for at du ville ændre din vurdering, {navn}?',
	'Lad os lige stoppe op. Hvad er fakta, og hvad er vores fortolkning?',
	'Nu er vi meget enige, og det gør mig faktisk lidt nervøs.',
	'Kan vi vende den om? Hvad taler imod, at vi gør det?',
	'Jeg vil gerne udfordre det med, at {fakta}. Ved vi det med sikkerhed?'
]);

add('konvergensMid', ['SPA.KONVERGENS'], '2024', [
	'Jeg synes, vi nærmer os hinanden.',
	'Nu hvor vi har talt om det, kan jeg bedre se, hvor du kommer fra, {navn}.',
	'Så er vi faktisk ikke så langt fra hinanden.',
	'Jeg har flyttet mig lidt undervejs, må jeg indrømme.',
	'Det er godt, vi fik vendt det. Nu giver det mere mening for mig.',
	'Jeg tror, vi kan mødes et sted, hvor begge dele er med.',
	'Okay, så hører jeg, at vi egentlig vil det samme.',
	'Når du siger det på den måde, kan jeg godt gå med på det.'
]);

add('konvergensSlut', ['SPA.KONVERGENS', 'VUR.BEK'], '2024', [
	'Så jeg tror, vi lander samme sted. Den er {gbek}, og vi skal {skridt}.',
	'Vi er vist enige om, at den er {gbek}. Næste skridt er at {skridt}.',
	'Hvis jeg skal samle op, så er den {gbek}, og vi vil {skridt}.',
	'Jeg tror, vi ender med at sige {gbek}, og at vi skal {skridt}.',
	'Så samlet set er den {gbek}. Det er vi enige om, og vi vil {skridt}.',
	'Jeg kan godt gå med på det. Den er {gbek}, og vi skal {skridt}.',
	'Når vi har vendt den, så er den {gbek}, og vi vil {skridt}.',
	'Godt. Så er vi enige om, at vi skal {skridt}, og at den er {gbek}.',
	'Det er vores fælles vurdering, at den er {gbek}. Vi vil {skridt}.',
	'Så vi ender et ret enslydende sted. Den er {gbek}, og vi vil {skridt}.',
	'Jeg hælder stadig lidt til en anden vurdering, men jeg kan godt gå med på, at den er {gbek}, og at vi skal {skridt}.',
	'Så for at samle op. Vi synes, den er {gbek}, og vi vil {skridt}.'
]);

add('ansvar', ['SPA.ANSVAR'], '2024', [
	'Beslutningen om en anbringelse ligger jo ikke hos os. Den ligger hos ledelsen.',
	'Det er rart, at man ikke står alene med ansvaret for så indgribende en beslutning.',
	'Hos os er det {beslutter}, der træffer den endelige beslutning.',
	'Vi laver indstillingen, men det er {beslutter}, der beslutter.',
	'Ansvaret er delt. Det er ikke min sag alene, selvom jeg er rådgiver på den.',
	'De tunge beslutninger træffes højere oppe, og det er egentlig fint.',
	'Jeg ville ikke kunne sove om natten, hvis jeg skulle træffe den beslutning alene.',
	'Vi har et fælles ansvar, men det er {beslutter}, der har det sidste ord.',
	'Hvis det ender med noget økonomisk tungt, så er det {beslutter}, der skal tage stilling.',
	'Det er en tryghed, at ledelsen er med, når det bliver indgribende.',
	'Det er ikke mig, der bestemmer det. Jeg kan kun pege på, hvad jeg mener, der er behov for.'
]);

add('ledelsesinfo', ['SPA.LEDELSESINFO'], '2024', [
	'Det ærgerlige er, at {beslutter} kun ser vores indstilling, ikke hele drøftelsen.',
	'Alle de overvejelser, vi har haft her, kommer jo ikke med op til ledelsen. De får bare konklusionen.',
	'Jeg savner nogle gange, at ledelsen hører, hvad vi har drøftet, og ikke kun, hvad vi peger på.',
	'Når den kommer i {beslutter}, er det jo bare et papir med en indstilling. Nuancerne forsvinder.',
	'Det kan godt være et problem, at dem, der beslutter, ikke har været med i drøftelsen.',
	'Vi skriver en indstilling på en halv side. Der er meget, der går tabt på vejen.',
	'Ledelsen får sjældent det hele med, og så bliver indsatsen ikke altid tilpasset familien.',
	'Jeg har oplevet, at {beslutter} har sagt nej, fordi de ikke kendte baggrunden godt nok.'
]);

add('individuel', ['SPA.INDIVIDUEL'], '2002', [
	'Jeg ville personligt {skridtI}.',
	'Hvis det var min sag, ville jeg {skridtI}.',
	'Jeg ville nok bare {skridtI}.',
	'Jeg ved ikke, hvad de andre vil, men jeg ville {skridtI}.',
	'Det er min egen vurdering, og jeg ville {skridtI}.',
	'For mit eget vedkommende ville jeg {skridtI}.',
	'Jeg ville selv {skridtI}. Det er sådan, jeg arbejder.',
	'Jeg ville tage den selv og {skridtI}.',
	'Jeg har min egen måde at gøre det på. Jeg ville {skridtI}.',
	'Jeg ville {skridtI}, men det er jo op til den enkelte sagsbehandler.',
	'Som sagsbehandler på den ville jeg {skridtI}.',
	'Jeg ville nok {skridtI}. Men det kan andre se anderledes.',
	'Der ville jeg {skridtI} og så se, hvad der sker.',
	'Jeg kan kun sige, hvad jeg selv ville gøre. Jeg ville {skridtI}.',
	'Jeg ville gøre, som jeg plejer, nemlig at {skridtI}.',
	'Min indstilling ville være at {skridtI}.',
	'Jeg ville helt klart {skridtI}.',
	'Hvis jeg fik den på mit bord i morgen, ville jeg {skridtI}.',
	'Jeg ville {skridtI}. Det er min holdning.',
	'Sådan som jeg arbejder, ville jeg {skridtI}.',
	'Jeg ville {skridtI}, og det behøver jeg ikke drøfte med nogen.'
]);

add('individuelPlain', ['SPA.INDIVIDUEL'], '2002', [
	'Det er mig, der har sagen, så det er min vurdering, der tæller.',
	'Det må den enkelte sagsbehandler jo afgøre.',
	'Det er svært at sige noget generelt. Det afhænger af, hvem der har sagen.',
	'Jeg tager ikke sådan en sag op med de andre. Jeg klarer den selv.',
	'Hver af os har jo vores egne sager, og vi gør det lidt på hver vores måde.',
	'Jeg har mine egne erfaringer at gå efter, og dem bruger jeg.',
	'Der er ikke nogen fælles linje. Man gør, hvad man selv synes.'
]);

add('spredning', ['IND.SPREDNING'], '2002', [
	'Jeg tror, vi ville gøre det vidt forskelligt her omkring bordet.',
	'Der er jo mange veje at gå, og vi vælger nok forskelligt.',
	'Vi er enige om, at der er et problem, men ikke om, hvad man skal gøre.',
	'Det kunne lige så godt ende med familiebehandling som med en anbringelse. Det kommer an på, hvem der har den.',
	'Jeg tror ikke, vi kan blive enige om en foranstaltning.',
	'Der er lige så mange løsninger, som der er sagsbehandlere.',
	'Vi har vist fire forskellige bud nu.',
	'Du ville gøre noget helt andet end mig, og sådan er det.',
	'Det er tydeligt, at vi ser forskellige løsninger.',
	'Her i afdelingen ville den få forskellige foranstaltninger, alt efter hvem der fik den.',
	'Det er svært at sige, hvad der er det rigtige. Vi gør det forskelligt.'
]);

add('slut02', ['VUR.BEK', 'IND.SPREDNING'], '2002', [
	'Jeg tror, de fleste af os vil sige, at den er {gbek}, men vi ville gøre noget forskelligt.',
	'Vi lander vel på, at den er {gbek}. Hvad man så gør, er en anden sag.',
	'Hvis jeg skal sige det for mig selv, er den {gbek}, men vi er ikke enige om, hvad der skal ske.',
	'Jeg holder fast i, at den er {gbek}, men jeg kan godt se, at vi vil noget forskelligt.',
	'Flertallet synes vel, den er {gbek}. Men foranstaltningerne er vi ikke enige om.'
]);

// ---------- IND: valg af indsats ----------

add('ind.bfu', ['IND.BFU'], '2024', [
	'Jeg ville starte en børnefaglig undersøgelse med det samme.',
	'Der skal laves en børnefaglig undersøgelse, så vi får det hele belyst.',
	'Næste skridt er en børnefaglig undersøgelse. Det er der ingen tvivl om.',
	'Jeg ville åbne en børnefaglig undersøgelse og få talt med alle parter.',
	'En børnefaglig undersøgelse er det første, så vi ved, hvad vi taler om.',
	'Undersøgelsen skal i gang nu, og vi skal ikke vente på mere.',
	'Vi skal ind og lave en grundig undersøgelse, både af {barnGen} situation og af {voksne}.',
	'Jeg ville sætte en undersøgelse i gang og indhente oplysninger fra {institution}.',
	'Undersøgelsen skal afdække både ressourcer og bekymringer.',
	'Jeg ville lave en børnefaglig undersøgelse, hvor vi også får {barnGen} perspektiv med.',
	'Der skal en undersøgelse til. Vi kan ikke pege på noget uden.',
	'Jeg ville iværksætte en børnefaglig undersøgelse og lave en plan for, hvem vi skal tale med.',
	'Vi skal have gang i en undersøgelse, og den skal prioriteres.',
	'Første skridt er at få sagen ordentligt oplyst gennem en børnefaglig undersøgelse.'
]);

add('ind.bfu02', ['IND.BFU'], '2002', [
	'Jeg ville lave en § 50-undersøgelse.',
	'Der skal nok laves en § 50-undersøgelse, før man gør noget.',
	'Jeg ville starte en § 50, men jeg ved ikke, om de andre ville.',
	'En § 50-undersøgelse ville nok være det rigtige.'
]);

add('ind.tidlig', ['IND.TIDLIG'], '2024', [
	'Jeg ville sætte {tidlig} i gang sideløbende med undersøgelsen.',
	'Vi behøver ikke vente på undersøgelsen for at sætte noget i gang. {Tidlig} kunne starte nu.',
	'Jeg tænker, at der også er brug for en tidlig indsats, fx {tidlig}.',
	'Mens vi undersøger, kunne vi tilbyde {tidlig}.',
	'Jeg ville ikke vente. {Tidlig} kan vi sætte i gang med det samme.',
	'Der skal noget støtte ind nu, og {tidlig} ville være et godt bud.',
	'Jeg ser gerne {tidlig} som en midlertidig indsats, mens vi finder ud af mere.',
	'Vi skal ikke lade familien stå alene, mens undersøgelsen kører. {Tidlig} kunne hjælpe.'
]);

add('ind.tidlig02', ['IND.TIDLIG'], '2002', [
	'Man kunne give dem {tidlig} og se, om det hjælper.',
	'Jeg ville tilbyde {tidlig}, det er det mindst indgribende.'
]);

add('ind.fambeh', ['IND.FAMBEH'], '2024', [
	'Jeg ville tilbyde {fambeh}.',
	'Familiebehandling kunne være relevant, men først når vi ved mere.',
	'Jeg tænker, at {fambeh} vil give mening, og det kan køre sideløbende.',
	'Hvis vi sætter familiebehandling på, skal det være {fambeh}.',
	'Jeg ville gerne have familiebehandlerne ind over, både som støtte og for at få mere viden.',
	'Familiebehandling er mit bud, men den skal målrettes.'
]);

add('ind.fambeh02', ['IND.FAMBEH'], '2002', [
	'Man kunne sætte familiebehandling ind og se, hvad de finder ud af.',
	'Jeg ville give familiebehandling, så får vi også mere at vide om familien.',
	'Familiebehandling ville være min foranstaltning.'
]);

add('ind.sikring', ['IND.SIKRING'], 'both', [
	'Jeg ville sørge for allerede i dag, at {sikring}.',
	'Der skal akut hjælp ind. Vi kan ikke vente.',
	'Jeg ville lave en akut plan, så {sikring}.',
	'Hvis det er nødvendigt, skal {hun} have et andet sted at være lige nu.',
	'Det første er at sikre {hende}, og det skal ske akut.',
	'Jeg ville tage kontakt til familien i dag og sikre, at {sikring}.'
]);

add('ind.specialteam', ['IND.SPECIALTEAM'], 'both', [
	'Jeg ville have {special} ind over.',
	'Jeg tænker, at {special} skal med tidligt.',
	'Det er en sag til {special}, hvis du spørger mig.',
	'Vi har brug for specialviden her, og {special} er oplagt.',
	'Jeg ville bede {special} om en konsultation, så vi ikke overser noget.'
]);

add('ind.netvaerk', ['IND.NETVÆRK'], 'both', [
	'Jeg ville indkalde til et netværksmøde med {netvaerk}.',
	'{Netvaerk} skal inddrages, det er helt afgørende.',
	'Jeg tænker, vi skal bruge {netvaerk} aktivt.',
	'Et netværksmøde kunne give os et bedre billede af, hvem der kan støtte.',
	'Vi skal have {netvaerk} med, både som ressource og som en del af sikkerheden.',
	'Jeg ville undersøge, hvad {netvaerk} konkret kan bidrage med.'
]);

add('ind.anbringelse', ['IND.ANBRINGELSE'], '2024', [
	'Hvis undersøgelsen viser det, kan det ende med en anbringelse, men den beslutning ligger hos {beslutter}.',
	'Jeg udelukker ikke en anbringelse, men det er ikke der, vi starter.',
	'En anbringelse kunne komme på tale, og så skal den forbi {beslutter}.'
]);

add('ind.anbringelse02', ['IND.ANBRINGELSE'], '2002', [
	'Jeg synes, {hun} skal anbringes uden for hjemmet.',
	'Jeg ville gå direkte efter en anbringelse.',
	'En døgninstitution eller en plejefamilie, det er der, {hun} hører hjemme lige nu.'
]);

add('ind.luk', ['IND.LUK'], '2002', [
	'Jeg ville lukke den. Der er ikke nok at gå efter.',
	'Jeg ville nok lukke sagen og så se, om der kommer en ny underretning.',
	'Ærligt talt ville jeg lukke den.'
]);

add('ind.uafklaret', ['IND.UAFKLARET'], '2024', [
	'Jeg vil ikke pege på en bestemt indsats, før undersøgelsen er lavet.',
	'Det er for tidligt at sige, hvilken indsats der er den rigtige.',
	'Vi ved simpelthen ikke nok til at vælge en indsats endnu.',
	'Jeg har svært ved at pege på noget konkret. Det afhænger af, hvad undersøgelsen viser.',
	'Hvilken indsats? Det kan jeg ikke sige endnu. Det må undersøgelsen vise.',
	'Jeg holder mig fra at sige noget om indsatser, før vi kender familien bedre.'
]);

add('ind.uafklaret02', ['IND.UAFKLARET'], '2002', [
	'Jeg ved ikke rigtig, hvad man skulle gøre.',
	'Jeg ville nok bare se tiden an.',
	'Jeg ville vente og se, om det bliver værre.'
]);

add('kontekst', ['IND.KONTEKST'], '2024', [
	'{lokalt}',
	'Det afhænger også af, hvad vi har til rådighed. {lokalt}',
	'Hos os ville det skulle forbi {beslutter}, og de kigger også på økonomien.',
	'Det er jo ikke alle kommuner, der har de samme tilbud. {lokalt}',
	'Det er lidt forskelligt, hvad vi kan tilbyde, alt efter hvor pengene er.',
	'I praksis kommer det an på, hvad der er af ledige pladser.',
	'Det er en politisk prioritering, hvad vi har af forebyggende tilbud.',
	'{økonomi}',
	'Jeg ved godt, hvad jeg ville ønske, men det er ikke sikkert, vi har det. {økonomi}',
	'Hos os skal den slags indsatser visiteres, så der går lidt tid.',
	'Vi har gode erfaringer med vores egne tilbud, men de er ikke ens alle steder.'
]);

add('kontekst02', ['IND.KONTEKST'], '2002', [
	'Det afhænger også af, hvad kommunen har råd til.',
	'Vi har ikke så mange foranstaltninger at vælge imellem herude.'
]);

// ---------- Uncoded material ----------

add('fill', [], 'both', [
	'Det er en svær en.',
	'Puha.',
	'Det er sådan en, man lige skal tygge lidt på.',
	'Jeg kan starte.',
	'Nu skal jeg lige samle tankerne.',
	'Ja, hvor skal man starte.',
	'Jeg har læst den et par gange.',
	'Jeg skal lige finde mine noter.',
	'Hmm.',
	'Det er sådan en klassiker.',
	'Godt spørgsmål.',
	'Jeg sad og tænkte på det samme.',
	'Ja, altså.'
]);

add('recap', [], 'both', [
	'Der står jo, at {fakta}.',
	'Jeg lagde mærke til, at {fakta}.',
	'Og så er der det med, at {fakta}.',
	'Det fremgår også, at {fakta}.',
	'Man skal også huske, at {fakta}.',
	'Det står også, at {fakta}.',
	'Vi skal heller ikke glemme, at {fakta}.',
	'Jeg noterede mig, at {fakta}.',
	'Og der er jo også det, at {fakta}.',
	'Læg mærke til, at {fakta}.',
	'Hertil kommer, at {fakta}.'
]);

// ---------- Interviewer ----------

add('i.open', [], 'both', [
	'Hvad tænker I om {barn}?',
	'Hvad er jeres første indtryk af sagen om {beskrivelse}?',
	'Så går vi videre til {beskrivelse}. Hvad tænker I?',
	'Hvordan vurderer I sagen om {beskrivelse}?',
	'Hvad er det første, der falder jer i øjnene i sagen om {beskrivelse}?',
	'Vil nogen starte med at sige noget om {beskrivelse}?',
	'Den næste er sagen om {beskrivelse}. Hvor bekymrede er I?',
	'Lad os tage {beskrivelse}. Hvad tænker I, når I læser den?'
]);

add('i.vid', [], 'both', [
	'Hvad mangler I at vide?',
	'Hvad med barnets perspektiv?',
	'Hvad ved I egentlig, og hvad tror I?',
	'Er der noget i beskrivelsen, I undrer jer over?',
	'Hvordan ser I familiens ressourcer?'
]);

add('i.spa', [], 'both', [
	'Ville det være en sag, I tog op med andre?',
	'Hvordan ville I bruge jeres kolleger i sådan en sag?',
	'Er der andre, der ser det anderledes?',
	'Hvad tænker resten af jer?',
	'Ville I drøfte den med jeres leder?'
]);

add('i.ind', [], 'both', [
	'Hvad ville I gøre som det første?',
	'Hvad er næste skridt?',
	'Hvad ville I gøre hos jer?',
	'2024|Hvilke indsatser tænker I på?',
	'2002|Hvilke foranstaltninger tænker I på?',
	'Hvad skal der ske nu?',
	'Hvordan ville I gribe den an?'
]);

add('i.why', [], 'both', ['Ja, fordi?', 'Kan du uddybe det?', 'Hvordan det?', 'Hvad mener du med det?', 'Fortæl lidt mere.']);

add('i.cont', [], 'both', [
	'Ja, {navn}?',
	'Fortsæt bare, {navn}.',
	'Uddyb gerne, {navn}.',
	'Hvad tænker du mere, {navn}?',
	'Vil du sige lidt mere om det, {navn}?',
	'Og hvad så mere, {navn}?',
	'Mm. Ja?',
	'Du ville sige noget mere?'
]);

add('i.meta', [], '2024', [
	'Hvordan tror I, man ville have vurderet den her for tyve år siden?',
	'Ville den være blevet behandlet anderledes for tyve år siden, tror I?'
]);

add('i.enig02', [], '2002', [
	'Kan I blive enige om, hvad der skal ske?',
	'Så I ser den ret forskelligt?',
	'Er der en fælles vurdering her?',
	'Hvad tænker de andre om det?'
]);

export const TEMPLATES: Record<string, Template[]> = Object.fromEntries(
	T.map((g) => [g[0].id.split('#')[0], g])
);
