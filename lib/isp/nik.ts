// NIK (Nomor Induk Kependudukan), the 16-digit national ID number: PP RR DD ddmmyy SSSS —
// province, regency/city, district (Dukcapil codes at registration), birth date (women add 40 to the
// day), serial. Pure, so the sign-up form validates with the same rules as the server; the service
// checks the province against the loaded areas as well.
import { z } from 'zod';

/** Province codes in use (Kepmendagri 2022 numbering, the Papua provinces included). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

export type NikProblem = 'length' | 'digits' | 'region' | 'date';
export type NikInfo = { provinceCode: string; regencyCode: string; birthDate: string; sex: 'male' | 'female' };
export type NikResult = ({ ok: true } & NikInfo) | { ok: false; problem: NikProblem };

/** A KTP is issued at 17: of the two centuries, the birth year is the one that makes the holder 17 or older. */
const ADULT_AGE = 17;

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/** Spaces and dots people type between the groups are ignored. */
export function normalizeNik(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function parseNik(input: string, opts: { now?: Date; provinceCodes?: ReadonlySet<string> } = {}): NikResult {
  const nik = normalizeNik(input);
  if (!/^\d*$/.test(nik)) return { ok: false, problem: 'digits' };
  if (nik.length !== 16) return { ok: false, problem: 'length' };
  const provinceCode = nik.slice(0, 2);
  const regency = nik.slice(2, 4);
  if (!(opts.provinceCodes ?? PROVINCE_CODES).has(provinceCode) || regency === '00' || nik.slice(4, 6) === '00') return { ok: false, problem: 'region' };

  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex = day > 40 ? 'female' : 'male';
  if (day > 40) day -= 40;
  const now = opts.now ?? new Date();
  const newest = now.getUTCFullYear() - ADULT_AGE;
  const year = 2000 + yy <= newest ? 2000 + yy : 1900 + yy;
  if (!isRealDate(year, month, day)) return { ok: false, problem: 'date' };
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (birthDate > now.toISOString().slice(0, 10)) return { ok: false, problem: 'date' };
  return { ok: true, provinceCode, regencyCode: `${provinceCode}.${regency}`, birthDate, sex };
}

/** Catalog keys for each problem (messages/*.json, isp.nik.*). */
export const NIK_MESSAGES: Record<NikProblem, string> = {
  length: 'isp.nik.length',
  digits: 'isp.nik.digits',
  region: 'isp.nik.region',
  date: 'isp.nik.date',
};

/** For forms: accepts "3374 0151 0890 0001", outputs the 16 digits. */
export const nikSchema = z
  .string()
  .max(40, 'isp.nik.length')
  .transform((v, ctx) => {
    const r = parseNik(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: NIK_MESSAGES[r.problem] });
      return z.NEVER;
    }
    return normalizeNik(v);
  });

/** "3374015108900001" → "************0001" for staff lists and the applicant's own pages. */
export function maskNik(nik: string): string {
  return `${'•'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}`;
}
