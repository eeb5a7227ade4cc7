// CSV export of the subscription list with the page's filters. The permission is checked before a
// byte is written; rows stream in keyset batches, cells are formula-safe (C15) and the file has a BOM.
import { NextResponse, type NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { CSV_BOM, csvRow } from '@/lib/customers/csv';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { openSubscriptionExport } from '@/lib/isp/subscriptions/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const me = await getCurrentUser();
  if (!me) return new NextResponse(null, { status: 401, headers: { 'Cache-Control': 'private, no-store' } });
  if (!can(me.role, 'customer.read')) return new NextResponse(null, { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

  const q = request.nextUrl.searchParams;
  const pick = (k: string) => q.get(k)?.slice(0, 100) ?? undefined;
  const { today, rows } = await openSubscriptionExport({ q: pick('q'), status: pick('status'), plan: pick('plan'), area: pick('area') });
  const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const t = translatorFor(me.locale ?? (isLocale(cookieLocale) ? cookieLocale : 'id'), 'ispOps.subscriptions');
  const header = [
    t('customer'),
    t('plan'),
    t('statusCsv'),
    t('downloadMbps'),
    t('uploadMbps'),
    t('startDate'),
    t('tenureMonths'),
    t('area'),
    t('areaCode'),
    t('address'),
  ];
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
    },
    async pull(controller) {
      try {
        const { value, done } = await rows.next();
        if (done) return controller.close();
        controller.enqueue(
          encoder.encode(
            value
              .map((s) =>
                csvRow([
                  s.customerName,
                  s.planName,
                  t(`statuses.${s.status}`),
                  s.downloadMbps,
                  s.uploadMbps,
                  s.startDate,
                  s.tenureMonths,
                  s.areaName,
                  s.areaCode,
                  s.addressLine,
                ]),
              )
              .join(''),
          ),
        );
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  return new NextResponse(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="langganan-${today}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
