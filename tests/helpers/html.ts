// Reading rendered HTML the way a browser would tokenize its tags, for XSS checks (S21–S23): escaped
// text inside an attribute value (an alt repeating a hostile name) is harmless and must not count.
import { expect } from 'vitest';

export type Tag = { tag: string; attrs: Array<[name: string, value: string]> };

/** Every start tag with its attribute names and values (quoted values skipped over, not searched). */
export function tagsOf(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const attrs = [...m[2].matchAll(/\s+([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(
      (a) => [a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ''] as [string, string],
    );
    out.push({ tag: m[1].toLowerCase(), attrs });
  }
  return out;
}

/** No script element, no on* handler, no <img src=x>, no javascript: URL survived as markup. */
export function expectInertHtml(html: string) {
  const tags = tagsOf(html);
  expect(tags.length).toBeGreaterThan(3);
  expect(tags.filter((t) => t.tag === 'script')).toEqual([]);
  expect(tags.flatMap((t) => t.attrs.filter(([name]) => name.startsWith('on')))).toEqual([]);
  expect(tags.filter((t) => t.tag === 'img' && t.attrs.some(([n, v]) => n === 'src' && v === 'x'))).toEqual([]);
  expect(tags.flatMap((t) => t.attrs.filter(([, v]) => /^\s*(javascript|data|vbscript):/i.test(v) && !/^data:image\//i.test(v)))).toEqual([]);
  expect(html).not.toMatch(/<script/i);
}
