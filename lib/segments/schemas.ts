// The shape of saved audience criteria, shared by the segment builder (browser) and the server.
// Only the shape is checked here; every value is validated again on the server against the input
// kind its criterion registered (lib/segments/evaluate.ts), so the client never supplies SQL.
import { z } from 'zod';

export const CRITERION_INPUT_KINDS = ['select', 'number', 'date', 'text', 'boolean', 'area'] as const;
export type CriterionInputKind = (typeof CRITERION_INPUT_KINDS)[number];

/** How many criteria one segment may AND together. */
export const MAX_CRITERIA = 12;

export const criterionKeySchema = z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/, 'segments.errors.unknownCriterion');

export const criterionSchema = z.strictObject({
  key: criterionKeySchema,
  // Checked per kind on the server; JSON only (no functions, no prototypes).
  value: z.union([
    z.string().max(500),
    z.number().finite(),
    z.boolean(),
    z.array(z.string().max(200)).max(200),
    z.strictObject({ from: z.string().max(10).optional(), to: z.string().max(10).optional() }),
  ]),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const criteriaSchema = z
  .array(criterionSchema)
  .max(MAX_CRITERIA, 'segments.errors.tooMany')
  .refine((list) => new Set(list.map((c) => c.key)).size === list.length, 'segments.errors.duplicate');
export type SegmentCriteria = z.infer<typeof criteriaSchema>;

/** A date range value: ISO dates (yyyy-mm-dd), either end optional, in the business time zone. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'segments.errors.date').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'segments.errors.date');

/** What the builder needs to draw one criterion: no functions, serialisable to the browser. */
export type CriterionDescriptor = {
  key: string;
  labelKey: string;
  descriptionKey?: string;
  input:
    | { kind: 'select'; multiple: boolean; options: Array<{ value: string; label?: string; labelKey?: string }> }
    | { kind: 'number'; min: number; max: number; unitKey?: string }
    | { kind: 'date' }
    | { kind: 'text'; maxLength: number }
    | { kind: 'boolean' }
    | { kind: 'area' };
};

export const segmentSchema = z.strictObject({
  id: z.union([z.uuid(), z.literal('')]).optional(),
  name: z.string().trim().min(2, 'segments.errors.nameShort').max(120, 'validation.tooLong'),
  criteria: criteriaSchema,
});
export type SegmentInput = z.input<typeof segmentSchema>;

export const segmentIdSchema = z.strictObject({ id: z.uuid() });

/** The builder's live count: the criteria only (validated again on the server). */
export const segmentCountSchema = z.strictObject({ criteria: criteriaSchema });
