// Vitest runs the integration tests against a real PostgreSQL (STYLE.md §9, SECURITY.md §5):
// TEST_DATABASE_URL when set, otherwise an embedded server started by the global setup. Every test
// file gets its own database cloned from a migrated template, so files run in parallel safely.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Data files import 'server-only', which throws outside Next's react-server build (C19).
      { find: /^server-only$/, replacement: path.join(root, 'tests/helpers/server-only-stub.ts') },
    ],
  },
  test: {
    pool: 'forks',
    // Two cores: argon2 and PostgreSQL share them with the test processes.
    maxWorkers: 2,
    allowOnly: !process.env.CI,
    globalSetup: ['tests/helpers/global-setup.ts'],
    // setup-db first: it points DATABASE_URL at this file's database before anything imports db/client.
    setupFiles: ['tests/helpers/setup-db.ts', 'tests/helpers/session.ts'],
    // next-auth imports 'next/server' without an extension, which Node's ESM loader refuses;
    // letting Vite transform it resolves the import like Next's bundler does.
    server: { deps: { inline: ['next-auth'] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/security/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          exclude: ['tests/security/e2e/**', 'node_modules/**'],
        },
      },
    ],
  },
});
