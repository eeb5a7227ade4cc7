import 'server-only';
import { db } from '@/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import type { AppSettings } from './schemas';
import { loadSettings, writeSettingsKey } from './store';

export async function saveSettingsSection<K extends keyof AppSettings>(actor: CurrentUser, key: K, value: AppSettings[K]) {
  await db.transaction(async (tx) => {
    const before = (await loadSettings(tx))[key];
    await writeSettingsKey(tx, key, value, actor.id);
    await recordAudit(tx, actor, { action: 'settings.update', entityType: 'settings', entityId: key, before: before as object, after: value as object });
  });
}
