// E-mail templates by key, in Bahasa Indonesia and English. Each builds a subject and a React Email
// tree from the outbox payload; lib/email/render.ts turns it into HTML and plain text.
import type { ReactElement } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { EmailLayout } from './layout';

export type TemplateContext = { locale: Locale; company: string };
type Built = { subject: string; element: ReactElement };
type Template = (data: Record<string, unknown>, ctx: TemplateContext) => Built;

const str = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : '');
/** Only our own absolute http(s) links become buttons. */
const url = (v: unknown) => {
  const s = str(v);
  return /^https?:\/\/[^\s"'<>]+$/.test(s) ? s : '';
};

function simple(
  ns: string,
  opts: { buttons: Array<{ key: string; field: string }>; named?: boolean; bodyParams?: (d: Record<string, unknown>) => Record<string, string> },
): Template {
  return (data, { locale, company }) => {
    const t = translatorFor(locale, 'email');
    const name = str(data.name, 120);
    const subject = t(`${ns}.subject`, { company });
    const body = t(`${ns}.body`, { company, ...(opts.bodyParams?.(data) ?? {}) });
    return {
      subject,
      element: (
        <EmailLayout
          lang={locale}
          company={company}
          preview={subject}
          heading={subject}
          greeting={opts.named && name ? t('greeting', { name }) : t('greetingPlain')}
          paragraphs={[body]}
          actions={opts.buttons.map((b) => ({ label: t(`${ns}.${b.key}`), url: url(data[b.field]) })).filter((a) => a.url)}
          note={t('ignore')}
          footer={t('footer', { company })}
        />
      ),
    };
  };
}

const notification: Template = (data, { locale, company }) => {
  const t = translatorFor(locale, 'email');
  const title = str(data.title, 200) || company;
  const lines = Array.isArray(data.lines) ? data.lines.map((l) => str(l, 2000)).filter(Boolean) : [str(data.body, 5000)].filter(Boolean);
  const link = url(data.url);
  return {
    subject: t('notification.subject', { title }),
    element: (
      <EmailLayout
        lang={locale}
        company={company}
        preview={title}
        heading={title}
        greeting={str(data.name, 120) ? t('greeting', { name: str(data.name, 120) }) : undefined}
        paragraphs={lines}
        actions={link ? [{ label: (str(data.buttonKey, 80) ? t(str(data.buttonKey, 80)) : '') || str(data.button, 80) || t('notification.button'), url: link }] : []}
        footer={t('footer', { company })}
      />
    ),
  };
};

export const templates = {
  'verify-email': simple('verify', { named: true, buttons: [{ key: 'button', field: 'url' }] }),
  'reset-password': simple('reset', { named: true, buttons: [{ key: 'button', field: 'url' }] }),
  'reset-unknown': simple('resetUnknown', { buttons: [{ key: 'button', field: 'registerUrl' }] }),
  'account-exists': simple('accountExists', {
    buttons: [
      { key: 'login', field: 'loginUrl' },
      { key: 'reset', field: 'resetUrl' },
    ],
  }),
  invite: simple('invite', {
    named: true,
    buttons: [{ key: 'button', field: 'url' }],
    bodyParams: (d) => ({ invitedBy: str(d.invitedBy, 120) }),
  }),
  notification,
} satisfies Record<string, Template>;

export type TemplateKey = keyof typeof templates;
export const TEMPLATE_KEYS = Object.keys(templates) as TemplateKey[];
export const isTemplateKey = (k: string): k is TemplateKey => k in templates;
