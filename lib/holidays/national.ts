// Indonesian national public holidays (hari libur nasional, "tanggal merah") and the government's
// collective leave days (cuti bersama), listed by hand with their Indonesian names.
//
// MUST be checked against the SKB (Surat Keputusan Bersama) of the Minister of Religious Affairs, the
// Minister of Manpower and the Minister of Administrative Reform every year, and after each sidang
// isbat: Islamic holidays move when the new moon is sighted a day later or earlier.
//
// 2026: SKB Nomor 1497, 2 and 5 Tahun 2025 (17 holidays, 8 days of cuti bersama).
// 2027: no SKB when this list was written. The dates are computed from the Gregorian, Hijri (MABIMS
// sighting criteria), Chinese, Saka and Buddhist calendars and no cuti bersama is listed; replace
// them with the SKB's dates once it is published.

import type { Conn } from '@/db/client';
import { holidays } from '@/db/schema';

export type NationalHoliday = { day: string; name: string; kind: 'holiday' | 'collective_leave' };

export const INDONESIAN_NATIONAL_HOLIDAYS: readonly NationalHoliday[] = [
  // 2026 — libur nasional
  { day: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'holiday' },
  { day: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad S.A.W.', kind: 'holiday' },
  { day: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'holiday' },
  { day: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'holiday' },
  { day: '2026-03-21', name: 'Idulfitri 1447 Hijriah (hari pertama)', kind: 'holiday' },
  { day: '2026-03-22', name: 'Idulfitri 1447 Hijriah (hari kedua)', kind: 'holiday' },
  { day: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'holiday' },
  { day: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'holiday' },
  { day: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'holiday' },
  { day: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'holiday' },
  { day: '2026-05-27', name: 'Iduladha 1447 Hijriah', kind: 'holiday' },
  { day: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'holiday' },
  { day: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'holiday' },
  { day: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah', kind: 'holiday' },
  { day: '2026-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia', kind: 'holiday' },
  { day: '2026-08-25', name: 'Maulid Nabi Muhammad S.A.W.', kind: 'holiday' },
  { day: '2026-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'holiday' },
  // 2026 — cuti bersama
  { day: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', kind: 'collective_leave' },
  { day: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'collective_leave' },
  { day: '2026-03-20', name: 'Cuti Bersama Idulfitri 1447 Hijriah', kind: 'collective_leave' },
  { day: '2026-03-23', name: 'Cuti Bersama Idulfitri 1447 Hijriah', kind: 'collective_leave' },
  { day: '2026-03-24', name: 'Cuti Bersama Idulfitri 1447 Hijriah', kind: 'collective_leave' },
  { day: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus', kind: 'collective_leave' },
  { day: '2026-05-28', name: 'Cuti Bersama Iduladha 1447 Hijriah', kind: 'collective_leave' },
  { day: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus (Natal)', kind: 'collective_leave' },
  // 2027 — libur nasional (computed; check against the SKB for 2027)
  { day: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'holiday' },
  { day: '2027-01-06', name: 'Isra Mikraj Nabi Muhammad S.A.W.', kind: 'holiday' },
  { day: '2027-02-06', name: 'Tahun Baru Imlek 2578 Kongzili', kind: 'holiday' },
  { day: '2027-03-09', name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)', kind: 'holiday' },
  { day: '2027-03-10', name: 'Idulfitri 1448 Hijriah (hari pertama)', kind: 'holiday' },
  { day: '2027-03-11', name: 'Idulfitri 1448 Hijriah (hari kedua)', kind: 'holiday' },
  { day: '2027-03-26', name: 'Wafat Yesus Kristus', kind: 'holiday' },
  { day: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'holiday' },
  { day: '2027-05-01', name: 'Hari Buruh Internasional', kind: 'holiday' },
  { day: '2027-05-06', name: 'Kenaikan Yesus Kristus', kind: 'holiday' },
  { day: '2027-05-17', name: 'Iduladha 1448 Hijriah', kind: 'holiday' },
  { day: '2027-05-20', name: 'Hari Raya Waisak 2571 BE', kind: 'holiday' },
  { day: '2027-06-01', name: 'Hari Lahir Pancasila', kind: 'holiday' },
  { day: '2027-06-06', name: '1 Muharam Tahun Baru Islam 1449 Hijriah', kind: 'holiday' },
  { day: '2027-08-15', name: 'Maulid Nabi Muhammad S.A.W.', kind: 'holiday' },
  { day: '2027-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia', kind: 'holiday' },
  { day: '2027-12-25', name: 'Kelahiran Yesus Kristus (Natal)', kind: 'holiday' },
];

/** The years this list covers. */
export const NATIONAL_HOLIDAY_YEARS = [...new Set(INDONESIAN_NATIONAL_HOLIDAYS.map((h) => Number(h.day.slice(0, 4))))];

/**
 * Inserts the listed days that are missing (all years, or one); days already in the table, edited or
 * not, are left alone, so this is safe to run again. Returns how many were added.
 */
export async function insertNationalHolidays(conn: Conn, year?: number): Promise<number> {
  const rows = INDONESIAN_NATIONAL_HOLIDAYS.filter((h) => !year || h.day.startsWith(`${year}-`)).map(({ day, name }) => ({ day, name }));
  if (!rows.length) return 0;
  const added = await conn.insert(holidays).values(rows).onConflictDoNothing({ target: holidays.day }).returning({ day: holidays.day });
  return added.length;
}
