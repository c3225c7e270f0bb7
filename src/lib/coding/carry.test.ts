import { describe, expect, it } from 'vitest';
import { carryCodings } from './carry';

describe('carryCodings', () => {
	const oldText = 'Jeg er rigtig bekymret for Kira.\n\nVi tager den på gruppemødet i morgen.';

	it('keeps offsets when the text is identical', () => {
		const [c] = carryCodings(oldText, oldText, [{ start: 4, end: 22 }]);
		expect(c).toMatchObject({ start: 4, end: 22, placed: true });
	});

	it('moves codings past an insertion and keeps their text', () => {
		const newText = 'Ja. ' + oldText.replace('Vi tager', 'Vi tager helt klart');
		const codings = [
			{ start: 4, end: 22 }, // "er rigtig bekymret"
			{ start: 34, end: 70 } // the second turn, which now has words inserted in its middle
		];
		const [first, second] = carryCodings(oldText, newText, codings);
		expect(first.placed).toBe(true);
		expect(newText.slice(first.start, first.end)).toBe('er rigtig bekymret');
		expect(second.placed).toBe(false);
		expect(second.end).toBeGreaterThan(second.start);
	});

	it('marks a coding whose words were removed as not placed', () => {
		const newText = oldText.replace('rigtig bekymret', 'lidt urolig');
		const [c] = carryCodings(oldText, newText, [{ start: 7, end: 22 }]);
		expect(c.placed).toBe(false);
	});

	it('places a coding when only text elsewhere changed', () => {
		const newText = oldText.replace('i morgen', 'på torsdag');
		const [c] = carryCodings(oldText, newText, [{ start: 0, end: 32 }]);
		expect(c.placed).toBe(true);
		expect(newText.slice(c.start, c.end)).toBe('Jeg er rigtig bekymret for Kira.');
	});
});
