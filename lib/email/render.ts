import { render, toPlainText } from '@react-email/components';
import type { Locale } from '@/lib/i18n/config';
import { isTemplateKey, templates } from './templates';

export type RenderedEmail = { subject: string; html: string; text: string };

/** Subjects are one line: CR/LF (header injection) and control characters are removed (C15). */
export function cleanSubject(s: string): string {
  return s.replace(/[\r\n\t\u0000-\u001f\u007f]+/g, ' ').replace(/\s{2,}/g, ' ').trim().slice(0, 250);
}

export async function renderEmail(template: string, locale: Locale, data: Record<string, unknown>, company: string): Promise<RenderedEmail> {
  if (!isTemplateKey(template)) throw new Error(`unknown e-mail template ${template}`);
  const built = templates[template](data, { locale, company });
  const html = await render(built.element);
  return { subject: cleanSubject(built.subject), html, text: toPlainText(html) };
}
