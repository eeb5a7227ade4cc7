'use server';
import { revalidatePath, revalidateTag } from 'next/cache';
import { action } from '@/lib/auth/action';
import { companySchema, hoursSchema, modulesSchema, regionalSchema } from './schemas';
import { saveSettingsSection } from './service';
import { SETTINGS_TAG } from './store';

function refresh() {
  // Public pages render settings (company profile in header/footer): drop the cached copy now.
  revalidateTag(SETTINGS_TAG, { expire: 0 });
  revalidatePath('/', 'layout');
}

export const saveCompany = action({
  permission: 'settings.manage',
  input: companySchema,
  run: async (input, me) => {
    await saveSettingsSection(me, 'company', input);
    refresh();
    return { saved: true };
  },
});

export const saveHours = action({
  permission: 'settings.manage',
  input: hoursSchema,
  run: async (input, me) => {
    await saveSettingsSection(me, 'hours', { ...input, workingDays: [...new Set(input.workingDays)].sort() });
    refresh();
    return { saved: true };
  },
});

export const saveRegional = action({
  permission: 'settings.manage',
  input: regionalSchema,
  run: async (input, me) => {
    await saveSettingsSection(me, 'regional', input);
    refresh();
    return { saved: true };
  },
});

export const saveModules = action({
  permission: 'settings.manage',
  input: modulesSchema,
  run: async (input, me) => {
    await saveSettingsSection(me, 'modules', input);
    refresh();
    return { saved: true };
  },
});
