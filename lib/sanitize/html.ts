// The one HTML allowlist for rich text (static pages, promos, news): run on save AND on render (C15).
// Anything not listed is dropped: scripts, styles, iframes, event handlers, classes, and every URL
// scheme but http(s)/mailto/tel on links; images only from our own public media (/media/public/).
import sanitizeHtml from 'sanitize-html';

export const RICH_TEXT_MAX_LENGTH = 100_000;

const MEDIA_PREFIX = '/media/public/';

/** An image source we serve ourselves: a relative path under /media/public/ with a plain file name. */
export function isOwnMediaSrc(src: string): boolean {
  return src.startsWith(MEDIA_PREFIX) && /^\/media\/public\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(src) && !src.includes('..');
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'hr',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: {
    a: ['href', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Contents of these are dropped with the tag, not kept as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    h1: 'h2',
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => {
      const out: sanitizeHtml.Attributes = { rel: 'noopener noreferrer nofollow' };
      if (attribs.href) out.href = attribs.href;
      if (attribs.target === '_blank') out.target = '_blank';
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => {
      const src = (attribs.src ?? '').trim();
      // Anything but our own media loses its src and is then dropped by exclusiveFilter.
      if (!isOwnMediaSrc(src)) return { tagName, attribs: {} };
      const out: sanitizeHtml.Attributes = { src, alt: (attribs.alt ?? '').slice(0, 300) };
      for (const k of ['width', 'height'] as const) if (attribs[k] && /^\d{1,4}$/.test(attribs[k])) out[k] = attribs[k];
      return { tagName, attribs: out };
    },
  },
  exclusiveFilter: (frame) => (frame.tag === 'img' && !frame.attribs.src) || (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()),
};

/** Cleans staff-written HTML down to the allowlist. Idempotent: sanitize(sanitize(x)) === sanitize(x). */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html.slice(0, RICH_TEXT_MAX_LENGTH * 2), OPTIONS).trim();
}

/** Plain text of a rich-text body (excerpts, meta descriptions, e-mail text). */
export function richTextToPlain(html: string, max = 300): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'iframe'] })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** True when a body has no visible content (an editor's empty `<p></p>`). */
export function isBlankRichText(html: string): boolean {
  return !/<img\s/i.test(html) && richTextToPlain(html, 10).length === 0;
}
