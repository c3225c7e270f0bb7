// NLP benchmark: index a deterministic 1M-word Danish-like study and time KWIC queries,
// frequencies, keyness and keyword suggestions. Figures are printed, never asserted.
import {
	buildIndex,
	defaultKeywordLists,
	frequencies,
	indexMemoryEstimate,
	keyness,
	matchKeywords,
	search
} from '../../src/lib/nlp/index';

// Real Danish words, roughly by frequency in spoken talk (rank order drives the Zipf weights).
const VOCAB = `og det jeg at er i der en så ikke på de vi har man med til som for den et også
lige ja hun han var skal kan jo bare hvis om sige noget nogle meget godt når eller hvad hvor
nu barnet mor mor moren faren far børn børnene barn barnets familien familie sagen sag sager
tænker tror synes ved kunne ville skulle blive bliver blev være været have havde få får gøre
undersøgelse undersøgelsen undersøgelser undersøgelserne undersøge undersøgt børnefaglig børnefaglige
bekymring bekymringen bekymret bekymrende bekymringer alvorlig alvorligt akut hjælp hjælpe
gruppemøde gruppemødet gruppemøder teammøde sparring sparre sparrer kollega kollegaer kolleger
leder lederen ledelsen ledelse beslutning beslutningen indstilling indstillingen ansvar ansvaret
kommune kommunen kommuner kommunernes kommunens rådgiver rådgiveren rådgivere sagsbehandler
indsats indsatsen indsatser støtte familiebehandling familiebehandlingen anbringelse anbringelsen
anbringe anbragt plejefamilie institution netværk netværket mormor morfar bedsteforældre
erfaring erfaringen erfaringer viden vurdering vurderingen vurderinger vurdere vurderer
perspektiv perspektivet barnets børnesamtale samtale samtalen samtaler oplysninger information
alkohol misbrug misbruget dagplejemor dagplejen børnehaven skolen skole lærer pædagog
hjemmet hjem hjemme situation situationen forældre forældrene forælder sikre sikkerhed tryg
økonomi penge politik tilbud tilbuddet ressourcer ressource udfordringer udfordring problem
problemer tidlig tidligt dengang dag år uge måned gang gange tid tiden længe lang kort
stor lille ny gammel første anden sidste hele helt rigtig rigtigt vigtigt svært nemt klart
sammen alene hinanden altid aldrig ofte måske faktisk egentlig desværre heldigvis selvfølgelig
spørgsmål svar møde mødet møder lov loven paragraf serviceloven værktøj metode systematisk`.split(/\s+/);

// Compounds and inflections for a realistic long tail of rare types (real transcripts have tens of thousands).
const PREFIXES = `børne familie sags forældre skole dagpleje netværks pleje behandlings kommune
underretnings sikkerheds misbrugs alkohol omsorgs trivsels udviklings samarbejds handle visitations
leder team gruppe fag myndigheds special hjemme ungdoms sundheds psykiatri`.split(/\s+/);
const HEADS = `sag møde plan samtale arbejde indsats forløb vurdering beslutning rådgiver team
område tilbud undersøgelse udvalg gruppe perspektiv faglighed praksis ressource`.split(/\s+/);
const SUFFIXES = ['', 'en', 'er', 'erne', 's'];
const TAIL: string[] = [];
for (const p of PREFIXES) for (const h of HEADS) for (const x of SUFFIXES) TAIL.push(p + h + (h.endsWith('e') && x.startsWith('e') ? x.slice(1) : x));
const WORDS = [...VOCAB, ...TAIL];

const NAMES = ['Sara', 'Karen', 'Lars', 'Juna', 'Rebekka', 'Trine', 'Sandra', 'Line', 'Mille', 'Fie', 'Susan', 'Mona', 'Erik', 'Carmen'];

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Deterministic study: `docs` documents, `words` words in all, Zipf(1) over WORDS. */
export function generateStudy(words = 1_000_000, docs = 300, seed = 2024): { id: string; text: string }[] {
	const rnd = mulberry32(seed);
	const cum: number[] = [];
	let sum = 0;
	for (let r = 0; r < WORDS.length; r++) cum.push((sum += 1 / (r + 1)));
	const pick = () => {
		const x = rnd() * sum;
		let lo = 0;
		let hi = cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cum[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return WORDS[lo];
	};
	const perDoc = Math.floor(words / docs);
	const out: { id: string; text: string }[] = [];
	for (let d = 0; d < docs; d++) {
		const parts: string[] = [];
		let n = 0;
		while (n < perDoc) {
			const turn: string[] = [`Interviewer: Hvad tænker I om sag ${d + 1}?`];
			const speaker = NAMES[Math.floor(rnd() * NAMES.length)];
			const sentences: string[] = [];
			const ns = 1 + Math.floor(rnd() * 4);
			for (let s = 0; s < ns && n < perDoc; s++) {
				const len = 5 + Math.floor(rnd() * 14);
				const w: string[] = [];
				for (let i = 0; i < len; i++) w.push(pick());
				n += len;
				if (len > 8) w[4] += ',';
				if (rnd() < 0.1) w.splice(2, 0, rnd() < 0.5 ? 'f.eks.' : 'bl.a.');
				w[0] = w[0][0].toUpperCase() + w[0].slice(1);
				sentences.push(w.join(' ') + (rnd() < 0.15 ? '?' : '.'));
			}
			turn.push(`${speaker}: ${sentences.join(' ')}`);
			parts.push(turn.join('\n\n'));
		}
		out.push({ id: `doc-${String(d + 1).padStart(3, '0')}`, text: parts.join('\n\n') });
	}
	return out;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function timeIt<T>(f: () => T): { ms: number; value: T } {
	const t0 = performance.now();
	const value = f();
	return { ms: performance.now() - t0, value };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

function memNow(): number {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (gc) gc();
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
}

export async function run(): Promise<void> {
	const gen = timeIt(() => generateStudy());
	const docs = gen.value;
	const chars = docs.reduce((a, d) => a + d.text.length, 0);
	console.log(`generated ${docs.length} documents, ${(chars / 1e6).toFixed(1)} M characters in ${gen.ms.toFixed(0)} ms`);

	const before = memNow();
	const built = timeIt(() => buildIndex(docs));
	const index = built.value;
	const after = memNow();
	const est = indexMemoryEstimate(index);
	console.log(`index: ${index.tokenCount.toLocaleString('en')} tokens, ${index.terms.length} terms, ${index.stems.length} stems`);
	console.log(`  build time            ${(built.ms / 1000).toFixed(2)} s   (target < 10 s)`);
	console.log(
		`  heap+arrayBuffers Δ   ${mb(after - before)}${(globalThis as { gc?: unknown }).gc ? '' : ' (no --expose-gc: rough)'}; typed arrays ${mb(est.typedArrays)}, vocabulary ≈ ${mb(est.vocabulary)}`
	);

	const queries: [string, string, object][] = [
		['word', 'barnet', {}],
		['stem', '~undersøgelse', {}],
		['wildcard', 'undersøg*', {}],
		['phrase', 'børnefaglig undersøgelse', { match: 'stem' }],
		['frequent word', 'og', { limit: 1000 }]
	];
	for (const [label, q, opts] of queries) {
		const first = timeIt(() => search(index, q, opts));
		const times: number[] = [];
		for (let i = 0; i < 11; i++) times.push(timeIt(() => search(index, q, opts)).ms);
		const r = first.value;
		console.log(
			`  KWIC ${label.padEnd(13)} ${JSON.stringify(q).padEnd(28)} ${String(r.total).padStart(6)} hits (${r.hits.length} built): median ${median(times).toFixed(1)} ms, first ${first.ms.toFixed(1)} ms   (target < 100 ms)`
		);
	}

	const half = Math.floor(docs.length / 2);
	const a = { docs: docs.slice(0, half).map((d) => d.id) };
	const b = { docs: docs.slice(half).map((d) => d.id) };
	const f = timeIt(() => frequencies(index, { by: 'stem' }));
	console.log(`  frequencies by stem   ${f.ms.toFixed(0)} ms (${f.value.rows.length} rows, ${f.value.total.toLocaleString('en')} words)`);
	const k = timeIt(() => keyness(index, a, b, { by: 'word' }));
	console.log(`  keyness halves (word) ${k.ms.toFixed(0)} ms; top A: ${k.value.overA.slice(0, 3).map((r) => `${r.term} G²=${r.g2.toFixed(1)}`).join(', ')}`);

	const sub = index.docs.slice(0, 30).map((d) => ({ id: d.id, text: d.text }));
	const subIndex = buildIndex(sub);
	const s = timeIt(() => matchKeywords(subIndex, defaultKeywordLists(), { unit: 'sentence' }));
	const subWords = subIndex.tokenCount;
	console.log(`  default keyword suggestions, 34 codes, ${subWords.toLocaleString('en')} tokens (sentence units, cold): ${s.ms.toFixed(0)} ms, ${s.value.length} suggestions`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
