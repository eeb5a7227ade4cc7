// Playwright runs against the production build started by scripts/e2e.mjs (npm run test:e2e), which
// passes the address in E2E_BASE_URL. Chromium only: the system one, since browsers cannot be
// downloaded here or in CI.
import { defineConfig, devices } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:3100';
const ci = !!process.env.CI;

export default defineConfig({
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testDir: './e2e', testMatch: /auth\.setup\.ts$/ },
    { name: 'journeys', testDir: './e2e', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
    { name: 'security', testDir: './tests/security/e2e', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
});
