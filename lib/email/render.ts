import { render, toPlainText } from '@react-email/components';
import type { Locale } from '@/lib/i18n/config';
import { isTemplateKey, templates } from './templates';

export type RenderedEmail = { subject: string; html: string; text: string; headers?: Record<string, string> };

/** Subjects are one line: CR/LF (header injection) and control characters are removed (C15). */
export function cleanSubject(s: string): string {
  return s.replace(/[\r\n\t\u0000-\u001f\u007f]+/g, ' ').replace(/\s{2,}/g, ' ').trim().slice(0, 250);
}

/** Extra headers (List-Unsubscribe): names are tokens, values single-line (no header injection). */
function cleanHeaders(h: Record<string, string>): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (/^[A-Za-z][A-Za-z0-9-]{0,63}$/.test(k) && v) out[k] = cleanSubject(v).slice(0, 900);
  return Object.keys(out).length ? out : undefined;
}

export async function renderEmail(template: string, locale: Locale, data: Record<string, unknown>, company: string): Promise<RenderedEmail> {
  if (!isTemplateKey(template)) throw new Error(`unknown e-mail template ${template}`);
  const built = templates[template](data, { locale, company });
  const html = await render(built.element);
  const headers = built.headers ? cleanHeaders(built.headers) : undefined;
  return { subject: cleanSubject(built.subject), html, text: toPlainText(html), ...(headers ? { headers } : {}) };
}
