import { z } from 'zod';

export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

const rating = z.coerce.number('rating.errors.ratingRequired').int('rating.errors.ratingRequired').min(1, 'rating.errors.ratingRequired').max(5, 'rating.errors.ratingRequired');
const comment = z
  .string()
  .trim()
  .max(2000, 'validation.tooLong')
  .transform((v) => v || null);

/** From the e-mailed link: the token is the credential (no session needed). */
export const rateWithTokenSchema = z.strictObject({
  token: z.string().min(20, 'rating.errors.linkInvalid').max(100, 'rating.errors.linkInvalid'),
  rating,
  comment,
});
export type RateWithTokenInput = z.input<typeof rateWithTokenSchema>;
export type RateWithTokenValues = z.output<typeof rateWithTokenSchema>;

/** A signed-in customer contact rates their company's resolved ticket. */
export const rateOwnTicketSchema = z.strictObject({
  ticketId: z.uuid(),
  rating,
  comment,
});
export type RateOwnTicketInput = z.input<typeof rateOwnTicketSchema>;
export type RateOwnTicketValues = z.output<typeof rateOwnTicketSchema>;
