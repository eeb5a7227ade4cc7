import { z } from 'zod';
import { LOCALES, TIME_ZONES } from '@/lib/i18n/config';
import { optionalIdPhoneSchema } from '@/lib/format/phone';

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const optionalUrl = z
  .string()
  .trim()
  .max(500, 'validation.tooLong')
  .refine((v) => v === '' || /^https:\/\/[^\s]+$/.test(v), 'validation.httpsUrl');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

export const MODULES = ['helpdesk', 'catalog', 'promos', 'isp', 'shop', 'bookings'] as const;
export type ModuleKey = (typeof MODULES)[number];

export const companySchema = z.strictObject({
  name: text(120).min(2, 'validation.required'),
  tagline: text(200),
  about: text(4000),
  vision: text(2000),
  address: text(500),
  city: text(120),
  phone: optionalIdPhoneSchema,
  whatsapp: optionalIdPhoneSchema,
  email: z.union([z.literal(''), z.email('validation.email').max(254)]),
  mapUrl: optionalUrl,
  instagram: optionalUrl,
  facebook: optionalUrl,
  youtube: optionalUrl,
  tiktok: optionalUrl,
});
export type CompanySettings = z.output<typeof companySchema>;

export const hoursSchema = z
  .strictObject({
    // ISO weekday numbers: 1 = Monday … 7 = Sunday
    workingDays: z.array(z.coerce.number().int().min(1).max(7)).min(1, 'validation.workingDays').max(7),
    open: time,
    close: time,
  })
  .refine((h) => h.open < h.close, { path: ['close'], message: 'validation.closeAfterOpen' });
export type BusinessHours = z.output<typeof hoursSchema>;

export const regionalSchema = z.strictObject({
  timeZone: z.enum(TIME_ZONES),
  defaultLocale: z.enum(LOCALES),
});
export type RegionalSettings = z.output<typeof regionalSchema>;

export const modulesSchema = z.strictObject(
  Object.fromEntries(MODULES.map((m) => [m, z.coerce.boolean()])) as Record<ModuleKey, z.ZodCoercedBoolean>,
);
export type ModuleSettings = Record<ModuleKey, boolean>;

export type AppSettings = {
  company: CompanySettings;
  hours: BusinessHours;
  regional: RegionalSettings;
  modules: ModuleSettings;
};

export const SETTINGS_KEYS = ['company', 'hours', 'regional', 'modules'] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

export const DEFAULT_SETTINGS: AppSettings = {
  company: {
    name: 'Relasi',
    tagline: '',
    about: '',
    vision: '',
    address: '',
    city: '',
    phone: null,
    whatsapp: null,
    email: '',
    mapUrl: '',
    instagram: '',
    facebook: '',
    youtube: '',
    tiktok: '',
  },
  hours: { workingDays: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' },
  regional: { timeZone: 'Asia/Jakarta', defaultLocale: 'id' },
  modules: { helpdesk: true, catalog: true, promos: true, isp: true, shop: false, bookings: false },
};

export const settingsSchemas = {
  company: companySchema,
  hours: hoursSchema,
  regional: regionalSchema,
  modules: modulesSchema,
} as const;
