import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DomainError, ValidationError, type ErrorCode } from '@/lib/errors';
import { withParamFallback } from '@/lib/i18n/message-params';
import { logError } from '@/lib/log';
import type { Permission } from './permissions';
import { isSameOrigin } from './request';
import { getCurrentUser, requireActor, type CurrentUser } from './session';

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | 'INTERNAL'; message: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number };

type Access = Permission | 'authenticated' | 'public';

type Me<P extends Access> = P extends 'public' ? CurrentUser | null : CurrentUser;

/**
 * Every server action is built with this (SECURITY.md C1): origin check, then the caller and their
 * permission from PostgreSQL, then a strict zod parse, then the work. Errors become typed results;
 * nothing internal (stack, SQL, provider text) reaches the browser.
 */
export function action<S extends z.ZodType, T, P extends Access>(def: {
  permission: P;
  input: S;
  run: (input: z.output<S>, me: Me<P>) => Promise<T>;
}): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    try {
      if (!isSameOrigin(await headers())) return await fail('FORBIDDEN', 'errors.badOrigin');
      const me = def.permission === 'public' ? await getCurrentUser() : await requireActor(def.permission as Exclude<Access, 'public'>);
      const parsed = def.input.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
      if (!parsed.success) {
        const t = await getTranslations();
        return {
          ok: false,
          code: 'VALIDATION',
          message: t('errors.validation'),
          fieldErrors: await zodFieldErrors(parsed.error),
        };
      }
      const data = await def.run(parsed.data, me as Me<P>);
      return { ok: true, data };
    } catch (err) {
      unstable_rethrow(err);
      return toActionError(err);
    }
  };
}

async function fail(code: ErrorCode, key: string): Promise<ActionResult<never>> {
  const t = await getTranslations();
  return { ok: false, code, message: t(key) };
}

/** Zod messages are keys; the limits of an issue (`{max}`, `{min}`) fill the text's variables. */
async function zodFieldErrors(error: z.ZodError): Promise<FieldErrors> {
  const t = await getTranslations();
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    if (!issue.path.length) continue;
    const limits = issue as { maximum?: number | bigint; minimum?: number | bigint };
    const values = { ...(limits.maximum !== undefined ? { max: Number(limits.maximum) } : {}), ...(limits.minimum !== undefined ? { min: Number(limits.minimum) } : {}) };
    const key = issue.message;
    (out[String(issue.path[0])] ??= []).push(t.has(key as never) ? t(key as never, withParamFallback(t.raw(key as never), values) as never) : t('validation.invalid'));
  }
  return out;
}

/** Field errors are message keys; translate those we know, keep the rest generic. */
async function translateFieldErrors(fe: FieldErrors, params: Record<string, unknown> = {}): Promise<FieldErrors> {
  const t = await getTranslations();
  const out: FieldErrors = {};
  for (const [field, msgs] of Object.entries(fe)) {
    if (!msgs?.length) continue;
    out[field] = msgs.map((m) => (t.has(m as never) ? t(m as never, withParamFallback(t.raw(m as never), params) as never) : t('validation.invalid')));
  }
  return out;
}

export async function toActionError(err: unknown): Promise<ActionResult<never>> {
  const t = await getTranslations();
  if (err instanceof DomainError) {
    const message = t.has(err.messageKey as never) ? t(err.messageKey as never, err.params as never) : t('errors.internal');
    const result: ActionResult<never> = { ok: false, code: err.code, message };
    if (err instanceof ValidationError && Object.keys(err.fieldErrors).length) {
      result.fieldErrors = await translateFieldErrors(err.fieldErrors, err.params);
    }
    if (err.code === 'RATE_LIMITED') result.retryAfterSeconds = (err as unknown as { retryAfterSeconds: number }).retryAfterSeconds;
    return result;
  }
  const digest = logError('action', err);
  return { ok: false, code: 'INTERNAL', message: t('errors.internalWithDigest', { digest }) };
}
