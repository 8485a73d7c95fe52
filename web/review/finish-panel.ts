import { stringify } from "yaml";

import { h } from "../shared/dom.js";
import type { GraphQLRequest } from "../shared/graphql-client.js";
import type { FactsRecord } from "./extract-request.js";
import type { FactsProblem, IngestReport } from "./facts-service.js";
import { checkDocument, FactsProblemsError, ingestDocument } from "./facts-service.js";

export interface FinishOptions {
  request: GraphQLRequest;
  checkPath: string;
  /** The reviewed document as it stands now: the article and the accepted items. */
  document(): FactsRecord;
  /** Places the service's problems on the cards and the article form; [] clears them. */
  showProblems(problems: FactsProblem[]): void;
}

const FORMATS = {
  YAML: {
    type: "application/yaml",
    extension: "yaml",
    write: (document: FactsRecord) => stringify(document, { lineWidth: 0 }),
  },
  JSON: {
    type: "application/json",
    extension: "json",
    write: (document: FactsRecord) => `${JSON.stringify(document, null, 2)}\n`,
  },
} as const;

function reportView(report: IngestReport): HTMLElement {
  const rows = report.counts.map((count) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, count.label),
      ...[count.created, count.matched, count.updated, count.newSources].map((value) =>
        h("td", {}, String(value)),
      ),
    ),
  );
  return h(
    "table",
    { class: "report" },
    h(
      "caption",
      {},
      report.dryRun ? "What submitting would do (dry run: nothing written)" : "What was written",
    ),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["Kind", "Created", "Matched", "Updated", "New sources"].map((text) =>
          h("th", { scope: "col" }, text),
        ),
      ),
    ),
    h("tbody", {}, ...rows),
  );
}

/**
 * The end of a review: download the reviewed facts file (after the service has checked it as
 * `showgraph ingest --check` does), or send it to the write API with an editor's token, a dry run
 * first. Submit is offered once a dry run of the same document has passed.
 */
export class FinishPanel {
  readonly element: HTMLElement;
  readonly token = h("input", { type: "password", name: "token", autocomplete: "off", spellcheck: "false" });
  private readonly format = h(
    "select",
    { name: "format" },
    h("option", { value: "YAML" }, "YAML"),
    h("option", { value: "JSON" }, "JSON"),
  );
  private readonly status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  private readonly result = h("div", { class: "result" });
  private readonly submit = h("button", { type: "button", disabled: "" }, "Submit");
  /** The document the last passing dry run was for: Submit sends only that. */
  private dryRunOf: string | null = null;

  constructor(private readonly options: FinishOptions) {
    const download = h("button", { type: "button" }, "Check and download");
    // A form, so that Enter in the token field makes the dry run (and the browser knows the field).
    const tokenForm = h(
      "form",
      { class: "finish-row", "aria-label": "Send to the graph" },
      h("label", {}, h("span", {}, "Editor token"), this.token),
      h("button", { type: "submit" }, "Dry run"),
      this.submit,
    );
    download.addEventListener("click", () => void this.download());
    tokenForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.ingest(true);
    });
    this.submit.addEventListener("click", () => void this.ingest(false));
    this.element = h(
      "section",
      { class: "finish", "aria-label": "Finish the review" },
      h("h2", {}, "Finish"),
      h(
        "p",
        { class: "muted" },
        "Only accepted proposals go into the facts file; undecided and rejected ones are left out.",
      ),
      h("div", { class: "finish-row" }, h("label", {}, h("span", {}, "File format"), this.format), download),
      tokenForm,
      h(
        "p",
        { class: "muted" },
        "An editor's token comes from `showgraph token create --role EDITOR`; it is sent only to this service.",
      ),
      this.status,
      this.result,
    );
  }

  /** The decisions changed: a dry run must be made again before submitting. */
  invalidate(): void {
    this.dryRunOf = null;
    this.submit.disabled = true;
  }

  private setStatus(text: string, kind: "info" | "busy" | "error" = "info"): void {
    this.status.textContent = text;
    this.status.dataset.kind = kind;
  }

  private problems(problems: FactsProblem[]): void {
    this.options.showProblems(problems);
    this.result.replaceChildren(
      h(
        "ul",
        { class: "problems", "aria-label": "Problems" },
        ...problems.map((problem) =>
          h("li", {}, `${problem.path === "" ? "document" : problem.path}: ${problem.message}`),
        ),
      ),
    );
    this.setStatus(
      `${problems.length} problem${problems.length === 1 ? "" : "s"}: fix or reject the proposals marked, then try again.`,
      "error",
    );
  }

  private async download(): Promise<void> {
    const format = FORMATS[this.format.value as keyof typeof FORMATS];
    const document = this.options.document();
    const text = format.write(document);
    this.setStatus("Checking the file…", "busy");
    try {
      const problems = await checkDocument(this.options.checkPath, text, format.type);
      if (problems.length > 0) {
        this.problems(problems);
        return;
      }
    } catch (error) {
      this.setStatus((error as Error).message, "error");
      return;
    }
    this.options.showProblems([]);
    const name = `${String((document.article as FactsRecord).id)}.facts.${format.extension}`;
    const link = h("a", {
      href: URL.createObjectURL(new Blob([text], { type: format.type })),
      download: name,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.result.replaceChildren();
    this.setStatus(`Downloaded ${name}: no problems (the checks of showgraph ingest --check).`);
  }

  private async ingest(dryRun: boolean): Promise<void> {
    const document = this.options.document();
    const text = JSON.stringify(document);
    if (!dryRun && text !== this.dryRunOf) {
      this.invalidate();
      this.setStatus("The decisions changed since the dry run: make a dry run again.", "error");
      return;
    }
    this.setStatus(dryRun ? "Dry run…" : "Submitting…", "busy");
    try {
      const report = await ingestDocument(this.options.request, document, dryRun);
      this.options.showProblems([]);
      this.result.replaceChildren(reportView(report));
      this.dryRunOf = dryRun ? text : null;
      this.submit.disabled = !dryRun;
      const records = `${report.records} record${report.records === 1 ? "" : "s"}`;
      this.setStatus(
        dryRun
          ? `Dry run passed: ${records}, ${report.changed ? "nothing written yet; Submit writes them" : "the graph already holds all of them"}.`
          : `Submitted: ${records} ingested${report.changed ? "" : " (the graph already held all of them)"}.`,
      );
    } catch (error) {
      this.invalidate();
      if (error instanceof FactsProblemsError) {
        this.problems(error.problems);
        return;
      }
      this.result.replaceChildren();
      this.setStatus((error as Error).message, "error");
    }
  }
}
