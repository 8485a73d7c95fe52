import "../graph-view/explore.css";
import "./review.css";

import { h } from "../shared/dom.js";
import { createGraphQLClient } from "../shared/graphql-client.js";
import { readPageConfig } from "../shared/page-config.js";
import { pageTitle } from "../shared/page-title.js";
import { ArticleForm } from "./article-form.js";
import { ArticleView } from "./article-view.js";
import type { ExtractAnswer } from "./extract-request.js";
import { requestDraft } from "./extract-request.js";
import type { FactsProblem } from "./facts-service.js";
import { FinishPanel } from "./finish-panel.js";
import { ItemCard, itemInWords } from "./item-card.js";
import type { ItemKind } from "./review-items.js";
import { referenceOf, reviewedDocument, reviewItems } from "./review-items.js";

const config = readPageConfig();
const root = document.getElementById("review");
if (!root) {
  throw new Error("The page has no #review element.");
}

const pasted = h("textarea", { id: "article-text", rows: "10", spellcheck: "false" });
const upload = h("input", {
  type: "file",
  id: "article-file",
  accept: ".txt,.html,.htm,.md,text/plain,text/html",
});
const propose = h("button", { type: "submit" }, "Propose a draft");
const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
const draftArea = h("div", { class: "draft" });
let finishedActions = 0;

const form = h(
  "form",
  { class: "article-input", "aria-label": "The article" },
  h("label", { for: "article-text" }, "Paste the article's text (plain text or HTML)"),
  pasted,
  h("label", { for: "article-file" }, "or upload a file"),
  upload,
  h("div", {}, propose),
);

root.append(
  h("header", { class: "toolbar" }, pageTitle("review a draft", "/review")),
  h("main", { class: "review" }, form, status, draftArea),
);

function setStatus(text: string, kind: "info" | "busy" | "error" = "info"): void {
  status.textContent = text;
  status.dataset.kind = kind;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const file = upload.files?.[0];
  const article = file ?? pasted.value;
  setStatus("Reading the article…", "busy");
  void requestDraft(config.extractPath ?? "/extract", article)
    .then(showDraft, (error: Error) => {
      draftArea.replaceChildren();
      setStatus(error.message, "error");
    })
    .finally(() => finishedActions++);
});

const KIND_HEADINGS: Record<ItemKind, string> = {
  entities: "Entities",
  quotes: "Quotes",
  claims: "Claims",
};

function showDraft(answer: ExtractAnswer): void {
  const { draft } = answer;
  const items = reviewItems(answer);
  const articleForm = new ArticleForm(draft.article);
  const articleView = new ArticleView(draft.article.text);
  const names = () =>
    new Map(
      items.flatMap((item) => {
        const reference = referenceOf(item);
        const name = item.record.title ?? item.record.name;
        return reference && typeof name === "string" ? [[reference, name] as const] : [];
      }),
    );
  const nameOf = (reference: string) => names().get(reference) ?? reference.replace(/^[A-Za-z]+:/, "");
  const counts = h("p", { class: "counts", "aria-live": "polite" });
  const updateCounts = () => {
    const count = (decision: string) => items.filter((item) => item.decision === decision).length;
    counts.textContent = `${count("accepted")} accepted, ${count("rejected")} rejected, ${count("undecided")} undecided of ${items.length}.`;
  };
  const finish: FinishPanel = new FinishPanel({
    request: createGraphQLClient(config.endpoint, { token: (): string => finish.token.value }),
    checkPath: config.factsCheckPath ?? "/facts/check",
    document: () => reviewedDocument(answer, articleForm.record(), items).document,
    showProblems,
  });
  const cards: ItemCard[] = items.map(
    (item) =>
      new ItemCard(item, {
        text: draft.article.text,
        nameOf,
        onChange: () => {
          cards.forEach((card) => card.refresh());
          updateCounts();
          finish.invalidate();
        },
        onShow: (shown) => articleView.show(shown.spans, itemInWords(shown, nameOf)),
      }),
  );

  /** The service's problems, each on the card (or the article form) of the record it is about. */
  function showProblems(problems: FactsProblem[]): void {
    const { itemAt } = reviewedDocument(answer, articleForm.record(), items);
    const byCard = new Map<ItemCard, string[]>();
    const onArticle: string[] = [];
    for (const problem of problems) {
      const [, place, field] = /^((?:entities|quotes|claims)\[\d+\])\.?(.*)$/.exec(problem.path) ?? [];
      const item = place ? itemAt.get(place) : undefined;
      const card = item && cards.find((each) => each.item === item);
      const message = `${field || problem.path || "document"}: ${problem.message}`;
      if (card) {
        byCard.set(card, [...(byCard.get(card) ?? []), message]);
      } else {
        onArticle.push(message);
      }
    }
    cards.forEach((card) => card.showProblems(byCard.get(card) ?? []));
    articleForm.showProblems(onArticle);
  }

  const acceptRest = h("button", { type: "button" }, "Accept all undecided");
  acceptRest.addEventListener("click", () => {
    items.forEach((item) => {
      if (item.decision === "undecided") {
        item.decision = "accepted";
      }
    });
    cards.forEach((card) => card.refresh());
    updateCounts();
    finish.invalidate();
  });
  const groups = (Object.keys(KIND_HEADINGS) as ItemKind[])
    .map((kind) => [kind, cards.filter((card) => card.item.kind === kind)] as const)
    .filter(([, group]) => group.length > 0)
    .map(([kind, group]) =>
      h(
        "section",
        { class: "items", "aria-label": KIND_HEADINGS[kind] },
        h("h2", {}, `${KIND_HEADINGS[kind]} (${group.length})`),
        ...group.map((card) => card.element),
      ),
    );
  draftArea.replaceChildren(
    answer.warnings.length === 0
      ? ""
      : h(
          "ul",
          { class: "warnings", "aria-label": "Warnings" },
          ...answer.warnings.map((warning) => h("li", {}, `Warning: ${warning}.`)),
        ),
    articleForm.element,
    h("div", { class: "review-bar" }, counts, acceptRest),
    h("div", { class: "review-columns" }, articleView.element, h("div", { class: "proposals" }, ...groups)),
    finish.element,
  );
  updateCounts();
  setStatus(
    `The draft proposes ${items.length} items: accept, edit or reject each. The words each came from are highlighted.`,
  );
}

// Read by the browser tests: grows by one when a request for a draft is over, whether it worked or not.
Object.assign(window, { showgraphReview: { finishedActions: () => finishedActions } });
setStatus("Paste an article or choose its file, then ask for a draft.");
