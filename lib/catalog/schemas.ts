// Shared by the staff forms (browser) and the actions (server). Messages are catalog keys.
import { z } from 'zod';
import { parseRupiah } from '@/lib/format/money';
import {
  CATALOG_SORTS,
  ITEM_KINDS,
  MAX_IMAGES_PER_ITEM,
  MAX_PRICE_IDR,
  MAX_SPECS,
  PUBLIC_MAX_PAGE,
  RESERVED_CATEGORY_SLUGS,
  SEARCH_MAX_LENGTH,
  STAFF_ITEM_SORTS,
} from './constants';
import { SLUG_RE } from './slug';

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** Empty → '' (the service derives it from the name); otherwise a lowercase-hyphen slug. */
const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(100, 'validation.tooLong')
  .refine((v) => v === '' || SLUG_RE.test(v), 'catalog.validation.slug');

/** "1.250.000", "Rp 1.250.000" or "1250000" → 1250000 (integer Rupiah). */
const rupiah = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(30, 'validation.tooLong')
  .transform((v, ctx) => {
    const n = parseRupiah(v);
    if (n === null || n > MAX_PRICE_IDR) {
      ctx.addIssue({ code: 'custom', message: 'catalog.validation.rupiah' });
      return z.NEVER;
    }
    return n;
  });

const optionalRupiah = z
  .string()
  .trim()
  .max(30, 'validation.tooLong')
  .transform((v, ctx) => {
    if (!v) return null;
    const n = parseRupiah(v);
    if (n === null || n > MAX_PRICE_IDR) {
      ctx.addIssue({ code: 'custom', message: 'catalog.validation.rupiah' });
      return z.NEVER;
    }
    return n;
  });

/** A whole number typed in a text box ('' = none). */
const optionalInt = (max: number) =>
  z
    .string()
    .trim()
    .max(12, 'validation.tooLong')
    .transform((v, ctx) => {
      if (!v) return null;
      const cleaned = v.replace(/\./g, '');
      if (!/^\d+$/.test(cleaned) || Number(cleaned) > max) {
        ctx.addIssue({ code: 'custom', message: 'catalog.validation.wholeNumber' });
        return z.NEVER;
      }
      return Number(cleaned);
    });

export const specRowSchema = z.strictObject({ key: text(80), value: text(300) });

export const itemSchema = z
  .strictObject({
    id: z.uuid().optional(),
    version: z.coerce.number().int().min(1).optional(),
    kind: z.enum(ITEM_KINDS),
    categoryId: z.uuid('catalog.validation.category'),
    name: text(160).min(2, 'validation.required'),
    slug: slugField,
    sku: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .max(40, 'validation.tooLong')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'catalog.validation.sku')
      .transform((v) => v.toUpperCase()),
    price: rupiah,
    compareAtPrice: optionalRupiah,
    description: text(10_000),
    specs: z
      .array(specRowSchema)
      .max(MAX_SPECS, 'catalog.validation.tooManySpecs')
      .transform((rows) => rows.filter((r) => r.key || r.value)),
    stock: optionalInt(10_000_000),
    durationMinutes: optionalInt(60 * 24 * 30),
    weightGrams: optionalInt(1_000_000),
    active: z.boolean(),
    featured: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.compareAtPrice !== null && v.compareAtPrice <= v.price) {
      ctx.addIssue({ code: 'custom', path: ['compareAtPrice'], message: 'catalog.validation.compareAtAbovePrice' });
    }
    v.specs.forEach((r, i) => {
      if (!r.key) ctx.addIssue({ code: 'custom', path: ['specs', i, 'key'], message: 'validation.required' });
    });
  })
  .transform((v) => ({
    ...v,
    // Stock and weight belong to goods, duration to services; the other kind's values are dropped.
    stock: v.kind === 'good' ? v.stock : null,
    weightGrams: v.kind === 'good' ? v.weightGrams : null,
    durationMinutes: v.kind === 'service' ? v.durationMinutes : null,
  }));
export type ItemInput = z.input<typeof itemSchema>;
export type ItemValues = z.output<typeof itemSchema>;

export const categorySchema = z.strictObject({
  id: z.uuid().optional(),
  parentId: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
  name: text(80).min(2, 'validation.required'),
  slug: slugField.refine((v) => !(RESERVED_CATEGORY_SLUGS as readonly string[]).includes(v), 'catalog.validation.slugReserved'),
  description: text(1000),
  sortOrder: z.coerce.number().int('catalog.validation.wholeNumber').min(-10_000).max(10_000),
  active: z.boolean(),
});
export type CategoryInput = z.input<typeof categorySchema>;
export type CategoryValues = z.output<typeof categorySchema>;

export const idSchema = z.strictObject({ id: z.uuid() });

export const addImagesSchema = z.strictObject({
  itemId: z.uuid(),
  mediaIds: z.array(z.uuid()).min(1).max(MAX_IMAGES_PER_ITEM),
});
export const reorderImagesSchema = z.strictObject({
  itemId: z.uuid(),
  imageIds: z.array(z.uuid()).min(1).max(MAX_IMAGES_PER_ITEM),
});
export const imageAltSchema = z.strictObject({ imageId: z.uuid(), alt: text(200) });
export const imageIdSchema = z.strictObject({ imageId: z.uuid() });

/** Public listing parameters from the URL: anything unknown or malformed falls back to a default (S25). */
const money = z
  .string()
  .trim()
  .max(20)
  .transform((v) => (v ? parseRupiah(v) : null))
  .catch(null);

export const listingSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, SEARCH_MAX_LENGTH).trim()),
  category: z
    .string()
    .max(100)
    .regex(SLUG_RE)
    .optional()
    .catch(undefined),
  kind: z.enum(ITEM_KINDS).optional().catch(undefined),
  min: money,
  max: money,
  stock: z
    .string()
    .optional()
    .transform((v) => v === '1' || v === 'true' || v === 'on')
    .catch(false),
  sort: z.enum(CATALOG_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(PUBLIC_MAX_PAGE).catch(1).default(1),
});
export type ListingParams = z.output<typeof listingSchema>;

export const staffListSchema = z.object({
  q: z.string().trim().max(SEARCH_MAX_LENGTH).catch('').default(''),
  category: z.uuid().optional().catch(undefined),
  kind: z.enum(ITEM_KINDS).optional().catch(undefined),
  status: z.enum(['active', 'inactive']).optional().catch(undefined),
  sort: z.enum(STAFF_ITEM_SORTS).catch('updated').default('updated'),
  dir: z.enum(['asc', 'desc']).catch('desc').default('desc'),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type StaffListParams = z.output<typeof staffListSchema>;
