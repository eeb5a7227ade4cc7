import { z } from 'zod';

/** E-mail addresses are compared and stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'validation.tooLong')
  .pipe(z.email('validation.email'))
  .transform(normalizeEmail);
