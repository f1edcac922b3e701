// End-to-end harness: a real Sapa (SQLite in a temp folder, demo seeded) on a loopback
// port, and Debian's chromium driven by playwright-core. Nothing is downloaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { ensureDemoWorkspace } from '../src/demo/seed.js';
import { openRuntime, type Runtime } from '../src/runtime.js';
import { startServices, type RunningServices } from '../src/services.js';

export interface E2eSapa {
  url: string;
  runtime: Runtime;
  browser: Browser;
  newPage(locale?: string): Promise<Page>;
  stop(): Promise<void>;
}

export const chromiumPath = process.env.SAPA_CHROMIUM ?? '/usr/bin/chromium';

/** Signs in through the real sign-in page and waits for the inbox. */
export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('inbox-page').waitFor();
}

export async function startE2eSapa(env: Record<string, string> = {}): Promise<E2eSapa> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-e2e-'));
  const config = loadConfig({ SAPA_DATA_DIR: dataDir, PORT: '0', SAPA_LOG_LEVEL: 'warn', SAPA_DEMO_RATE: '0', ...env });
  // Simulated networks answer at once and never rate-limit here, so browser tests are deterministic.
  const runtime: Runtime = await openRuntime(config, { connectors: { seed: 'e2e', simulator: { latencyMs: 0, rateLimitProbability: 0 } } });
  await ensureDemoWorkspace(runtime, () => undefined);
  const services: RunningServices = await startServices(runtime, ['api', 'worker', 'scheduler']);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const url = (services.url ?? '').replace('localhost', '127.0.0.1');
  return {
    url,
    runtime,
    browser,
    newPage: async (locale = 'en-US') => {
      const context = await browser.newContext({ locale, viewport: { width: 1360, height: 860 } });
      return context.newPage();
    },
    stop: async () => {
      await browser.close();
      await services.stop();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
