// Turns uploaded bytes into normalised text: BOM/UTF-16/Windows-1252 detection,
// binary refusal, LF line endings, NFC, and mojibake detection/repair.
// Browser-safe: TextDecoder only for utf-8/utf-16le (Windows-1252 is decoded by our own table,
// because Node's TextDecoder('windows-1252') decodes as ISO-8859-1 and turns 0x80 into U+0080, not €).
import { transcriptError, transcriptWarning } from './errors';
import type { Result, TextEncodingName, TranscriptWarning } from './types';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	hadBom: boolean;
	warnings: TranscriptWarning[];
}

/** Unicode code points of Windows-1252 bytes 0x80–0x9F (WHATWG: undefined bytes map to C1 controls). */
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];
const CP1252_REVERSE = new Map<number, number>(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));

export function decodeWindows1252(bytes: Uint8Array): string {
	const chunk = 8192;
	const parts: string[] = [];
	const codes = new Uint16Array(Math.min(chunk, bytes.length));
	for (let off = 0; off < bytes.length; off += chunk) {
		const n = Math.min(chunk, bytes.length - off);
		for (let i = 0; i < n; i++) {
			const b = bytes[off + i];
			codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
		}
		parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(0, n))));
	}
	return parts.join('');
}

/** Windows-1252 bytes of `text`, or null when a character has no 1252 byte. */
function encodeWindows1252(text: string): Uint8Array | null {
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80 || (c >= 0xa0 && c <= 0xff) || (c >= 0x80 && c <= 0x9f)) out[i] = c;
		else {
			const b = CP1252_REVERSE.get(c);
			if (b === undefined) return null;
			out[i] = b;
		}
	}
	return out;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
	let b = bytes;
	if (b.length % 2 === 1) b = b.subarray(0, b.length - 1);
	if (bigEndian) {
		const swapped = new Uint8Array(b.length);
		for (let i = 0; i < b.length; i += 2) {
			swapped[i] = b[i + 1];
			swapped[i + 1] = b[i];
		}
		b = swapped;
	}
	return new TextDecoder('utf-16le').decode(b);
}

/** Guesses BOM-less UTF-16 from NUL bytes on one side of each code unit (Latin text has high byte 0). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const half = n / 2;
	if (oddZero / half > 0.6 && evenZero / half < 0.05) return 'utf-16le';
	if (evenZero / half > 0.6 && oddZero / half < 0.05) return 'utf-16be';
	return null;
}

// Letters/punctuation that UTF-8 continuation bytes 0x80–0xBF become when read as Windows-1252.
const CONT = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
// Only the leads Ã/Â (U+00C0–U+00FF, e.g. æøå é §) and â€ (punctuation), so a genuine 'Å…' is not flagged.
const MOJIBAKE = new RegExp(`\u00c3${CONT}|\u00c2[\\u00a0-\\u00bf]|\u00e2\u20ac${CONT}|\ufffd`, 'g');

function countMatches(re: RegExp, s: string): { count: number; sample: string } {
	re.lastIndex = 0;
	let count = 0;
	let sample = '';
	for (const m of s.matchAll(re)) {
		if (count === 0) sample = m[0];
		count++;
	}
	return { count, sample };
}

/**
 * Mojibake (UTF-8 once read as Windows-1252): repaired only when the whole text re-encodes to
 * 1252 bytes that form valid UTF-8 (unambiguous: every suspicious sequence then came from the same
 * mistake); otherwise only a warning, since mixed text cannot be repaired safely.
 */
export function repairMojibake(text: string): { text: string; warning?: TranscriptWarning } {
	const found = countMatches(MOJIBAKE, text);
	if (found.count === 0) return { text };
	const bytes = found.sample === '\ufffd' ? null : encodeWindows1252(text);
	if (bytes) {
		try {
			const repaired = new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
			if (countMatches(MOJIBAKE, repaired).count < found.count) {
				return {
					text: repaired,
					warning: transcriptWarning('mojibake_repaired', { count: found.count, sample: found.sample })
				};
			}
		} catch {
			// not valid UTF-8 after re-encoding: fall through to a warning
		}
	}
	return {
		text,
		warning: transcriptWarning('mojibake_suspected', { count: found.count, sample: found.sample })
	};
}

/** Line endings to LF; Unicode line/paragraph separators and VT/FF (Word's manual breaks) to LF. */
export function normaliseNewlines(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u2028\v\f]/g, '\n')
		.replace(/\u2029/g, '\n\n');
}

// C0 except TAB/LF, DEL and C1. VT/FF/CR are normalised to LF before this runs.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function decodeText(bytes: Uint8Array): Result<DecodedText> {
	if (bytes.length === 0) return { ok: false, error: transcriptError('empty_file') };
	const warnings: TranscriptWarning[] = [];
	let encoding: TextEncodingName;
	let hadBom = false;
	let text: string;

	const b0 = bytes[0];
	const b1 = bytes[1];
	if ((b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
		return { ok: false, error: transcriptError('bad_encoding', { encoding: 'utf-32' }) };
	}
	if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
		hadBom = true;
		encoding = 'utf-8';
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
		} catch {
			return { ok: false, error: transcriptError('bad_encoding', { encoding: 'utf-8' }) };
		}
	} else if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
		hadBom = true;
		encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
		text = decodeUtf16(bytes.subarray(2), encoding === 'utf-16be');
	} else {
		const utf16 = sniffUtf16(bytes);
		if (utf16) {
			encoding = utf16;
			text = decodeUtf16(bytes, utf16 === 'utf-16be');
			warnings.push(transcriptWarning('utf16_without_bom', { encoding: utf16 }));
		} else {
			if (bytes.includes(0)) {
				return { ok: false, error: transcriptError('binary_file', { reason: 'nul_bytes' }) };
			}
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
				encoding = 'utf-8';
			} catch {
				text = decodeWindows1252(bytes);
				encoding = 'windows-1252';
				warnings.push(transcriptWarning('decoded_windows_1252'));
			}
		}
	}

	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	text = normaliseNewlines(text);

	let controls = 0;
	for (const _ of text.matchAll(CONTROL)) controls++;
	if (controls > 0) {
		if (controls > 2 && controls / text.length > 0.02) {
			return { ok: false, error: transcriptError('binary_file', { reason: 'control_characters' }) };
		}
		text = text.replace(CONTROL, '');
		warnings.push(transcriptWarning('control_characters_removed', { count: controls }));
	}
	// A BOM in the middle comes from concatenated files; it is invisible and would shift offsets.
	text = text.replace(/\ufeff/g, '').normalize('NFC');

	const fixed = repairMojibake(text);
	text = fixed.text;
	if (fixed.warning) warnings.push(fixed.warning);

	return { ok: true, value: { text, encoding, hadBom, warnings } };
}
