import type { PlaywrightTestConfig } from "@playwright/test";
import { devices } from "@playwright/test";
import dotEnv from "dotenv";
import * as os from "os";
import * as path from "path";

dotEnv.config({ path: "../../.env" });

const outputDir = path.join(__dirname, "test-results");

// Dev Server on local can be slow to start up and process requests. So, keep timeouts really high on local, so that tests run reliably locally
const DEFAULT_NAVIGATION_TIMEOUT = process.env.CI ? 30000 : 120000;
const DEFAULT_EXPECT_TIMEOUT = process.env.CI ? 30000 : 120000;
const DEFAULT_TEST_TIMEOUT = process.env.CI ? 60000 : 240000;

const headless = !!process.env.CI || !!process.env.PLAYWRIGHT_HEADLESS;

const config: PlaywrightTestConfig = {
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 0,
  workers: os.cpus().length,
  timeout: DEFAULT_TEST_TIMEOUT,
  maxFailures: headless ? 10 : undefined,
  fullyParallel: true,
  reporter: [["list"], ["html", { outputFolder: "./test-results/reports/playwright-html-report", open: "never" }]],
  outputDir: path.join(outputDir, "results"),
  webServer: {
    command: "NEXT_PUBLIC_IS_E2E=1 yarn start -p 3000",
    port: 3000,
    timeout: 60_000,
    reuseExistingServer: !process.env.CI,
  },
  use: {
    baseURL: process.env.NEXT_PUBLIC_WEBAPP_URL || "http://localhost:3000",
    locale: "en-US",
    trace: "retain-on-failure",
    headless,
    navigationTimeout: DEFAULT_NAVIGATION_TIMEOUT,
  },
  expect: {
    timeout: DEFAULT_EXPECT_TIMEOUT,
  },
  projects: [
    {
      name: "@slotbook/web",
      testDir: "./playwright",
      testMatch: /.*\.e2e\.tsx?/,
      use: { ...devices["Desktop Chrome"] },
    },
  ],
};

export default config;
