import { describe, expect, it } from 'vitest';
import { maskNik, nikSchema, parseNik } from './nik';

const NOW = new Date('2026-11-25T03:00:00Z');

describe('NIK validation', () => {
  it('reads a valid NIK: region, birth date and sex', () => {
    // 33.74.01 (Semarang Tengah), born 15-08-1990, male, serial 0001
    expect(parseNik('3374011508900001', { now: NOW })).toEqual({
      ok: true,
      provinceCode: '33',
      regencyCode: '33.74',
      birthDate: '1990-08-15',
      sex: 'male',
    });
  });

  it('reads the female encoding (day + 40)', () => {
    expect(parseNik('3273025508950002', { now: NOW })).toMatchObject({ ok: true, birthDate: '1995-08-15', sex: 'female' });
    expect(parseNik('3273027112000003', { now: NOW })).toMatchObject({ ok: true, birthDate: '2000-12-31', sex: 'female' });
  });

  it('picks the century that makes the holder at least 17', () => {
    expect(parseNik('3174010101090001', { now: NOW })).toMatchObject({ ok: true, birthDate: '2009-01-01' });
    expect(parseNik('3174010101100001', { now: NOW })).toMatchObject({ ok: true, birthDate: '1910-01-01' });
  });

  it('ignores the spaces and dots people type', () => {
    expect(parseNik('3374 0115 0890 0001', { now: NOW })).toMatchObject({ ok: true });
    expect(nikSchema.parse('3374.0115.0890.0001')).toBe('3374011508900001');
  });

  it('refuses a wrong length', () => {
    expect(parseNik('337401150890001', { now: NOW })).toEqual({ ok: false, problem: 'length' });
    expect(parseNik('33740115089000011', { now: NOW })).toEqual({ ok: false, problem: 'length' });
    expect(parseNik('', { now: NOW })).toEqual({ ok: false, problem: 'length' });
  });

  it('refuses non-digits', () => {
    expect(parseNik('33740115089O0001', { now: NOW })).toEqual({ ok: false, problem: 'digits' });
    expect(parseNik('-374011508900001', { now: NOW })).toEqual({ ok: false, problem: 'digits' });
  });

  it('refuses impossible dates (31 Feb, month 13, day 0, 29 Feb of a common year)', () => {
    expect(parseNik('3374013102900001', { now: NOW })).toEqual({ ok: false, problem: 'date' });
    expect(parseNik('3374017102900001', { now: NOW })).toEqual({ ok: false, problem: 'date' }); // female 31 Feb
    expect(parseNik('3374011513900001', { now: NOW })).toEqual({ ok: false, problem: 'date' });
    expect(parseNik('3374010008900001', { now: NOW })).toEqual({ ok: false, problem: 'date' });
    expect(parseNik('3374013508900001', { now: NOW })).toEqual({ ok: false, problem: 'date' }); // day 35: neither
    expect(parseNik('3374012902930001', { now: NOW })).toEqual({ ok: false, problem: 'date' });
    expect(parseNik('3374012902920001', { now: NOW })).toMatchObject({ ok: true, birthDate: '1992-02-29' });
  });

  it('refuses a bad region: unknown province, regency 00', () => {
    expect(parseNik('9974011508900001', { now: NOW })).toEqual({ ok: false, problem: 'region' });
    expect(parseNik('2074011508900001', { now: NOW })).toEqual({ ok: false, problem: 'region' });
    expect(parseNik('3300011508900001', { now: NOW })).toEqual({ ok: false, problem: 'region' });
    // the list can come from the database (areas at level province)
    expect(parseNik('3374011508900001', { now: NOW, provinceCodes: new Set(['32']) })).toEqual({ ok: false, problem: 'region' });
  });

  it('the zod schema reports catalog keys', () => {
    const r = nikSchema.safeParse('3374013102900001');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe('isp.nik.date');
    expect(nikSchema.safeParse('12').error?.issues[0].message).toBe('isp.nik.length');
  });

  it('masks all but the last four digits', () => {
    expect(maskNik('3374011508900001')).toBe('••••••••••••0001');
  });
});
