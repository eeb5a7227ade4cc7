import { NextResponse, type NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
// Spreadsheet-safe cells (formula starts get an apostrophe, C15/S23), CRLF, BOM for Excel.
import { CSV_BOM, csvRow as line } from '@/lib/customers/csv';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/config';
import { logError } from '@/lib/log';
import { getSettings } from '@/lib/settings/store';
import { SLA_STATES, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from '@/lib/tickets/constants';
import type { TicketListItem } from '@/lib/tickets/dto';
import { parseTicketFilters } from '@/lib/tickets/filters';
import { exportTickets } from '@/lib/tickets/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /staff/tickets/export?<the queue's filters> — the current queue as CSV, in the caller's
 * language and scope, streamed in batches and capped at EXPORT_CAP rows.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const me = await getCurrentUser();
  if (!me) return NextResponse.redirect(new URL(`/login?callbackUrl=${encodeURIComponent('/staff/tickets')}`, req.url));
  if (!can(me.role, 'ticket.read')) return new NextResponse('Forbidden', { status: 403 });

  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(req.nextUrl.searchParams.keys())) {
    const all = req.nextUrl.searchParams.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const filters = parseTicketFilters(raw);
  const batches = await exportTickets(filters);

  const { locale: l } = await params;
  const locale = isLocale(l) ? l : DEFAULT_LOCALE;
  const t = await getTranslations({ locale, namespace: 'tickets' });
  const tz = (await getSettings()).regional.timeZone;
  // One formatter for every cell ("2026-11-25 14:05" in the business zone): building an
  // Intl.DateTimeFormat per value costs more than the whole database read at 50,000 rows.
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const when = (d: Date | null) => {
    if (!d) return '';
    const p = Object.fromEntries(fmt.formatToParts(d).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };
  // Labels looked up once, not per row: 50,000 rows would otherwise format 200,000 messages.
  const label = <K extends string>(ns: string, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, t(`${ns}.${k}` as never)])) as Record<K, string>;
  const category = label('category', TICKET_CATEGORIES);
  const priority = label('priority', TICKET_PRIORITIES);
  const status = label('status', TICKET_STATUSES);
  const slaState = label('sla', SLA_STATES);
  const row = (r: TicketListItem) =>
    line([
      r.number,
      when(r.createdAt),
      r.customerName,
      category[r.category],
      priority[r.priority],
      status[r.status],
      slaState[r.slaState],
      when(r.slaDueAt),
      r.servicePointName,
      r.assigneeName,
      r.summary,
    ]);
  const header = line(['number', 'createdAt', 'customer', 'category', 'priority', 'status', 'sla', 'slaDue', 'servicePoint', 'engineer', 'summary'].map((k) => t(`columns.${k}`)));

  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${CSV_BOM}${header}`));
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(row).join('')));
      } catch (err) {
        logError('tickets-export', err);
        controller.error(err);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const today = when(new Date()).slice(0, 10);
  return new NextResponse(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${locale === 'en' ? 'tickets' : 'tiket'}-${today}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
