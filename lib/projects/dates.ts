// Derived project dates, shared by the customer page and the ticket pages. Pure: no DB, no clock.
// Dates without time are 'yyyy-mm-dd' strings (DATA.md), compared as strings.
import { zonedParts } from '@/lib/format/date';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/config';

export type ProjectDates = {
  deliveryEnd: string | null;
  installationEnd: string | null;
  warrantyMonths: number;
  contractStart: string | null;
  contractMonths: number;
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * 'yyyy-mm-dd' plus whole months. The day is clamped to the target month's length, the way contracts
 * are read: 31 January + 1 month is 28 (or 29) February.
 */
export function addMonths(day: string, months: number): string {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not a yyyy-mm-dd date: ${day}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(Number(m[3]), last))}`;
}

/** Warranty runs from the end of installation (or of delivery when there was no installation). */
export function warrantyStart(p: Pick<ProjectDates, 'deliveryEnd' | 'installationEnd'>): string | null {
  return p.installationEnd ?? p.deliveryEnd ?? null;
}

/** Installation end (or delivery end) + warranty months; null without a start or without warranty. */
export function warrantyEnd(p: Pick<ProjectDates, 'deliveryEnd' | 'installationEnd' | 'warrantyMonths'>): string | null {
  const start = warrantyStart(p);
  return start && p.warrantyMonths > 0 ? addMonths(start, p.warrantyMonths) : null;
}

/** Contract start + contract months; null without a start or without a period. */
export function contractEnd(p: Pick<ProjectDates, 'contractStart' | 'contractMonths'>): string | null {
  return p.contractStart && p.contractMonths > 0 ? addMonths(p.contractStart, p.contractMonths) : null;
}

/** A calendar day: a 'yyyy-mm-dd' string as is, an instant as its day in the business zone. */
export function toDay(date: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (typeof date === 'string') {
    if (!ISO_DAY.test(date)) throw new RangeError(`not a yyyy-mm-dd date: ${date}`);
    return date;
  }
  const p = zonedParts(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Covered on that day: from the warranty start through the warranty end, both inclusive. */
export function inWarranty(p: ProjectDates, date: Date | string, timeZone?: string): boolean {
  const start = warrantyStart(p);
  const end = warrantyEnd(p);
  if (!start || !end) return false;
  const day = toDay(date, timeZone);
  return day >= start && day <= end;
}

/** Under contract on that day: from the contract start through the contract end, both inclusive. */
export function inContract(p: ProjectDates, date: Date | string, timeZone?: string): boolean {
  const end = contractEnd(p);
  if (!p.contractStart || !end) return false;
  const day = toDay(date, timeZone);
  return day >= p.contractStart && day <= end;
}
