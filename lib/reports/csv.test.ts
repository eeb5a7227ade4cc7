import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('report CSV (S23)', () => {
  it('S23 prefixes cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.test","x")')).toBe(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(csvCell('+62 812')).toBe(`"'+62 812"`);
    expect(csvCell('-1+1')).toBe(`"'-1+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });
  it('keeps numbers as numbers (a negative figure is not text) and quotes text', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(4.5)).toBe('4.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b\n"c"')).toBe('"a,b\n""c"""');
  });
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const out = toCsv([['Nama', 'Nilai'], ['Budi', 5]]);
    expect(out.startsWith('\uFEFF"Nama","Nilai"\r\n"Budi",5')).toBe(true);
  });
});
