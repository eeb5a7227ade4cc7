import 'server-only';
import { getMessages } from 'next-intl/server';

/**
 * Client components only need the catalogs they use; handing the whole catalog to
 * NextIntlClientProvider would ship every module's texts with every page.
 */
export const BASE_CLIENT_NAMESPACES = ['common', 'nav', 'errors', 'validation', 'roles', 'userStatus'] as const;

/** Texts that never reach a browser component (e-mail bodies, server-rendered public copy). */
const SERVER_ONLY_NAMESPACES = new Set(['email', 'ticketMail', 'ispMail', 'ispOpsMail', 'promoMail', 'public', 'site', 'seo']);

export async function pickMessages(namespaces: readonly string[]) {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]));
}

/** Everything a signed-in area's forms may need: all catalogs but the server-only ones. */
export async function appMessages() {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([n]) => !SERVER_ONLY_NAMESPACES.has(n)));
}
