import 'server-only';
import type { Conn } from '@/db/client';
import { outbox } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import type { OutboxChannel } from './constants';
import type { TemplateKey } from '@/lib/email/templates';

export type EnqueueInput = {
  channel?: OutboxChannel;
  to: string;
  template: TemplateKey;
  locale: Locale;
  data: Record<string, unknown>;
  /** For messages that must exist once (`sla-warning:<ticket>`): a second enqueue is a no-op. */
  dedupeKey?: string;
  marketing?: boolean;
};

/**
 * Writes the message in the caller's transaction (C26). Nothing here talks to a provider:
 * the worker sends it after the transaction commits, so a provider outage never fails the request.
 * Returns the id, or null when the dedupe key already exists.
 */
export async function enqueueMessage(conn: Conn, input: EnqueueInput): Promise<string | null> {
  const rows = await conn
    .insert(outbox)
    .values({
      channel: input.channel ?? 'email',
      recipient: input.to,
      template: input.template,
      locale: input.locale,
      payload: input.data,
      dedupeKey: input.dedupeKey ?? null,
      marketing: input.marketing ?? false,
    })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows[0]?.id ?? null;
}

/** Several messages in one statement (same rules as enqueueMessage; a row whose dedupe key exists is skipped). */
export async function enqueueMessages(conn: Conn, inputs: EnqueueInput[]): Promise<void> {
  if (!inputs.length) return;
  await conn
    .insert(outbox)
    .values(
      inputs.map((input) => ({
        channel: input.channel ?? 'email',
        recipient: input.to,
        template: input.template,
        locale: input.locale,
        payload: input.data,
        dedupeKey: input.dedupeKey ?? null,
        marketing: input.marketing ?? false,
      })),
    )
    .onConflictDoNothing({ target: outbox.dedupeKey });
}
