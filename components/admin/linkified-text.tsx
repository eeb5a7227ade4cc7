import type { ReactNode } from 'react';

// Absolute http(s) URLs only; trailing punctuation and the brackets html-to-text puts around links stay text.
const URL_RE = /https?:\/\/[^\s<>"'\]\)]+[^\s<>"'\]\).,;:!?]/g;

/**
 * Plain text with its links clickable, built as React nodes (no HTML injection). Used for the text
 * version of an outgoing e-mail, so a tester can open a verification or invitation link from it.
 */
export function LinkifiedText({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <a key={at} href={m[0]} target="_blank" rel="noopener noreferrer" className="break-all">
        {m[0]}
      </a>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
