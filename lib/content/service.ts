import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { staticPages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CurrentUser } from '@/lib/auth/session';
import { sanitizeRichText } from '@/lib/sanitize/html';
import type { z } from 'zod';
import type { staticPageSchema } from './schemas';

/** The five static pages exist by slug; saving creates or replaces one. HTML is sanitized first. */
export async function saveStaticPage(actor: CurrentUser, input: z.output<typeof staticPageSchema>) {
  const body = sanitizeRichText(input.body);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(staticPages).where(eq(staticPages.slug, input.slug)).for('update');
    const [after] = await tx
      .insert(staticPages)
      .values({ slug: input.slug, title: input.title, body, updatedBy: actor.id })
      .onConflictDoUpdate({ target: staticPages.slug, set: { title: input.title, body, updatedBy: actor.id, updatedAt: sql`now()` } })
      .returning();
    await recordAudit(tx, actor, { action: before ? 'page.update' : 'page.create', entityType: 'static_page', entityId: after.slug, before: before ?? null, after });
    return { slug: after.slug };
  });
}
