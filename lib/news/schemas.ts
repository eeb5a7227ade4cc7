import { z } from 'zod';
import { PUBLISH_STATUSES } from '@/lib/content/constants';
import { slugSchema } from '@/lib/promos/schemas';
import { RICH_TEXT_MAX_LENGTH } from '@/lib/sanitize/html';

export const articleSchema = z.strictObject({
  id: z.union([z.uuid(), z.literal('')]).optional(),
  title: z.string().trim().min(3, 'articles.errors.titleShort').max(200, 'validation.tooLong'),
  slug: slugSchema,
  excerpt: z.string().trim().max(400, 'validation.tooLong'),
  body: z.string().max(RICH_TEXT_MAX_LENGTH, 'validation.tooLong'),
  coverMediaId: z.union([z.uuid(), z.literal('')]).transform((v) => v || null),
  status: z.enum(PUBLISH_STATUSES),
  /** datetime-local in the business zone; empty = now when published. */
  publishedAt: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'validation.date'), z.literal('')]),
});
export type ArticleInput = z.input<typeof articleSchema>;

export const articleIdSchema = z.strictObject({ id: z.uuid() });

export const articleListSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum([...PUBLISH_STATUSES, 'all']).catch('all'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
