// Browser tests. `npm test` prepares everything: a seeded database (DATABASE_URL), a production
// build, a free port (LOCUS_E2E_PORT) and the Chromium to use (LOCUS_CHROMIUM). To run them by
// hand, set DATABASE_URL to a migrated, seeded database, run `next build`, then `npm run test:e2e`.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.LOCUS_E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;
// Debian's Chromium by default; Playwright's own browser when none of these exists.
const executablePath = [process.env.LOCUS_CHROMIUM, process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
);
const ci = Boolean(process.env.CI && process.env.CI !== "false");

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // The tests share one seeded database: run files one after another unless told otherwise.
  fullyParallel: false,
  workers: Number(process.env.LOCUS_E2E_WORKERS || 1),
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `${JSON.stringify(process.execPath)} node_modules/next/dist/bin/next start -p ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
  },
});
