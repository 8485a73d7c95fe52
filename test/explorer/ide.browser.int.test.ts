import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import type { BrowserSession } from "../support/browser.js";
import { openBrowser, requestsElsewhere, saveScreenshot } from "../support/browser.js";
import { ensureExplorerAssets } from "../support/explorer-assets.js";
import { exampleOperationName, openIde, paneText, runOperation } from "../support/ide-page.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { HIT_AND_RUN_ACTORS } from "../support/seed-cast.js";
import { startTestHttpServer } from "../support/test-http-server.js";

describe("the GraphQL IDE in a real browser", () => {
  let server: TestHttpServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    await ensureExplorerAssets();
    server = await startTestHttpServer();
    browser = await openBrowser();
    await openIde(browser.page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens on a welcome tab holding the example operations", async () => {
    const examples = await readFile(join(projectRoot, "schema", "examples.graphql"), "utf8");
    const firstOperation = exampleOperationName(examples, [/./]);
    await expect
      .poll(() => paneText(browser.page, ".graphiql-query-editor"))
      .toContain("Welcome to showgraph");
    expect(await browser.page.locator(".graphiql-tab").first().innerText()).toContain(firstOperation);
  });

  it("runs the example asking for Hit & Run's cast and shows the result", async () => {
    const examples = await readFile(join(projectRoot, "schema", "examples.graphql"), "utf8");
    const operation = exampleOperationName(examples, [/hit & run/i, /\bcast\b/]);
    const result = (await runOperation(browser.page, operation)) as {
      data: { show: { cast: { nodes: Array<{ person: { name: string } }> } } };
    };
    expect(result.data.show.cast.nodes.map((credit) => credit.person.name)).toEqual(HIT_AND_RUN_ACTORS);
    await expect.poll(() => paneText(browser.page, ".graphiql-response")).toContain('"title": "Hit & Run"');
    expect(await paneText(browser.page, ".graphiql-response")).toContain('"name": "Lior Raz"');
    await saveScreenshot(browser.page, "ide-hit-and-run-cast");
  });

  it("documents the schema from introspection", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByRole("link", { name: "Query" }).click();
    await expect.poll(() => docs.innerText()).toContain("One show by global ID");
    await saveScreenshot(page, "ide-docs");
  });

  it("completes field names as one types", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "New tab" }).click();
    await page.locator(".graphiql-query-editor .monaco-editor").click();
    await page.keyboard.type("{ sho");
    await page.keyboard.press("Control+Space");
    const suggestions = page.locator(".suggest-widget");
    await expect.poll(() => suggestions.innerText()).toContain("show");
  });

  it("asked nothing of any host but the service, and nothing failed", () => {
    expect(browser.problems).toEqual([]);
    expect(requestsElsewhere(browser.requests, server.url)).toEqual([]);
    expect(browser.requests).toContain(`${server.url}/explorer/assets/workers/graphql.worker.js`);
  });

  // Last: the service refuses the made-up token with a 401, which the test above would count.
  it("offers the token: the Headers pane is open with a bearer field, and a mutation run from the IDE sends it", async () => {
    const { page } = browser;
    // Back to the welcome tab, which holds the examples (a test above opened another).
    await page.locator(".graphiql-tab").first().click();
    const pane = 'section.graphiql-editor-tool[aria-label="Headers"]';
    await expect.poll(() => paneText(page, pane)).toContain('"Authorization": "Bearer "');
    // A well-formed token the service does not know: refused before anything runs, so the shared
    // graph stays as it is, and the refusal shows that the token was sent.
    const token = `sgt_000000000000_${"A".repeat(43)}`;
    await page.locator(`${pane} > :not(.hidden) .monaco-editor`).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.insertText(token);
    await expect.poll(() => paneText(page, pane)).toContain(`"Bearer ${token}"`);

    const examples = await readFile(join(projectRoot, "schema", "examples.graphql"), "utf8");
    const operation = exampleOperationName(examples, [/^mutation/, /setClaimRank/]);
    const sent = page.waitForRequest(
      (request) =>
        request.method() === "POST" &&
        (JSON.parse(request.postData() ?? "{}") as { operationName?: string }).operationName === operation,
    );
    const answer = (await runOperation(page, operation)) as {
      errors: Array<{ extensions: { code: string } }>;
    };
    expect((await sent).headers().authorization).toBe(`Bearer ${token}`);
    expect(answer.errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
    await saveScreenshot(page, "ide-token-header");
  });
});
