import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

/** The test server's port and build folder; set PORT and OUT_DIR to run two suites side by side. */
const port = Number(process.env.PORT ?? 4321);
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'dot' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // A missing element fails its step quickly instead of eating a whole path walk's time.
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    // The offline spec turns the service worker on; elsewhere it would
    // download the whole site in every fresh context and skew the timings.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
    },
  ],
  webServer: {
    command: `tsx scripts/serve.ts ${outDir} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
