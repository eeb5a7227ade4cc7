// Reads settings without a session: the public site, the worker and e-mails all need them.
import 'server-only';
import { sql } from 'drizzle-orm';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { db, type Conn } from '@/db/client';
import { settings } from '@/db/schema';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, settingsSchemas, type AppSettings } from './schemas';

export const SETTINGS_TAG = 'settings';

/** Uncached read, for the worker, services and tests. Invalid or missing keys fall back to defaults. */
export async function loadSettings(conn: Conn = db): Promise<AppSettings> {
  const rows = await conn.select({ key: settings.key, value: settings.value }).from(settings);
  const out = structuredClone(DEFAULT_SETTINGS) as AppSettings;
  for (const row of rows) {
    if (!(SETTINGS_KEYS as readonly string[]).includes(row.key)) continue;
    const key = row.key as keyof AppSettings;
    const parsed = settingsSchemas[key].safeParse({ ...(DEFAULT_SETTINGS[key] as object), ...(row.value as object) });
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

/**
 * Cached for public pages; every settings save revalidates the tag. React's cache() on top: a page asks
 * for settings from the request config, the layouts and the page, and each data-cache read costs a
 * lookup and a parse; within one render once is enough.
 */
export const getSettings = cache(unstable_cache(() => loadSettings(), ['relasi-settings'], { tags: [SETTINGS_TAG], revalidate: 3600 }));

export async function writeSettingsKey(conn: Conn, key: keyof AppSettings, value: unknown, actorId: string | null) {
  await conn
    .insert(settings)
    .values({ key, value: value as object, updatedBy: actorId })
    .onConflictDoUpdate({ target: settings.key, set: { value: value as object, updatedBy: actorId, updatedAt: sql`now()` } });
}
