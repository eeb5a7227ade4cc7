// The staff queue's filters as they travel in the URL (?status=new&status=assigned&sla=breached&sort=due).
// Parsed leniently: an unknown value is dropped, never an error, so a hand-edited URL still shows a
// queue (S25: an unknown sort falls back to the default). Safe to import in the browser.
import { z } from 'zod';
import { OPEN_STATUSES, SLA_STATES, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES, type TicketStatus } from './constants';

export const TICKET_SORTS = ['due', 'created', 'number', 'priority', 'status'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
export type SortDir = 'asc' | 'desc';

/** Deepest page served with OFFSET; past it the user narrows the filter (the count is capped to match). */
export const MAX_PAGE = 500;

type Raw = Record<string, string | string[] | undefined>;

const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean);
const one = (v: string | string[] | undefined) => many(v)[0];
const pick = <T extends string>(list: readonly T[], v: string | undefined): T | undefined => list.find((x) => x === v);
const uuid = (v: string | undefined) => (v && z.uuid().safeParse(v).success ? v : undefined);
const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : undefined);

export type TicketFilters = {
  /** 'open' = every status that still needs work (the default queue); 'all' = no status filter. */
  statusMode: 'open' | 'all' | 'some';
  statuses: TicketStatus[];
  sla?: (typeof SLA_STATES)[number];
  category?: (typeof TICKET_CATEGORIES)[number];
  priority?: (typeof TICKET_PRIORITIES)[number];
  customerId?: string;
  servicePointId?: string;
  engineerId?: string;
  from?: string;
  to?: string;
  q?: string;
  sort: TicketSort;
  dir: SortDir;
  page: number;
};

export function parseTicketFilters(sp: Raw): TicketFilters {
  // Repeated (?status=new&status=assigned, the filter form) or comma-joined (links we build).
  const rawStatuses = many(sp.status).flatMap((v) => v.split(','));
  let statusMode: TicketFilters['statusMode'] = 'open';
  let statuses: TicketStatus[] = [...OPEN_STATUSES];
  if (rawStatuses.includes('all')) {
    statusMode = 'all';
    statuses = [];
  } else {
    const chosen = TICKET_STATUSES.filter((s) => rawStatuses.includes(s));
    if (chosen.length && !rawStatuses.includes('open')) {
      statusMode = 'some';
      statuses = chosen;
    }
  }
  const q = one(sp.q)?.slice(0, 100);
  const sort = pick(TICKET_SORTS, one(sp.sort)) ?? (statusMode === 'open' ? 'due' : 'created');
  const dir = pick(['asc', 'desc'] as const, one(sp.dir)) ?? (sort === 'due' || sort === 'number' ? 'asc' : 'desc');
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(one(sp.page)) || 1)));
  return {
    statusMode,
    statuses,
    sla: pick(SLA_STATES, one(sp.sla)),
    category: pick(TICKET_CATEGORIES, one(sp.category)),
    priority: pick(TICKET_PRIORITIES, one(sp.priority)),
    customerId: uuid(one(sp.customer)),
    servicePointId: uuid(one(sp.sp)),
    engineerId: uuid(one(sp.engineer)),
    from: day(one(sp.from)),
    to: day(one(sp.to)),
    q: q || undefined,
    sort,
    dir,
    page,
  };
}

/** Back to URL parameters (for pagination, sort headers and the CSV link); defaults are left out. */
export function filtersToParams(f: TicketFilters, overrides: Partial<Record<string, string | undefined>> = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (f.statusMode === 'all') p.set('status', 'all');
  if (f.statusMode === 'some') p.set('status', f.statuses.join(','));
  const set = (k: string, v: string | undefined) => {
    if (v) p.set(k, v);
  };
  set('sla', f.sla);
  set('category', f.category);
  set('priority', f.priority);
  set('customer', f.customerId);
  set('sp', f.servicePointId);
  set('engineer', f.engineerId);
  set('from', f.from);
  set('to', f.to);
  set('q', f.q);
  set('sort', f.sort);
  set('dir', f.dir);
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) p.delete(k);
    else p.set(k, v);
  }
  return p;
}

export function isFiltered(f: TicketFilters): boolean {
  return f.statusMode !== 'open' || !!(f.sla || f.category || f.priority || f.customerId || f.servicePointId || f.engineerId || f.from || f.to || f.q);
}
