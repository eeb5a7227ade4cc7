// C15: structured data can never end its <script> early; hreflang/canonical URLs per language.
import { describe, expect, it } from 'vitest';
import { jsonLdText } from '@/components/public/json-ld';
import { localizedUrl } from '@/lib/site/seo';
import { slugify } from '@/lib/catalog/slug';
import { listingHref } from '@/lib/catalog/urls';

describe('JSON-LD', () => {
  it('escapes <, >, & and line separators so a product name cannot close the script block', () => {
    const name = 'Router </script><script>alert(1)</script> <!-- & \u2028';
    const text = jsonLdText({ '@type': 'Product', name });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text).name).toBe(name);
  });
});

describe('URLs', () => {
  it('the default language has the clean URL; the other one ?hl=', () => {
    expect(localizedUrl('/catalog', 'id', 'id')).toBe('http://localhost:3000/catalog');
    expect(localizedUrl('/catalog', 'en', 'id')).toBe('http://localhost:3000/catalog?hl=en');
    expect(localizedUrl('/', 'id', 'en')).toBe('http://localhost:3000/?hl=id');
  });

  it('slugs are lower-case ASCII with hyphens', () => {
    expect(slugify('Router Wi-Fi 6 — AX1800 (Dual Band)')).toBe('router-wi-fi-6-ax1800-dual-band');
    expect(slugify('Kabel & Aksesoris')).toBe('kabel-dan-aksesoris');
    expect(slugify('Kamera Résolution ²')).toBe('kamera-resolution-2');
    expect(slugify('  --  ')).toBe('');
  });

  it('the first page in the default order is the static URL; anything else goes to /catalog/search', () => {
    expect(listingHref({})).toBe('/catalog');
    expect(listingHref({ category: 'router', page: 1 })).toBe('/catalog/router');
    expect(listingHref({ category: 'router', q: 'tp link', page: 2 })).toBe('/catalog/search?q=tp+link&page=2&category=router');
    expect(listingHref({ kind: 'service', stock: true, min: 0, max: null })).toBe('/catalog/search?kind=service&min=0&stock=1');
  });
});
