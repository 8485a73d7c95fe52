import { h } from "../shared/dom.js";

const LONG_TEXT = 280;
const QUOTE_KEYS = new Set(["quote", "text", "excerpt"]);

function renderText(text: string, key?: string): Node {
  if (/^https?:\/\/\S+$/.test(text)) {
    return h("a", { href: text, target: "_blank", rel: "noreferrer noopener" }, text);
  }
  const shown =
    text.length > LONG_TEXT
      ? h("details", {}, h("summary", {}, `${text.slice(0, LONG_TEXT)}…`), text)
      : document.createTextNode(text);
  return key !== undefined && QUOTE_KEYS.has(key) ? h("blockquote", {}, shown) : shown;
}

/**
 * Any JSON value (a relationship's properties, its evidence in whatever shape the service gives)
 * as nested lists; text is always inserted as text, never as HTML.
 */
export function renderValue(value: unknown, key?: string): Node {
  if (value === null || value === undefined) {
    return h("span", { class: "muted" }, "—");
  }
  if (typeof value === "string") {
    return renderText(value, key);
  }
  if (typeof value !== "object") {
    return document.createTextNode(String(value));
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return h("span", { class: "muted" }, "none");
    }
    if (value.every((item) => item === null || typeof item !== "object")) {
      return document.createTextNode(value.map((item) => String(item)).join(", "));
    }
    return h("ol", { class: "value-list" }, ...value.map((item) => h("li", {}, renderValue(item))));
  }
  const entries = Object.entries(value).filter(([name]) => name !== "__typename");
  if (entries.length === 0) {
    return h("span", { class: "muted" }, "none");
  }
  return h(
    "dl",
    { class: "value-map" },
    ...entries.flatMap(([name, inner]) => [h("dt", {}, name), h("dd", {}, renderValue(inner, name))]),
  );
}
