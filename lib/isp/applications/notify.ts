import 'server-only';
import type { Conn } from '@/db/client';
import { formatDateTime } from '@/lib/format/date';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { enqueueMessage } from '@/lib/jobs/outbox';
import { appUrl } from '@/lib/urls';

export type ApplicantEvent =
  | 'received'
  | 'received_unverified'
  | 'survey_scheduled'
  | 'surveyed_covered'
  | 'surveyed_not_covered'
  | 'installation_scheduled'
  | 'active'
  | 'rejected';

/**
 * The applicant hears about every step by e-mail, written in the transaction of the change (C26).
 * WhatsApp would go through the same outbox (channel 'whatsapp'), but no gateway is configured yet,
 * so e-mail is the only channel and nothing is queued that could never be sent.
 */
export async function notifyApplicant(
  conn: Conn,
  app: { id: string; number: string; email: string; fullName: string; locale: string | null },
  event: ApplicantEvent,
  params: Record<string, string | Date>,
  dedupeKey: string,
  timeZone: string,
) {
  const locale: Locale = isLocale(app.locale) ? app.locale : 'id';
  const t = translatorFor(locale, 'ispMail');
  const values: Record<string, string> = { number: app.number };
  for (const [k, v] of Object.entries(params)) values[k] = v instanceof Date ? formatDateTime(v, locale, timeZone) : v;
  await enqueueMessage(conn, {
    to: app.email,
    template: 'notification',
    locale,
    data: {
      name: app.fullName,
      title: t(`${event}.title`, values),
      lines: [t(`${event}.body`, values)],
      url: appUrl(`/account/applications/${app.id}`),
      button: t('viewApplication'),
    },
    dedupeKey,
  });
}
