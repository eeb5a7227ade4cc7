/**
 * Structured data for search engines. JSON.stringify output inside <script> is safe once `<`, `>`, `&`
 * and the JS line separators are escaped as \u sequences (C15): no "</script>" or "<!--" can end the
 * block early, whatever a product name or description contains.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function JsonLd({ data }: { data: unknown }) {
  // eslint-disable-next-line react/no-danger -- escaped above (C15); React would HTML-escape the JSON otherwise
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
