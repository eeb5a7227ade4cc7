import { env } from '@/lib/env';

/** Absolute links in e-mails come from APP_URL, never from the request's Host (C10). */
export function appUrl(path: string, params?: Record<string, string>): string {
  const url = new URL(path, env.APP_URL);
  for (const [k, v] of Object.entries(params ?? {})) url.searchParams.set(k, v);
  return url.toString();
}
