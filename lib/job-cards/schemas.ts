import { z } from 'zod';

export const PARTS_MAX = 30;
/** The decoded PNG; the data URL is a third larger (base64). */
export const SIGNATURE_MAX_BYTES = 500 * 1024;
const SIGNATURE_MAX_CHARS = 'data:image/png;base64,'.length + Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4;

/** `<input type="datetime-local">` value, read as wall-clock time in the business zone. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'jobCards.errors.dateTime');

export const partSchema = z.strictObject({
  name: z.string().trim().min(1, 'jobCards.errors.partName').max(120, 'validation.tooLong'),
  qty: z.coerce.number('jobCards.errors.qty').int('jobCards.errors.qty').min(1, 'jobCards.errors.qty').max(9999, 'jobCards.errors.qty'),
});

/** The engineer's job card (seed 000): work done, parts, arrival/finish, the customer's name and drawn signature. */
export const jobCardSchema = z
  .strictObject({
    ticketId: z.uuid(),
    // The ticket version the page loaded; only used when the card also resolves the ticket.
    version: z.coerce.number().int().min(1),
    workDone: z.string().trim().min(5, 'jobCards.errors.workDoneShort').max(10_000, 'validation.tooLong'),
    parts: z.array(partSchema).max(PARTS_MAX, 'jobCards.errors.tooManyParts'),
    arrivalAt: localDateTime,
    finishAt: localDateTime,
    customerName: z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong'),
    signature: z
      .string()
      .max(SIGNATURE_MAX_CHARS, 'jobCards.errors.signatureTooLarge')
      .refine((v) => v.startsWith('data:image/png;base64,'), 'jobCards.errors.signatureRequired'),
    resolve: z.boolean().default(false),
  })
  // Same format and zone on both sides, so the strings compare like the instants.
  .refine((v) => v.finishAt >= v.arrivalAt, { path: ['finishAt'], message: 'jobCards.errors.finishBeforeArrival' });

export type JobCardInput = z.input<typeof jobCardSchema>;
export type JobCardValues = z.output<typeof jobCardSchema>;
