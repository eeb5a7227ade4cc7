import { z } from 'zod';
import { optionalIdPhoneSchema } from '@/lib/format/phone';
import { emailSchema } from '@/lib/users/email';
import { INQUIRY_MESSAGE_MAX, INQUIRY_REPLY_MAX, INQUIRY_STATUSES, INQUIRY_TOPICS } from './constants';

/** The consultation / contact form. `website` is a honeypot people never see or reach. */
export const inquirySchema = z.strictObject({
  name: z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong'),
  email: emailSchema,
  phone: optionalIdPhoneSchema,
  topic: z.enum(INQUIRY_TOPICS, 'inquiries.errors.topic'),
  message: z.string().trim().min(10, 'inquiries.errors.messageShort').max(INQUIRY_MESSAGE_MAX, 'validation.tooLong'),
  website: z.string().max(200).optional(),
});
export type InquiryInput = z.input<typeof inquirySchema>;

export const inquiryReplySchema = z.strictObject({
  inquiryId: z.uuid(),
  body: z.string().trim().min(2, 'inquiries.errors.replyShort').max(INQUIRY_REPLY_MAX, 'validation.tooLong'),
  /** Answer and close in one go, or leave it answered (the default). */
  close: z.boolean().optional(),
});
export type InquiryReplyInput = z.input<typeof inquiryReplySchema>;

export const inquiryStatusSchema = z.strictObject({
  inquiryId: z.uuid(),
  status: z.enum(['open', 'closed'] as const satisfies ReadonlyArray<(typeof INQUIRY_STATUSES)[number]>),
});

export const inquiryListSchema = z.object({
  status: z.enum([...INQUIRY_STATUSES, 'all']).catch('open'),
  q: z.string().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
