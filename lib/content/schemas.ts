import { z } from 'zod';
import { RICH_TEXT_MAX_LENGTH } from '@/lib/sanitize/html';
import { STATIC_PAGE_SLUGS } from './constants';

export const staticPageSchema = z.strictObject({
  slug: z.enum(STATIC_PAGE_SLUGS),
  title: z.string().trim().min(2, 'pages.errors.titleShort').max(200, 'validation.tooLong'),
  body: z.string().max(RICH_TEXT_MAX_LENGTH, 'validation.tooLong'),
});
export type StaticPageInput = z.input<typeof staticPageSchema>;
