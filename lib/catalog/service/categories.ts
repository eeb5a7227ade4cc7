import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { catalogCategories, catalogItems } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { RESERVED_CATEGORY_SLUGS } from '../constants';
import type { CategoryValues } from '../schemas';
import { slugify } from '../slug';

/** A parent must exist and must not be the category itself or one of its descendants (no cycles). */
async function assertParent(tx: Tx, id: string | undefined, parentId: string | null) {
  if (!parentId) return;
  if (parentId === id) throw new ValidationError('catalog.errors.parentCycle', { parentId: ['catalog.errors.parentCycle'] });
  const rows = await tx.execute<{ id: string }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from catalog_categories where id = ${parentId}
      union all
      select c.id, c.parent_id, up.depth + 1 from catalog_categories c join up on c.id = up.parent_id where up.depth < 20
    ) select id from up`);
  if (!rows.length) throw new ValidationError('catalog.errors.parentUnknown', { parentId: ['catalog.errors.parentUnknown'] });
  if (id && rows.some((r) => r.id === id)) throw new ValidationError('catalog.errors.parentCycle', { parentId: ['catalog.errors.parentCycle'] });
}

export async function saveCategory(actor: CurrentUser, input: CategoryValues): Promise<string> {
  const slug = input.slug || slugify(input.name);
  if (!slug || (RESERVED_CATEGORY_SLUGS as readonly string[]).includes(slug)) {
    throw new ValidationError('catalog.validation.slugReserved', { slug: ['catalog.validation.slugReserved'] });
  }
  const values = { parentId: input.parentId, slug, name: input.name, description: input.description, sortOrder: input.sortOrder, active: input.active };
  try {
    return await db.transaction(async (tx) => {
      await assertParent(tx, input.id, input.parentId);
      if (input.id) {
        const [before] = await tx.select().from(catalogCategories).where(eq(catalogCategories.id, input.id)).for('update');
        if (!before) throw new NotFoundError();
        const [after] = await tx.update(catalogCategories).set(values).where(eq(catalogCategories.id, input.id)).returning();
        await recordAudit(tx, actor, { action: 'catalog.category.update', entityType: 'catalog_category', entityId: after.id, before, after });
        return after.id;
      }
      const [created] = await tx.insert(catalogCategories).values(values).returning();
      await recordAudit(tx, actor, { action: 'catalog.category.create', entityType: 'catalog_category', entityId: created.id, after: created });
      return created.id;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'catalog_categories_slug_uq')) {
      throw new ValidationError('catalog.errors.slugTaken', { slug: ['catalog.errors.slugTaken'] });
    }
    throw err;
  }
}

/** Only an empty category goes: no items and no subcategories (move or delete those first). */
export async function deleteCategory(actor: CurrentUser, id: string) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(catalogCategories).where(eq(catalogCategories.id, id)).for('update');
    if (!before) throw new NotFoundError();
    const [{ items }] = await tx.select({ items: sql<number>`count(*)::int` }).from(catalogItems).where(eq(catalogItems.categoryId, id));
    const [{ kids }] = await tx.select({ kids: sql<number>`count(*)::int` }).from(catalogCategories).where(eq(catalogCategories.parentId, id));
    if (Number(items) > 0 || Number(kids) > 0) throw new ValidationError('catalog.errors.categoryInUse');
    await tx.delete(catalogCategories).where(eq(catalogCategories.id, id));
    await recordAudit(tx, actor, { action: 'catalog.category.delete', entityType: 'catalog_category', entityId: id, before });
  });
}
