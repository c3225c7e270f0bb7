// Heuristics that decide what is a speaker label, a section heading or a quote attribution.
// They are deliberately conservative: a missed label only merges text into the previous turn
// (visible in the preview), while a false label invents a speaker.
import { TIMESTAMP_RANGE_SOURCE, parseTimestampRange } from './timestamps';

export interface SpeakerLineMatch {
	speaker: string;
	/** Utterance text after the label on the same line (may be empty). */
	rest: string;
	timestamp?: string;
	endTimestamp?: string;
}

/** First words that introduce metadata or notes, never a speaker ('Kl. 14: …', 'Note: …', 'Dato: …'). */
const META_FIRST_WORDS = new Set(
	(
		'note noter notat nb obs ps kl klokken tid tidspunkt dato date time sted place location deltagere ' +
		'participants varighed duration transskribent transskription transskriberet transcriber transcript ' +
		'transcription interview fokusgruppe focus titel title emne subject tema fil file lydfil optagelse ' +
		'recording kilde source link url http https www mail email e-mail tlf telefon adresse vignet vignette ' +
		'vignetten vignetterne case sagseksempel sektion section kapitel chapter del part side page bilag appendix figur tabel table ' +
		'kommune eksempel eksempelvis fx dvs bemærk husk vedr jf se red ad navn name taler'
	).split(' ')
);

/** Single words that Danish speech puts before a colon ('Altså: …'); not names. */
const DISCOURSE_WORDS = new Set(
	(
		'altså ja nej jo men og så fordi eller hvis når da nu der det den jeg vi du de man hun han ' +
		'problemet spørgsmålet pointen sagen faktisk desuden endelig først dernæst konklusion ' +
		'og derfor derudover ergo hmm øh åh ok okay'
	).split(' ')
);

/** Words that make a multi-word 'label' a clause ('Det er sådan: …'), not a name or role. */
const FUNCTION_WORDS = new Set(
	(
		'er var være det den der jeg vi du han hun de man og at som så men for til med på om har havde ' +
		'kan kunne skal skulle vil ville ikke en et sig mig dig os jer dem hvad hvor hvorfor hvordan ' +
		'i the is was and to of it'
	).split(' ')
);

const LABEL_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'’\-/&]*$/u;

/** True for 'Interviewer', 'Sagsbehandler 4', 'Faglig leder', 'I', 'K1-R2', 'Sara (rådgiver)'. */
export function isSpeakerLabel(raw: string): boolean {
	const label = raw.replace(/\s+/g, ' ').trim();
	if (label.length === 0 || label.length > 60) return false;
	const base = label.replace(/\s*\([^()]{1,40}\)$/, '');
	if (!/^\p{Lu}/u.test(base)) return false;
	const words = base.split(' ');
	if (words.length > 4) return false;
	if (!words.every((w) => LABEL_WORD.test(w))) return false;
	const first = words[0].toLowerCase().replace(/\.$/, '');
	if (META_FIRST_WORDS.has(first)) return false;
	if (words.length === 1) return !DISCOURSE_WORDS.has(first);
	return !words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}

function cleanLabel(raw: string): string {
	let s = raw.trim();
	// Markdown emphasis around the label; a loop, because an unanchored /[*_]+$/ scans every position.
	let a = 0;
	let b = s.length;
	while (a < b && (s[a] === '*' || s[a] === '_')) a++;
	while (b > a && (s[b - 1] === '*' || s[b - 1] === '_')) b--;
	s = s.slice(a, b);
	return /\s\s|[\t\n\u00a0]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

const LEADING_TS = new RegExp(
	`^(?:\\[(${TIMESTAMP_RANGE_SOURCE})\\]\\s*|\\((${TIMESTAMP_RANGE_SOURCE})\\)\\s*|(${TIMESTAMP_RANGE_SOURCE})\\s+)`
);
const TRAILING_TS = new RegExp(`\\s*(?:\\[(${TIMESTAMP_RANGE_SOURCE})\\]|\\((${TIMESTAMP_RANGE_SOURCE})\\)|\\s(${TIMESTAMP_RANGE_SOURCE}))$`);
const BRACKETED_TS_START = new RegExp(`^[\\[(](${TIMESTAMP_RANGE_SOURCE})[\\])]\\s*`);
const TS_ONLY = new RegExp(`^[\\[(]?(${TIMESTAMP_RANGE_SOURCE})[\\])]?$`);
// The first colon followed by space/end (or closing bold) ends the label: 'Sara (12:03): …' still works.
const LABEL_COLON = /^(.{1,80}?)(?:\*\*|__)?:(?:\*\*|__)?(?:\s+|$)/;

/** A line that is only a timestamp, e.g. '[00:12:03]'. */
export function matchTimestampLine(line: string): { timestamp: string; endTimestamp?: string } | null {
	const m = TS_ONLY.exec(line.trim());
	return m ? parseTimestampRange(m[1]) : null;
}

/**
 * Recognises 'Name: utterance' with optional timestamps before the name ('[00:12:03] Sara: …',
 * '(12:03) Sara: …'), between name and colon ('Sara [00:12:03]: …') or right after the colon,
 * markdown bold ('**Sara:** …', '**Sara**: …'), and the export style 'Sara  00:12:03' alone on
 * a line (no colon, utterance on the following lines).
 */
export function matchSpeakerLine(line: string): SpeakerLineMatch | null {
	let s = line.trim();
	let ts: { timestamp: string; endTimestamp?: string } | null = null;
	const lead = LEADING_TS.exec(s);
	if (lead) {
		ts = parseTimestampRange(lead[1] ?? lead[2] ?? lead[3]);
		if (ts) s = s.slice(lead[0].length);
	}
	const m = LABEL_COLON.exec(s);
	if (m) {
		let label = cleanLabel(m[1]);
		const trail = TRAILING_TS.exec(label);
		if (trail) {
			const t = parseTimestampRange(trail[1] ?? trail[2] ?? trail[3]);
			if (t) {
				ts = ts ?? t;
				label = cleanLabel(label.slice(0, trail.index));
			}
		}
		let rest = s.slice(m[0].length).replace(/^(?:\*\*|__)\s*/, '');
		const after = BRACKETED_TS_START.exec(rest);
		if (after) {
			const t = parseTimestampRange(after[1]);
			if (t) {
				ts = ts ?? t;
				rest = rest.slice(after[0].length);
			}
		}
		if (isSpeakerLabel(label)) return { speaker: label, rest: rest.trim(), ...(ts ?? {}) };
		return null;
	}
	// 'Speaker 1  0:03' header line: needs a timestamp to be told apart from an ordinary short line.
	if (!lead) {
		const trail = TRAILING_TS.exec(s);
		if (trail) {
			const t = parseTimestampRange(trail[1] ?? trail[2] ?? trail[3]);
			const label = cleanLabel(s.slice(0, trail.index));
			if (t && isSpeakerLabel(label)) return { speaker: label, rest: '', ...t };
		}
	}
	return null;
}

const SECTION_KEYWORD =
	/^(vignet(?:te)?|case|sagseksempel)\b\s*(\d+[a-zæøå]?)?\s*(?:[:.–—-]\s*(.*))?$/iu;

/**
 * Section label from a heading. 'Vignet: Kira' and 'Vignet 2 – Kira' give 'Kira'; 'Vignet 2' gives
 * 'Vignet 2'. With `requireKeyword` (a plain line, not a markdown/Word heading) only short
 * 'Vignet …' lines count, so a sentence starting with 'Vignetten' or 'Vignet: Kira er 4 år.' does not.
 */
export function parseSectionHeading(
	raw: string,
	requireKeyword: boolean
): { label: string; heading: string } | null {
	const heading = cleanLabel(raw.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''));
	if (heading.length === 0) return null;
	const m = SECTION_KEYWORD.exec(heading.replace(/:$/, ''));
	if (m) {
		const name = (m[3] ?? '').trim();
		if (requireKeyword && name) {
			if (heading.length > 80 || name.split(/\s+/).length > 6 || /[.?!]$/.test(name)) return null;
		}
		const label = name || (m[2] ? `${m[1]} ${m[2]}` : m[1]);
		return { label, heading };
	}
	if (requireKeyword) return null;
	return { label: heading.replace(/:$/, ''), heading };
}

/** Words that start parentheticals which are not attributions: non-verbal notes, references, asides. */
const NON_ATTRIBUTION_FIRST = new Set(
	(
		'griner griner ler latter pause suk sukker hoster host mumler utydeligt uhørligt uforståeligt ' +
		'uklart afbrydes afbryder overlap overlappende krydstale stilhed tavshed laughter laughs inaudible ' +
		'crosstalk silence sic red jf fx se eks note min mine vores egen egne i at som og men der det den ' +
		'her hvor hvilket dvs ca bl mv osv etc p s kilde ibid ref'
	).split(' ')
);

/** '(Sagsbehandler 4, SDP, interview)', '(leder af familieafdeling)', '(Rådgiver)'; not '(…)', '(Skytte, 2002)', '(griner)'. */
export function isAttribution(raw: string): boolean {
	const x = raw.replace(/\s+/g, ' ').trim();
	if (x.length === 0 || x.length > 80) return false;
	if (!/^\p{L}/u.test(x) || /…|\.\.\.|[:?!;]/.test(x)) return false;
	if (/\b(?:1[89]|20)\d{2}\b/.test(x)) return false;
	const words = x.split(' ');
	if (words.length > 6) return false;
	const first = words[0].toLowerCase().replace(/[.,]$/, '');
	if (NON_ATTRIBUTION_FIRST.has(first)) return false;
	if (words.length === 1 && !/^\p{Lu}/u.test(x)) return false;
	return true;
}

/**
 * Splits a paragraph that ends with an attribution in parentheses (inline, or on its own line,
 * optionally followed by '.'). `utterance` is '' when the paragraph is only the attribution.
 */
export function matchAttribution(paragraph: string): { speaker: string; utterance: string } | null {
	const text = paragraph.trim().replace(/\.\s*$/, '').trimEnd();
	if (!text.endsWith(')')) return null;
	const open = text.lastIndexOf('(');
	if (open < 0) return null;
	const inner = text.slice(open + 1, -1);
	if (inner.includes(')') || !isAttribution(inner)) return null;
	return {
		speaker: inner.replace(/\s+/g, ' ').trim(),
		utterance: text.slice(0, open).trim()
	};
}
