import 'server-only';
import { getMessages } from 'next-intl/server';
import { BASE_CLIENT_NAMESPACES } from '@/lib/i18n/pick-messages';

/**
 * Messages for a nested NextIntlClientProvider around one of our client forms on a public page: the
 * shared catalogs plus only the listed sub-trees ("inquiries.form"), not whole namespaces (e-mail
 * copy stays on the server).
 */
export async function clientMessages(paths: readonly string[]) {
  const all = (await getMessages()) as Record<string, Record<string, unknown>>;
  const out: Record<string, Record<string, unknown>> = {};
  for (const n of BASE_CLIENT_NAMESPACES) if (all[n]) out[n] = all[n];
  for (const p of paths) {
    const [ns, sub] = p.split('.');
    if (!all[ns]) continue;
    out[ns] ??= {};
    if (sub) {
      if (all[ns][sub] !== undefined) out[ns][sub] = all[ns][sub];
    } else out[ns] = all[ns];
  }
  return out;
}
