import type { Page } from "playwright-core";
import { Kind, parse, print } from "graphql";

/** Opens GraphiQL as a browser would (GET /graphql) and waits for its editor and the schema. */
export async function openIde(page: Page, serverUrl: string): Promise<void> {
  await page.goto(`${serverUrl}/graphql`);
  await page.locator(".graphiql-query-editor .monaco-editor").waitFor();
  await page.getByRole("button", { name: "Show Documentation Explorer" }).waitFor();
}

/**
 * The name of the first operation in `examples` whose text matches every pattern, so a test
 * follows whatever schema/examples.graphql holds.
 */
export function exampleOperationName(examples: string, patterns: RegExp[]): string {
  for (const definition of parse(examples).definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
      const text = print(definition);
      if (patterns.every((pattern) => pattern.test(text))) {
        return definition.name.value;
      }
    }
  }
  throw new Error(`schema/examples.graphql has no named operation matching ${patterns.join(" and ")}`);
}

/** Presses the run button, picks `operationName` and returns the JSON the service answered. */
export async function runOperation(page: Page, operationName: string): Promise<unknown> {
  const answered = page.waitForResponse(
    (response) =>
      response.url().endsWith("/graphql") &&
      response.request().method() === "POST" &&
      (JSON.parse(response.request().postData() ?? "{}") as { operationName?: string }).operationName ===
        operationName,
  );
  await page.locator(".graphiql-execute-button").click();
  // With several operations in the tab the button opens a menu of their names.
  const choice = page.getByRole("menuitem", { name: operationName, exact: true });
  const menu = await choice.waitFor({ timeout: 2_000 }).then(
    () => true,
    () => false,
  );
  if (menu) {
    await choice.click();
  }
  return (await answered).json();
}

/** The visible text of an editor pane (.graphiql-query-editor, .graphiql-response), spaces made plain. */
export async function paneText(page: Page, pane: string): Promise<string> {
  return (await page.locator(pane).innerText()).replace(/\u00a0/g, " ");
}
