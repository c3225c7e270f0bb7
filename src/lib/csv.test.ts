import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(toCsv([['a', 'b,c', 'd"e', 'f\ng']])).toBe('a,"b,c","d""e","f\ng"\r\n');
	});

	it('defuses spreadsheet formulas', () => {
		expect(toCsv([['=HYPERLINK("x")', '- jeg synes', 'æøå']])).toBe(`"'=HYPERLINK(""x"")",'- jeg synes,æøå\r\n`);
		expect(toCsv([['-0.25', '+3', '1e-4']])).toBe('-0.25,+3,1e-4\r\n');
	});
});
