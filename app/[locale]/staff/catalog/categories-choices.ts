import type { StaffCategory } from '@/lib/catalog/queries';

/** Categories for a <select>, indented by depth ("— Router"), inactive ones marked. */
export function categoryChoices(categories: StaffCategory[], inactive: string) {
  return categories.map((c) => ({ id: c.id, label: `${'— '.repeat(c.depth)}${c.name}${c.active ? '' : ` (${inactive})`}` }));
}
