import 'server-only';
import { getMessages } from 'next-intl/server';

/**
 * Which message catalogs reach the browser, by area. A client component can only use texts that an
 * enclosing NextIntlClientProvider hands it, and whatever is handed over is serialized into every
 * page of that area (twice: the RSC payload and the HTML that inlines it). The whole catalog is about
 * 130 KB per language; a staff page needs a tenth of it. tests/i18n-client-messages.test.ts walks
 * each area's imports and fails when a client component uses a namespace its area does not list.
 *
 * Entries are top-level namespaces or dotted paths ('isp.coverage').
 */
export const BASE_CLIENT_NAMESPACES = ['common', 'nav', 'errors', 'validation', 'roles', 'userStatus'] as const;

export const CLIENT_MESSAGES = {
  // Shells: what the layout itself and pages directly under it use.
  staff: ['notifications', 'engineers'],
  account: ['notifications'],
  // Sections: the folder under app/[locale]/staff or /account (components/i18n/client-messages.tsx in its layout).
  'staff/articles': ['articles', 'pages.editor', 'pages.upload'],
  'staff/campaigns': ['campaigns', 'segments', 'ispOps.segments'],
  'staff/catalog': ['catalog'],
  'staff/customers': ['customers', 'projects'],
  'staff/holidays': ['holidays'],
  'staff/inquiries': ['inquiries'],
  'staff/isp': ['isp', 'ispOps', 'tickets.upload'],
  'staff/news': ['news'],
  'staff/outbox': ['outbox'],
  'staff/pages': ['pages'],
  'staff/password': ['auth.password', 'auth.register'],
  'staff/profile': ['auth.profile'],
  'staff/promos': ['promos', 'pages.editor', 'pages.upload', 'segments', 'ispOps.segments'],
  'staff/reviews': ['reviews'],
  'staff/segments': ['segments', 'ispOps.segments'],
  'staff/service-points': ['servicePoints'],
  'staff/settings': ['settings'],
  'staff/sla-plans': ['slaPlans'],
  'staff/tickets': ['tickets', 'jobCards'],
  'staff/today': ['ispOps', 'tickets.upload'],
  'staff/users': ['users'],
  'account/applications': ['isp.coverage', 'isp.signup', 'isp.nik'],
  'account/password': ['auth.password', 'auth.register'],
  'account/profile': ['auth.profile'],
  'account/subscriptions': ['ispOps.account', 'ispOps.complaints', 'ispOps.subscriptions'],
  'account/tickets': ['tickets', 'rating'],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesSection = keyof typeof CLIENT_MESSAGES;

/** The catalogs at these paths (top-level or dotted) of `all`, in the catalog's own shape. */
export function pickFrom(all: Record<string, unknown>, paths: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const p of paths) {
    const parts = p.split('.');
    let src: unknown = all;
    for (const k of parts) src = src && typeof src === 'object' ? (src as Record<string, unknown>)[k] : undefined;
    if (src === undefined) continue;
    let dst = out;
    for (const k of parts.slice(0, -1)) dst = (dst[k] ??= {}) as Record<string, unknown>;
    dst[parts[parts.length - 1]] = src;
  }
  return out;
}

/** The request's catalogs at these paths. */
export async function pickMessages(paths: readonly string[]) {
  return pickFrom((await getMessages()) as Record<string, unknown>, paths);
}

/** Base catalogs + the area's shell + the section's own (a nested provider replaces, not merges). */
export function namespacesFor(section: ClientMessagesSection | 'staff' | 'account'): string[] {
  const area = section.split('/')[0] as 'staff' | 'account';
  return [...new Set<string>([...BASE_CLIENT_NAMESPACES, ...CLIENT_MESSAGES[area], ...CLIENT_MESSAGES[section]])];
}

/** Messages for a nested provider around a client form on a public page: the shared catalogs + `paths`. */
export function clientMessages(paths: readonly string[]) {
  return pickMessages([...BASE_CLIENT_NAMESPACES, ...paths]);
}
