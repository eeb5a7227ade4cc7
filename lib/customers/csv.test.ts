import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csvCell (S23)', () => {
  it.each([
    ['=HYPERLINK("http://evil.test","klik")', `"'=HYPERLINK(""http://evil.test"",""klik"")"`],
    ['+6281234567890', "'+6281234567890"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
  ])('prefixes formula-looking %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('PT "Maju", Tbk')).toBe('"PT ""Maju"", Tbk"');
    expect(csvCell('baris 1\nbaris 2')).toBe('"baris 1\nbaris 2"');
    expect(csvCell('Budi')).toBe('Budi');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['vip', 'sekolah'])).toBe('"vip, sekolah"');
  });

  it('builds CRLF rows', () => {
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
  });
});
