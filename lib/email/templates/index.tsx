// E-mail templates by key, in Bahasa Indonesia and English. Each builds a subject and a React Email
// tree from the outbox payload; lib/email/render.ts turns it into HTML and plain text.
import type { ReactElement } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { EmailLayout } from './layout';

export type TemplateContext = { locale: Locale; company: string };
/** `headers`: extra mail headers (List-Unsubscribe for marketing); the transport cleans them. */
type Built = { subject: string; element: ReactElement; headers?: Record<string, string> };
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

const paragraphsOf = (text: string) => text.split(/\n{2,}|\r\n\r\n/).map((p) => p.trim()).filter(Boolean).slice(0, 40);

/** Helpdesk's answer to a consultation-form inquiry (lib/inquiries). */
const inquiryReply: Template = (data, { locale, company }) => {
  const t = translatorFor(locale, 'inquiries.mail');
  const name = str(data.name, 120);
  const subject = t('subject', { company });
  const question = str(data.question, 2000);
  return {
    subject,
    element: (
      <EmailLayout
        lang={locale}
        company={company}
        preview={subject}
        heading={subject}
        greeting={name ? t('greeting', { name }) : t('greetingPlain')}
        paragraphs={[t('intro'), ...paragraphsOf(str(data.answer, 10_000)), ...(str(data.staffName, 120) ? [t('signature', { staff: str(data.staffName, 120), company })] : []), ...(question ? [t('yourQuestion'), question] : [])]}
        footer={t('footer', { company })}
      />
    ),
  };
};

/**
 * A promo campaign message (lib/campaigns). Marketing: carries a visible unsubscribe link and the
 * RFC 8058 one-click headers; the opt-out itself is checked when the campaign is sent.
 */
const promo: Template = (data, { locale, company }) => {
  const t = translatorFor(locale, 'promoMail');
  const title = str(data.title, 200) || company;
  const name = str(data.name, 120);
  const unsubscribe = url(data.unsubscribeUrl);
  const oneClick = url(data.oneClickUrl);
  const voucher = str(data.voucherCode, 40);
  const lines = [
    ...paragraphsOf(str(data.summary, 3000)),
    ...(str(data.offer, 200) ? [t('offer', { offer: str(data.offer, 200) })] : []),
    ...(voucher ? [t('voucher', { code: voucher })] : []),
    ...(str(data.period, 200) ? [t('period', { period: str(data.period, 200) })] : []),
  ];
  const link = url(data.url);
  return {
    subject: t('subject', { title, company }),
    headers: oneClick ? { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined,
    element: (
      <EmailLayout
        lang={locale}
        company={company}
        preview={title}
        heading={title}
        greeting={name ? t('greeting', { name }) : t('greetingPlain')}
        paragraphs={lines}
        actions={link ? [{ label: t('button'), url: link }] : []}
        note={unsubscribe ? t('unsubscribe', { company, url: unsubscribe }) : undefined}
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
  'inquiry-reply': inquiryReply,
  promo,
} satisfies Record<string, Template>;

export type TemplateKey = keyof typeof templates;
export const TEMPLATE_KEYS = Object.keys(templates) as TemplateKey[];
export const isTemplateKey = (k: string): k is TemplateKey => k in templates;
