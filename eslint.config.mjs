import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts', 'coverage/**'],
  },
  {
    rules: {
      // Output is escaped by React; raw HTML only through the sanitizing <RichText> (SECURITY.md C15).
      'react/no-danger': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='sql'][callee.property.name=/^(raw|identifier)$/]",
          message: 'sql.raw/sql.identifier only with values from a constant allowlist map (SECURITY.md C18); disable this line with a reason.',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration from lib/env.ts, not process.env.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'db/embedded.ts', 'db/migrate.ts', 'drizzle.config.ts', 'lib/env.ts', 'tests/**', 'e2e/**', 'playwright.config.ts', 'vitest.config.ts', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['components/ui/rich-text.tsx'],
    rules: { 'react/no-danger': 'off' },
  },
];

export default config;
