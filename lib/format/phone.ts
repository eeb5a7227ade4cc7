// Indonesian phone numbers are stored as E.164 (+62…) only; WhatsApp/SMS senders read nothing else.
import { z } from 'zod';

/** 08…, 8…, 628…, +628…, with spaces, dots, dashes or brackets → +628…; null when it is not an Indonesian number. */
export function toIdE164(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  if (/[^\d\s+().-]/.test(raw)) return null;
  let digits = raw.replace(/[\s().-]/g, '');
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+62')) return null;
    digits = digits.slice(3);
  } else if (digits.startsWith('0062')) digits = digits.slice(4);
  else if (digits.startsWith('62')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  if (digits.startsWith('0')) return null;
  if (!/^\d+$/.test(digits)) return null;
  // Mobile numbers start with 8 (9–12 digits after the country code); landlines with an area code 2–9 (7–11 digits).
  if (digits.startsWith('8')) return digits.length >= 9 && digits.length <= 12 ? `+62${digits}` : null;
  return digits.length >= 7 && digits.length <= 11 ? `+62${digits}` : null;
}

/** +6281234567890 → "+62 812-3456-7890" for reading aloud. */
export function formatIdPhone(e164: string): string {
  const m = /^\+62(\d{3})(\d{3,4})(\d{3,5})$/.exec(e164);
  return m ? `+62 ${m[1]}-${m[2]}-${m[3]}` : e164;
}

export const idPhoneSchema = z
  .string()
  .trim()
  .max(30, 'validation.phone')
  .transform((v, ctx) => {
    const e164 = toIdE164(v);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: 'validation.phone' });
      return z.NEVER;
    }
    return e164;
  });

export const optionalIdPhoneSchema = z
  .string()
  .trim()
  .max(30, 'validation.phone')
  .transform((v, ctx) => {
    if (!v) return null;
    const e164 = toIdE164(v);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: 'validation.phone' });
      return z.NEVER;
    }
    return e164;
  });

/** wa.me click-to-chat link for an E.164 number. */
export function whatsappLink(e164: string, text?: string): string {
  const n = e164.replace(/^\+/, '');
  return `https://wa.me/${n}${text ? `?text=${encodeURIComponent(text)}` : ''}`;
}
