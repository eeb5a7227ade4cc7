'use server';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { action } from '@/lib/auth/action';
import { getClientIp } from '@/lib/auth/request';
import { isLocale } from '@/lib/i18n/config';
import { inquiryReplySchema, inquirySchema, inquiryStatusSchema } from './schemas';
import { replyToInquiry, setInquiryStatus, submitInquiry } from './service';

/** Public (visitors and members): honeypot + PostgreSQL rate limit, no third-party captcha. */
export const sendInquiry = action({
  permission: 'public',
  input: inquirySchema,
  run: async (input, me) => {
    const locale = await getLocale();
    const r = await submitInquiry(input, { ip: await getClientIp(), locale: isLocale(locale) ? locale : 'id', me });
    revalidatePath('/staff/inquiries');
    return r;
  },
});

export const replyInquiry = action({
  permission: 'inquiry.manage',
  input: inquiryReplySchema,
  run: async (input, me) => {
    const r = await replyToInquiry(me, input);
    revalidatePath('/staff/inquiries');
    revalidatePath(`/staff/inquiries/${input.inquiryId}`);
    return r;
  },
});

export const changeInquiryStatus = action({
  permission: 'inquiry.manage',
  input: inquiryStatusSchema,
  run: async (input, me) => {
    const r = await setInquiryStatus(me, input);
    revalidatePath('/staff/inquiries');
    revalidatePath(`/staff/inquiries/${input.inquiryId}`);
    return { status: r.status };
  },
});
