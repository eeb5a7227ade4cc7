// CSV export of the customer list, with the list page's filters and sort. The permission is checked
// before a byte is written; rows are streamed in batches so a large list never sits in memory.
import { NextResponse, type NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { CSV_BOM, csvRow } from '@/lib/customers/csv';
import { openCustomerExport } from '@/lib/customers/queries';
import { toLocalInput } from '@/lib/format/date';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { getSettings } from '@/lib/settings/store';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const me = await getCurrentUser();
  if (!me) return new NextResponse(null, { status: 401, headers: { 'Cache-Control': 'private, no-store' } });
  // Staff without the permission get the same answer as an unknown URL.
  if (!can(me.role, 'customer.read')) return new NextResponse(null, { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

  const q = request.nextUrl.searchParams;
  const pick = (k: string) => q.get(k) ?? undefined;
  const batches = await openCustomerExport({ q: pick('q'), type: pick('type'), city: pick('city'), archived: pick('archived'), sort: pick('sort'), dir: pick('dir') });

  const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const t = translatorFor(me.locale ?? (isLocale(cookieLocale) ? cookieLocale : 'id'), 'customers');
  // Instants as wall-clock time in the business zone, the way staff read them elsewhere.
  const { timeZone } = (await getSettings()).regional;
  const when = (d: Date | null) => (d ? toLocalInput(d, timeZone).replace('T', ' ') : null);
  const header = [
    t('name'),
    t('type'),
    t('email'),
    t('phone'),
    t('address'),
    t('city'),
    t('region'),
    t('personInCharge'),
    t('salesperson'),
    t('productsUsed'),
    t('tags'),
    t('slaPlan'),
    t('archivedAt'),
    t('createdAtCsv'),
  ];
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
    },
    async pull(controller) {
      try {
        const { value, done } = await batches.next();
        if (done) return controller.close();
        let chunk = '';
        for (const c of value) {
          chunk += csvRow([
            c.name,
            t(`types.${c.type}`),
            c.email,
            c.phone,
            c.address,
            c.city,
            c.region,
            c.personInCharge,
            c.salesperson,
            c.productsUsed,
            c.tags,
            c.slaPlanName,
            when(c.archivedAt),
            when(c.createdAt),
          ]);
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });

  const stamp = new Date().toISOString().slice(0, 10);
  return new NextResponse(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="pelanggan-${stamp}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
