import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvObjects } from './csv';

describe('CSV reader for the area files', () => {
  it('reads plain, quoted, doubled-quote and comma-in-quotes fields', () => {
    const text = 'code,district_code,name\n12.07.28.1007,12.07.28,"Lubuk Pakam I,II"\r\n35.13.15.2017,35.13.15,"Soka""an"\n11.01.01.2001,11.01.01,Keude Bakongan\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'district_code', 'name'],
      ['12.07.28.1007', '12.07.28', 'Lubuk Pakam I,II'],
      ['35.13.15.2017', '35.13.15', 'Soka"an'],
      ['11.01.01.2001', '11.01.01', 'Keude Bakongan'],
    ]);
  });

  it('keys rows by the header and tolerates a missing final newline and a BOM', () => {
    expect(parseCsvObjects('\ufeffcode,name\n11,Aceh\n12,Sumatera Utara')).toEqual([
      { code: '11', name: 'Aceh' },
      { code: '12', name: 'Sumatera Utara' },
    ]);
  });
});
