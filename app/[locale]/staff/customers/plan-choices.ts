import type { PlanChoice } from '@/components/customers/customer-form';
import type { SlaPlanOption } from '@/lib/sla-plans/queries';

/** "1 j / 8 j" style hint next to each plan in the customer and project forms. */
export function toPlanChoices(options: SlaPlanOption[], hint: (response: string, resolution: string) => string, duration: (minutes: number) => string): PlanChoice[] {
  return options.map((o) => ({ id: o.id, name: o.name, active: o.active, hint: hint(duration(o.responseMinutes), duration(o.resolutionMinutes)) }));
}
