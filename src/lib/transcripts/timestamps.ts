/** A clock time as written in transcripts: 'H:MM:SS', 'MM:SS', optional '.mmm' or ',mmm'. */
export const TIMESTAMP_SOURCE = '(?:\\d{1,3}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?';
/** One timestamp or a range 'a - b' / 'a – b' / 'a --> b'. */
export const TIMESTAMP_RANGE_SOURCE = `${TIMESTAMP_SOURCE}(?:\\s*(?:-->|[-–—])\\s*${TIMESTAMP_SOURCE})?`;

const ONE = new RegExp(`^(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?$`);

/** Normalises to 'HH:MM:SS.mmm'; two-part times are MM:SS (the usual in transcripts). */
export function normaliseTimestamp(raw: string): string | null {
	const m = ONE.exec(raw.trim());
	if (!m) return null;
	const h = m[1] === undefined ? 0 : Number(m[1]);
	const min = Number(m[2]);
	const s = Number(m[3]);
	if (min > 59 || s > 59) return null;
	const ms = m[4] === undefined ? '000' : m[4].padEnd(3, '0');
	return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:${String(s).padStart(2, '0')}.${ms}`;
}

/** Parses 'a' or 'a - b' into normalised timestamps. */
export function parseTimestampRange(raw: string): { timestamp: string; endTimestamp?: string } | null {
	const parts = raw.split(/\s*(?:-->|[-–—])\s*/);
	if (parts.length > 2) return null;
	const timestamp = normaliseTimestamp(parts[0]);
	if (!timestamp) return null;
	if (parts.length === 1) return { timestamp };
	const endTimestamp = normaliseTimestamp(parts[1]);
	return endTimestamp ? { timestamp, endTimestamp } : null;
}

/** Milliseconds of a normalised timestamp, for ordering. */
export function timestampToMs(ts: string): number {
	const m = /^(\d+):(\d{2}):(\d{2})\.(\d{3})$/.exec(ts);
	if (!m) return NaN;
	return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}
