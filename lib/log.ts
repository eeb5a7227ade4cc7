// Server logging with redaction (SECURITY.md C20): passwords, tokens, cookies and NIK never reach a log line.
import { randomBytes } from 'node:crypto';
import { isProduction } from '@/lib/env';

const SECRET = /("?(password|passwordHash|token|tokenHash|authorization|cookie|nik|secret)"?\s*[:=]\s*)((?:Bearer|Basic)\s+[^\s,}]+|"[^"]*"|'[^']*'|[^\s,}]+)/gi;

export function redact(text: string): string {
  return (
    text
      .replace(SECRET, '$1[redacted]')
      .replace(/\$argon2id\$[^\s"']+/g, '[redacted-hash]')
      // Row values: Drizzle's "params: …" line and PostgreSQL's "Key (nik)=(…)" detail.
      .replace(/^params: .*$/gm, 'params: [redacted]')
      .replace(/(Key \([^)]*\)=\()[^)]*\)/g, '$1[redacted])')
  );
}

/**
 * Drizzle's query errors put every parameter of the failed statement (a NIK, a phone, an e-mail) into
 * their message; only the statement's shape is logged.
 */
function safeMessage(e: { message?: string; query?: unknown; params?: unknown }): string | undefined {
  return typeof e?.query === 'string' && Array.isArray(e.params) ? `Failed query: ${e.query}` : e?.message;
}

/** Logs an unexpected error and returns a short digest the user can quote to support. */
export function logError(where: string, err: unknown): string {
  const digest = randomBytes(4).toString('hex');
  const e = err as { name?: string; message?: string; stack?: string; query?: unknown; params?: unknown; cause?: { code?: string; message?: string } };
  const message = safeMessage(e);
  const detail = [e?.name, message, e?.cause?.code, e?.cause?.message].filter(Boolean).join(' | ');
  console.error(`[${where}] digest=${digest} ${redact(detail)}`);
  if (e?.stack && !isProduction) console.error(redact(e.message && message ? e.stack.replace(e.message, message) : e.stack));
  return digest;
}

export function logInfo(where: string, message: string) {
  console.log(`[${where}] ${redact(message)}`);
}
