// Server logging with redaction (SECURITY.md C20): passwords, tokens, cookies and NIK never reach a log line.
import { randomBytes } from 'node:crypto';
import { isProduction } from '@/lib/env';

const SECRET = /("?(password|passwordHash|token|tokenHash|authorization|cookie|nik|secret)"?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,}]+)/gi;

export function redact(text: string): string {
  return text.replace(SECRET, '$1[redacted]').replace(/\$argon2id\$[^\s"']+/g, '[redacted-hash]');
}

/** Logs an unexpected error and returns a short digest the user can quote to support. */
export function logError(where: string, err: unknown): string {
  const digest = randomBytes(4).toString('hex');
  const e = err as { name?: string; message?: string; stack?: string; cause?: { code?: string; message?: string } };
  const detail = [e?.name, e?.message, e?.cause?.code, e?.cause?.message].filter(Boolean).join(' | ');
  console.error(`[${where}] digest=${digest} ${redact(detail)}`);
  if (e?.stack && !isProduction) console.error(redact(e.stack));
  return digest;
}

export function logInfo(where: string, message: string) {
  console.log(`[${where}] ${redact(message)}`);
}
