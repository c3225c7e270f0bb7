import { describe, expect, it } from 'vitest';
import { countWords, diffStats, setDiffCostCap, sideBySide, tokenize, wordDiff } from './diff';
import type { DiffPart } from './types';

const join = (parts: DiffPart[]) => parts.map((p) => p.text).join('');

/** Both columns must rebuild their input exactly. */
function expectRebuilds(a: string, b: string, parts: DiffPart[]) {
	const { left, right } = sideBySide(parts);
	expect(join(left)).toBe(a);
	expect(join(right)).toBe(b);
}

// Deterministic pseudo-random generator for property tests.
function rng(seed: number) {
	let s = seed;
	return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe('tokenize', () => {
	it('keeps Danish words, hyphenated compounds, abbreviations and numbers whole', () => {
		expect(tokenize('Børnefaglig § 50-undersøgelse, f.eks. 3.000 æøå-ord.')).toEqual([
			'Børnefaglig',
			' ',
			'§',
			' ',
			'50-undersøgelse',
			',',
			' ',
			'f.eks',
			'.',
			' ',
			'3.000',
			' ',
			'æøå-ord',
			'.'
		]);
	});

	it('splits whitespace and punctuation runs into their own tokens', () => {
		expect(tokenize('"Mor sover."\n\nHun')).toEqual(['"', 'Mor', ' ', 'sover', '."', '\n\n', 'Hun']);
		expect(countWords('"Mor sover."\n\nHun')).toBe(3);
	});
});

describe('wordDiff', () => {
	it('returns one same part for identical texts', () => {
		const t = 'Kira bor hos sin mor.';
		expect(wordDiff(t, t)).toEqual([{ kind: 'same', text: t }]);
	});

	it('handles empty inputs', () => {
		expect(wordDiff('', '')).toEqual([]);
		expect(wordDiff('', 'ny tekst')).toEqual([{ kind: 'added', text: 'ny tekst' }]);
		expect(wordDiff('gammel tekst', '')).toEqual([{ kind: 'removed', text: 'gammel tekst' }]);
	});

	it('shows wholly different texts as one removed and one added part', () => {
		expect(wordDiff('alfa beta gamma', 'delta epsilon zeta')).toEqual([
			{ kind: 'removed', text: 'alfa beta gamma' },
			{ kind: 'added', text: 'delta epsilon zeta' }
		]);
	});

	it('finds an insertion in the middle', () => {
		expect(wordDiff('Kira bor hos sin mor.', 'Kira bor fast hos sin mor.')).toEqual([
			{ kind: 'same', text: 'Kira bor ' },
			{ kind: 'added', text: 'fast ' },
			{ kind: 'same', text: 'hos sin mor.' }
		]);
	});

	it('finds a deletion in the middle', () => {
		expect(wordDiff('Kira bor fast hos sin mor.', 'Kira bor hos sin mor.')).toEqual([
			{ kind: 'same', text: 'Kira bor ' },
			{ kind: 'removed', text: 'fast ' },
			{ kind: 'same', text: 'hos sin mor.' }
		]);
	});

	it('replaces Danish words with æøå whole, not letter by letter', () => {
		expect(wordDiff('Sagsbehandleren så mormor.', 'Rådgiveren så mormor.')).toEqual([
			{ kind: 'removed', text: 'Sagsbehandleren' },
			{ kind: 'added', text: 'Rådgiveren' },
			{ kind: 'same', text: ' så mormor.' }
		]);
		expect(wordDiff('en foranstaltning', 'en støttende indsats')).toEqual([
			{ kind: 'same', text: 'en ' },
			{ kind: 'removed', text: 'foranstaltning' },
			{ kind: 'added', text: 'støttende indsats' }
		]);
	});

	it('treats punctuation as its own token', () => {
		expect(wordDiff('Hun sover.', 'Hun sover!')).toEqual([
			{ kind: 'same', text: 'Hun sover' },
			{ kind: 'removed', text: '.' },
			{ kind: 'added', text: '!' }
		]);
	});

	it('keeps the minimal diff with cleanup "none" and merges it with "semantic"', () => {
		const a = 'the quick brown fox jumps over the lazy dog';
		const b = 'the quick red fox leaps over the very lazy dog';
		expect(wordDiff(a, b, { cleanup: 'none' })).toEqual([
			{ kind: 'same', text: 'the quick ' },
			{ kind: 'removed', text: 'brown' },
			{ kind: 'added', text: 'red' },
			{ kind: 'same', text: ' fox ' },
			{ kind: 'removed', text: 'jumps' },
			{ kind: 'added', text: 'leaps' },
			{ kind: 'same', text: ' over the ' },
			{ kind: 'added', text: 'very ' },
			{ kind: 'same', text: 'lazy dog' }
		]);
		expect(wordDiff(a, b)).toEqual([
			{ kind: 'same', text: 'the quick ' },
			{ kind: 'removed', text: 'brown fox jumps' },
			{ kind: 'added', text: 'red fox leaps' },
			{ kind: 'same', text: ' over the ' },
			{ kind: 'added', text: 'very ' },
			{ kind: 'same', text: 'lazy dog' }
		]);
	});

	it('never emits empty parts or two neighbouring parts of the same kind', () => {
		const parts = wordDiff('a b c d e f', 'a x c y e z');
		for (const p of parts) expect(p.text).not.toBe('');
		for (let i = 1; i < parts.length; i++) expect(parts[i].kind === parts[i - 1].kind).toBe(false);
	});

	it('rebuilds both inputs exactly for random texts (both cleanup modes)', () => {
		const r = rng(42);
		const vocab = 'og at der en i på mor barn æble ø, Åen. kommunen rådgiver\n\n'.split(' ');
		const make = () => {
			const n = Math.floor(r() * 40);
			const words: string[] = [];
			for (let i = 0; i < n; i++) words.push(vocab[Math.floor(r() * vocab.length)]);
			return words.join(r() < 0.5 ? ' ' : '  ');
		};
		for (let t = 0; t < 300; t++) {
			const a = make();
			const b = make();
			expectRebuilds(a, b, wordDiff(a, b));
			expectRebuilds(a, b, wordDiff(a, b, { cleanup: 'none' }));
		}
	});

	it('finds a longest common subsequence of words for small inputs', () => {
		// Compare the number of kept words with a brute-force LCS over word tokens.
		const r = rng(7);
		const lcs = (x: string[], y: string[]) => {
			const dp = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
			for (let i = 1; i <= x.length; i++)
				for (let j = 1; j <= y.length; j++)
					dp[i][j] = x[i - 1] === y[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
			return dp[x.length][y.length];
		};
		for (let t = 0; t < 200; t++) {
			const x = Array.from({ length: Math.floor(r() * 15) }, () => 'abcde'[Math.floor(r() * 5)]);
			const y = Array.from({ length: Math.floor(r() * 15) }, () => 'abcde'[Math.floor(r() * 5)]);
			const s = diffStats(wordDiff(x.join(' '), y.join(' '), { cleanup: 'none' }));
			expect(s.wordsSame).toBe(lcs(x, y));
		}
	});

	it('stays valid when the cost cap cuts the search short', () => {
		const prev = setDiffCostCap(2);
		try {
			const a = 'a b c d e f g h i j k l';
			const b = 'x a y c z e w g v i u k';
			const parts = wordDiff(a, b, { cleanup: 'none' });
			expectRebuilds(a, b, parts);
		} finally {
			setDiffCostCap(prev);
		}
	});

	it('handles two 3,000-word texts', () => {
		const r = rng(3);
		const vocab = Array.from({ length: 800 }, (_, i) => 'ord' + i).concat(['og', 'at', 'i', 'på', 'mor', 'barn']);
		const a = Array.from({ length: 3000 }, () => vocab[Math.floor(r() * vocab.length)]);
		const b = a.map((w) => (r() < 0.1 ? 'nyt' + Math.floor(r() * 50) : w));
		const parts = wordDiff(a.join(' '), b.join(' '));
		expectRebuilds(a.join(' '), b.join(' '), parts);
		const s = diffStats(parts);
		expect(s.wordsA).toBe(3000);
		expect(s.wordsB).toBe(3000);
		expect(s.wordsSame).toBeGreaterThan(2400);
	});
});

describe('sideBySide and diffStats', () => {
	it('splits parts into left (same+removed) and right (same+added) columns', () => {
		const parts = wordDiff('Sagsbehandleren laver en § 50-undersøgelse.', 'Rådgiveren laver en børnefaglig undersøgelse.');
		const { left, right } = sideBySide(parts);
		expect(left.every((p) => p.kind !== 'added')).toBe(true);
		expect(right.every((p) => p.kind !== 'removed')).toBe(true);
		expect(left.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['Sagsbehandleren', '§ 50-undersøgelse']);
		expect(right.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['Rådgiveren', 'børnefaglig undersøgelse']);
	});

	it('counts words added, removed and kept', () => {
		const s = diffStats(wordDiff('Sagsbehandleren laver en § 50-undersøgelse.', 'Rådgiveren laver en børnefaglig undersøgelse.'));
		expect(s).toEqual({
			wordsA: 4,
			wordsB: 5,
			wordsSame: 2,
			wordsRemoved: 2,
			wordsAdded: 3,
			keptShare: 0.5
		});
		expect(diffStats([])).toMatchObject({ wordsA: 0, keptShare: 1 });
	});
});
