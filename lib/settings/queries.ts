import 'server-only';
import { requirePermission } from '@/lib/auth/session';
import { loadSettings } from './store';

/** The admin form reads uncached values. */
export async function getSettingsForAdmin() {
  await requirePermission('settings.manage');
  return loadSettings();
}
