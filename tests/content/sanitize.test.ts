// S24: rich text keeps only the allowlist, on save (page, promo and news bodies) and on render.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { newsArticles, promos, staticPages } from '@/db/schema';
import { saveStaticPageAction } from '@/lib/content/actions';
import { saveArticleAction } from '@/lib/news/actions';
import { savePromoAction } from '@/lib/promos/actions';
import { richTextToPlain, sanitizeRichText } from '@/lib/sanitize/html';
import { createUser } from '../helpers/factories';
import { runAs } from '../helpers/session';

const EVIL = [
  '<h2 onclick="steal()">Judul</h2>',
  '<p>Teks<script>alert(1)</script><style>body{display:none}</style></p>',
  '<img src="x" onerror="alert(1)">',
  '<img src="/media/public/0b7c5b8e-8d2a-4e6b-9a4c-1f2e3d4c5b6a-640.webp" alt="foto" width="640" onload="x()" style="position:fixed">',
  '<img src="data:image/png;base64,iVBORw0KGgo=">',
  '<img src="https://evil.test/track.gif">',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href=" JaVaScRiPt:alert(1)">spasi</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="https://contoh.test/promo" target="_blank" rel="opener">aman</a>',
  '<a href="mailto:halo@contoh.test">surat</a>',
  '<iframe src="https://evil.test"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<svg><script>alert(1)</script></svg><math><mi>x</mi></math>',
  '<p style="background:url(javascript:alert(1))" class="x" id="y">gaya</p>',
  '<form action="https://evil.test"><input name="pw"></form>',
  '<table><tr><td colspan="2" onmouseover="x()">sel</td></tr></table>',
].join('');

function assertClean(html: string) {
  expect(html).not.toMatch(/<script|<style|<iframe|<object|<embed|<svg|<math|<form|<input/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(html).not.toMatch(/\sstyle=|\sclass=|\sid=/i);
  expect(html).not.toContain('evil.test/track');
  expect(html).not.toMatch(/removed|<\/a><\/a>/);
  expect(html).toContain('<h2>Judul</h2>');
  expect(html).toContain('src="/media/public/0b7c5b8e-8d2a-4e6b-9a4c-1f2e3d4c5b6a-640.webp"');
  expect(html).toMatch(/<a rel="noopener noreferrer nofollow" href="https:\/\/contoh.test\/promo" target="_blank">aman<\/a>/);
  expect(html).toContain('href="mailto:halo@contoh.test"');
  expect(html).toContain('<td colspan="2">sel</td>');
}

describe('the allowlist', () => {
  it('strips scripts, event handlers, styles, iframes and javascript:/data: URLs', () => {
    assertClean(sanitizeRichText(EVIL));
  });
  it('is idempotent, so sanitizing again at render changes nothing', () => {
    const once = sanitizeRichText(EVIL);
    expect(sanitizeRichText(once)).toBe(once);
  });
  it('turns h1 into h2 (the page has one h1) and b/i into strong/em', () => {
    expect(sanitizeRichText('<h1>A</h1><b>B</b><i>C</i>')).toBe('<h2>A</h2><strong>B</strong><em>C</em>');
  });
  it('gives plain text for excerpts without markup or entities', () => {
    expect(richTextToPlain('<p>Harga &amp; <strong>diskon</strong></p><script>x</script>')).toBe('Harga & diskon');
  });
});

describe('bodies are sanitized before they are stored', () => {
  it('static page, promo and news body', async () => {
    const admin = await createUser('admin');
    const page = await runAs(admin, () => saveStaticPageAction({ slug: 'faq', title: 'FAQ', body: EVIL }));
    expect(page).toMatchObject({ ok: true });
    assertClean((await db.select({ body: staticPages.body }).from(staticPages).where(eq(staticPages.slug, 'faq')))[0].body);

    const promo = await runAs(admin, () =>
      savePromoAction({
        id: '',
        title: 'Promo Aman',
        slug: '',
        bannerMediaId: '',
        body: EVIL,
        terms: '',
        startsAt: '2026-12-01T08:00',
        endsAt: '2026-12-31T08:00',
        voucherCode: '',
        discountType: '',
        discountValue: '',
        minSpendIdr: '',
        audience: 'public',
        segmentId: '',
        status: 'published',
      }),
    );
    expect(promo).toMatchObject({ ok: true });
    assertClean((await db.select({ body: promos.body }).from(promos).where(eq(promos.slug, 'promo-aman')))[0].body);

    const article = await runAs(admin, () => saveArticleAction({ id: '', title: 'Berita Aman', slug: '', excerpt: '', body: EVIL, coverMediaId: '', status: 'published', publishedAt: '' }));
    expect(article).toMatchObject({ ok: true });
    const [a] = await db.select({ body: newsArticles.body, excerpt: newsArticles.excerpt }).from(newsArticles).where(eq(newsArticles.slug, 'berita-aman'));
    assertClean(a.body);
    expect(a.excerpt).not.toMatch(/alert|<|>/);
  });
});
