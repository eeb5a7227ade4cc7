/** "Diskon Akhir Tahun 2026!" → "diskon-akhir-tahun-2026". */
export function slugify(s: string, max = 80): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '') || 'promo';
}
