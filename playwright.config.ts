import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { freePortSync } from './tests/support/port';

// Settled once in the runner; the workers it starts inherit the environment and read the same port.
process.env.PORT ??= String(freePortSync());

/** The test server's port (a free one unless PORT is set) and build folder (OUT_DIR, default dist). */
const port = Number(process.env.PORT);
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
