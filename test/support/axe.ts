import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

import type { Page } from "playwright-core";

/**
 * A violation a test knowingly accepts: the rule, a piece of the element's HTML that marks it
 * (`class="graphiql-tab`), and why.
 */
export interface AcceptedViolation {
  id: string;
  target: string;
  why: string;
}

/** A violation as axe-core reports it, cut to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const require = createRequire(import.meta.url);

/**
 * Runs axe-core (the npm package, injected into the page: it loads nothing from the network) on
 * what the page shows now, and returns its serious and critical violations, less those `accepted`. Injected with
 * page.evaluate, which the page's Content-Security-Policy does not govern, so the policy the
 * tests check stays as strict as it is served.
 */
export async function seriousAccessibilityViolations(
  page: Page,
  accepted: AcceptedViolation[] = [],
): Promise<AxeViolation[]> {
  const source = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const found = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(options: object): Promise<{
          violations: Array<{
            id: string;
            impact: string | null;
            help: string;
            nodes: Array<{ target: string[]; html: string }>;
          }>;
        }>;
      };
    };
    const result = await axe.run({ resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        // The selector and the start of the element's HTML, so that a class names it.
        targets: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.html.slice(0, 100)}`),
      }));
  });
  return found
    .map((violation) => ({
      ...violation,
      targets: violation.targets.filter(
        (target) => !accepted.some((each) => each.id === violation.id && target.includes(each.target)),
      ),
    }))
    .filter((violation) => violation.targets.length > 0);
}
