import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";

import { projectRoot } from "../../src/common/project-root.js";

/** Debian's chromium; tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Screenshots of browser tests land here (git-ignored). */
export const TEST_ARTIFACTS = join(projectRoot, "test-artifacts");

// Nothing that phones home: no field trials, updates, sync nor background requests of its own, so
// every request the tests see was made by the page.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser asked for, in order (the pages, their assets, workers, GraphQL). */
  requests: string[];
  /** Failed requests, HTTP errors, uncaught page errors and console errors (CSP refusals among them). */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile; fails with the fix in its message when chromium is not
 * installed.
 */
export async function openBrowser({ width = 1280, height = 800 } = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: the browser tests drive Debian's chromium. ` +
        "Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).",
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "showgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    deviceScaleFactor: 1,
  });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  context.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "unknown"})`),
  );
  context.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return {
    context,
    page,
    requests,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests to anything but `origin` (data: URLs, made by the page itself, are allowed). */
export function requestsElsewhere(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(TEST_ARTIFACTS, { recursive: true });
  const path = join(TEST_ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
