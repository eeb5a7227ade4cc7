import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

// Signed-in areas, the API and print views are not for search engines (they answer 404 or a login
// page anyway); everything public is crawlable and listed in the sitemap.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/staff', '/account', '/api/', '/print', '/files/'] }],
    sitemap: new URL('/sitemap.xml', env.APP_URL).toString(),
  };
}
