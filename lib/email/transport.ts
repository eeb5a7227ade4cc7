import 'server-only';
import { Resend } from 'resend';
import { env } from '@/lib/env';
import type { RenderedEmail } from './render';

export type SendResult =
  | { ok: true; providerId: string }
  | { ok: false; retryable: boolean; error: string };

export interface EmailTransport {
  readonly name: string;
  send(msg: RenderedEmail & { to: string; idempotencyKey: string }): Promise<SendResult>;
}

/**
 * Resend, keyed by the outbox id so a retry after a crash never sends twice (C26). A call that does
 * not answer within `timeoutMs` counts as a network error (retried with the same key) instead of
 * holding the worker, and its lease, indefinitely.
 */
export function resendTransport(apiKey: string, baseUrl?: string, opts: { timeoutMs?: number } = {}): EmailTransport {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: 'resend',
    async send(msg) {
      try {
        const { data, error } = await client.emails.send(
          { from: env.EMAIL_FROM, to: msg.to, subject: msg.subject, html: msg.html, text: msg.text, ...(msg.headers ? { headers: msg.headers } : {}) },
          { idempotencyKey: msg.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
        );
        if (data?.id) return { ok: true, providerId: data.id };
        const status = (error as { statusCode?: number | null } | null)?.statusCode ?? 0;
        const text = `${status || 'error'} ${(error as { name?: string })?.name ?? ''} ${(error as { message?: string })?.message ?? ''}`.trim();
        // 429, 5xx and "no status" (network, timeout) are worth retrying; other 4xx will fail again.
        const retryable = status === 0 || status === 429 || status >= 500 || status === 409;
        return { ok: false, retryable, error: text.slice(0, 500) };
      } catch (err) {
        return { ok: false, retryable: true, error: `network ${(err as Error).message ?? ''}`.slice(0, 500) };
      }
    },
  };
}

/** Without RESEND_API_KEY: the message counts as delivered locally and is readable at /staff/outbox. */
export const devTransport: EmailTransport = {
  name: 'dev',
  async send(msg) {
    return { ok: true, providerId: `dev-${msg.idempotencyKey}` };
  },
};

export function defaultTransport(): EmailTransport {
  return env.RESEND_API_KEY ? resendTransport(env.RESEND_API_KEY, env.RESEND_BASE_URL) : devTransport;
}
