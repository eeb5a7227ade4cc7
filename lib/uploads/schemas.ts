import { z } from 'zod';
import { MAX_ATTACHMENTS } from './constants';

/** Links uploads the caller made to a ticket they can see. */
export const attachSchema = z.strictObject({
  ticketId: z.uuid(),
  uploadIds: z.array(z.uuid()).min(1, 'validation.required').max(MAX_ATTACHMENTS, 'tickets.errors.tooManyAttachments'),
});
export type AttachInput = z.input<typeof attachSchema>;
