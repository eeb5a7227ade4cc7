import { z } from 'zod';
import { idPhoneSchema } from '@/lib/format/phone';
import { coverableCodeSchema, villageCodeSchema } from '@/lib/isp/areas/codes';
import { emailSchema } from '@/lib/users/email';

const optionalPlanId = z.union([z.uuid(), z.literal('')]).transform((v) => v || null);

/** Admin marks a district (all its villages) or one village covered, for every plan or one. */
export const addCoverageSchema = z.strictObject({
  areaCode: coverableCodeSchema,
  planId: optionalPlanId,
});
export type AddCoverageInput = z.input<typeof addCoverageSchema>;

export const coverageIdSchema = z.strictObject({ id: z.uuid() });

/** A visitor in an uncovered village leaves their details; `website` is a honeypot people never see. */
export const waitingListSchema = z.strictObject({
  villageCode: villageCodeSchema,
  name: z.string().trim().min(2, 'validation.nameMin').max(120, 'validation.tooLong'),
  phone: idPhoneSchema,
  email: emailSchema,
  address: z.string().trim().min(5, 'isp.coverage.errors.address').max(300, 'validation.tooLong'),
  planId: optionalPlanId,
  website: z.string().max(200).optional(),
});
export type WaitingListInput = z.input<typeof waitingListSchema>;
