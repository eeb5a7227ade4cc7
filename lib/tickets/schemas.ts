import { z } from 'zod';
import { optionalIdPhoneSchema } from '@/lib/format/phone';
import { TICKET_CATEGORIES, TICKET_PRIORITIES } from './constants';

const summary = z.string().trim().min(5, 'tickets.errors.summaryTooShort').max(200, 'validation.tooLong');
const detail = z.string().trim().min(10, 'tickets.errors.detailTooShort').max(10_000, 'validation.tooLong');
const optionalEmail = z.union([z.literal(''), z.email('validation.email').max(254)]).transform((v) => v.toLowerCase() || null);

/** A customer contact opens a ticket for their own company (customer id comes from the session). */
export const customerTicketSchema = z.strictObject({
  projectId: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  summary,
  detail,
  reporterPhone: optionalIdPhoneSchema,
  idempotencyKey: z.uuid(),
  attachmentIds: z.array(z.uuid()).max(10).optional(),
});
export type CustomerTicketInput = z.input<typeof customerTicketSchema>;

/** Helpdesk or admin opens a ticket on a customer's behalf. */
export const staffTicketSchema = z.strictObject({
  customerId: z.uuid('tickets.errors.customerRequired'),
  projectId: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
  category: z.enum(TICKET_CATEGORIES),
  priority: z.enum(TICKET_PRIORITIES),
  summary,
  detail,
  reporterName: z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong'),
  reporterPhone: optionalIdPhoneSchema,
  reporterEmail: optionalEmail,
  idempotencyKey: z.uuid(),
  attachmentIds: z.array(z.uuid()).max(10).optional(),
});
export type StaffTicketInput = z.input<typeof staffTicketSchema>;

const base = { ticketId: z.uuid(), version: z.coerce.number().int().min(1) };
const reason = z.string().trim().min(3, 'tickets.errors.reasonRequired').max(2000, 'validation.tooLong');

/** One schema per move; the fields each move needs and nothing else. */
export const moveSchema = z.discriminatedUnion('move', [
  z.strictObject({ move: z.literal('assign'), ...base, servicePointId: z.uuid('tickets.errors.servicePointRequired') }),
  z.strictObject({ move: z.literal('accept'), ...base }),
  z.strictObject({ move: z.literal('dispatch'), ...base, engineerId: z.uuid('tickets.errors.engineerRequired') }),
  z.strictObject({ move: z.literal('confirm'), ...base }),
  z.strictObject({ move: z.literal('decline'), ...base, reason }),
  z.strictObject({ move: z.literal('start'), ...base }),
  z.strictObject({ move: z.literal('pend'), ...base, reason }),
  z.strictObject({ move: z.literal('resume'), ...base }),
  z.strictObject({ move: z.literal('resolve'), ...base, resolution: z.string().trim().min(5, 'tickets.errors.resolutionRequired').max(10_000, 'validation.tooLong') }),
  z.strictObject({ move: z.literal('close'), ...base }),
  z.strictObject({ move: z.literal('document'), ...base }),
  z.strictObject({ move: z.literal('reopen'), ...base, reason }),
]);
export type MoveInput = z.input<typeof moveSchema>;
export type MoveValues = z.output<typeof moveSchema>;

export const commentSchema = z.strictObject({
  ticketId: z.uuid(),
  body: z.string().trim().min(1, 'validation.required').max(10_000, 'validation.tooLong'),
  internal: z.boolean().default(false),
});
export type CommentInput = z.input<typeof commentSchema>;

export const changePlanSchema = z.strictObject({ ticketId: z.uuid(), slaPlanId: z.uuid('tickets.errors.planRequired'), version: z.coerce.number().int().min(1) });
