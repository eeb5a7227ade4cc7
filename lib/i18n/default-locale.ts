// The business default language, read by proxy.ts for visitors without a language cookie.
// Kept apart from db/client (proxy runs outside the react-server graph). The value is cached for
// 30 s per process: a change in settings reaches every process within that time.
import postgres from 'postgres';
import { env } from '@/lib/env';
import { DEFAULT_LOCALE, isLocale, type Locale } from './config';

let client: postgres.Sql | null = null;
let cached: { value: Locale; at: number } | null = null;
const TTL_MS = 30_000;

export async function getDefaultLocale(): Promise<Locale> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  try {
    client ??= postgres(env.DATABASE_URL, { max: 1, idle_timeout: 20, onnotice: () => {} });
    const rows = await client`select value->>'defaultLocale' as locale from settings where key = 'regional'`;
    const value = isLocale(rows[0]?.locale) ? rows[0].locale : DEFAULT_LOCALE;
    cached = { value, at: Date.now() };
    return value;
  } catch {
    return cached?.value ?? DEFAULT_LOCALE;
  }
}
