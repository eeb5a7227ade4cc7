// The only place that renders stored HTML (lint allows dangerouslySetInnerHTML here alone, C15).
// The HTML was sanitized when it was saved; it is sanitized again here, so a row written by an older
// allowlist, a migration or a direct SQL edit still renders only what the allowlist permits.
// Server-only: the sanitizer never ships to the browser.
import 'server-only';
import { sanitizeRichText } from '@/lib/sanitize/html';
import { cn } from './cn';

// Typography for the allowlisted tags, kept here instead of a global stylesheet.
const TYPO = [
  'text-slate-800 leading-7 break-words',
  '[&_p]:my-3 [&_h2]:mt-8 [&_h2]:mb-3 [&_h2]:text-2xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:text-xl [&_h3]:font-semibold',
  '[&_h4]:mt-5 [&_h4]:mb-2 [&_h4]:text-lg [&_h4]:font-semibold [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6',
  '[&_li]:my-1 [&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-brand-100 [&_blockquote]:pl-4 [&_blockquote]:text-slate-600',
  '[&_a]:text-brand-700 [&_a]:underline [&_img]:my-4 [&_img]:h-auto [&_img]:max-w-full [&_img]:rounded-md [&_hr]:my-6',
  '[&_table]:my-4 [&_table]:w-full [&_table]:border-collapse [&_table]:text-sm [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-50 [&_th]:p-2 [&_th]:text-left [&_td]:border [&_td]:border-slate-300 [&_td]:p-2',
].join(' ');

export function RichText({ html, className }: { html: string; className?: string }) {
  return <div className={cn('rich-text', TYPO, className)} dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }} />;
}
