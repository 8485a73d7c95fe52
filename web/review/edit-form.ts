import { h } from "../shared/dom.js";
import type { FactsRecord } from "./extract-request.js";

/** Fields a reviewer does not edit: what kind of record it is, and the draft's own mark. */
const FIXED = new Set(["type", "reviewed"]);

export interface EditFormOptions {
  /** The form's accessible name: "Edit: Lior Raz plays Segev Azulai". */
  label: string;
  onSave(record: FactsRecord): void;
  onCancel(): void;
}

type FieldReader = () => [string, unknown] | null;

/** A text field for a text or a number; a JSON field for a list or an object (a claim's support). */
function field(name: string, value: unknown): { element: HTMLElement; read: FieldReader } {
  if (typeof value === "boolean") {
    const input = h("input", { type: "checkbox", name, ...(value ? { checked: "" } : {}) });
    return {
      element: h("label", { class: "check" }, input, h("span", {}, name)),
      read: () => [name, input.checked],
    };
  }
  if (typeof value === "object" && value !== null) {
    const area = h("textarea", { name, rows: "3", spellcheck: "false" });
    area.value = JSON.stringify(value);
    return {
      element: h("label", {}, h("span", {}, `${name} (JSON)`), area),
      read: () => {
        if (area.value.trim() === "") {
          return null;
        }
        try {
          return [name, JSON.parse(area.value) as unknown];
        } catch {
          throw new Error(`${name} is not JSON: keep its brackets and quotes, or empty it to leave it out.`);
        }
      },
    };
  }
  const input = h("input", { type: "text", name, value: String(value) });
  return {
    element: h("label", {}, h("span", {}, name), input),
    read: () => {
      const text = input.value.trim();
      if (text === "") {
        return null;
      }
      // A number stays a number when it still reads as one; the service says if it is out of range.
      return [name, typeof value === "number" && Number.isFinite(Number(text)) ? Number(text) : text];
    },
  };
}

/** A field the draft did not fill (a cited report's title, say): its name and value. */
function newField(): { element: HTMLElement; read: FieldReader } {
  const name = h("input", { type: "text", name: "new-field-name", placeholder: "title" });
  const value = h("input", { type: "text", name: "new-field-value" });
  return {
    element: h(
      "div",
      { class: "new-field" },
      h("label", {}, h("span", {}, "Add a field: its name"), name),
      h("label", {}, h("span", {}, "and its value"), value),
    ),
    read: () =>
      name.value.trim() === "" || value.value.trim() === "" ? null : [name.value.trim(), value.value.trim()],
  };
}

/**
 * The record's fields as a form: what the draft proposed, ready to be corrected, and one more
 * field to add. An emptied field is left out. Only the form is checked here (JSON that reads as JSON); the facts are
 * checked by the service, with the same checks as `showgraph ingest`.
 */
export function editForm(record: FactsRecord, { label, onSave, onCancel }: EditFormOptions): HTMLFormElement {
  const fields = Object.entries(record)
    .filter(([name]) => !FIXED.has(name))
    .map(([name, value]) => field(name, value));
  fields.push(newField());
  const error = h("p", { class: "error", role: "alert" });
  const form = h(
    "form",
    { class: "edit", "aria-label": label },
    ...fields.map((each) => each.element),
    error,
    h(
      "div",
      { class: "decisions" },
      h("button", { type: "submit" }, "Save and accept"),
      h("button", { type: "button", class: "cancel" }, "Cancel"),
    ),
  );
  form.querySelector(".cancel")?.addEventListener("click", onCancel);
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      onCancel();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    try {
      const fixed = Object.entries(record).filter(([name]) => FIXED.has(name));
      const edited = fields.map((each) => each.read()).filter((entry) => entry !== null);
      onSave(Object.fromEntries([...fixed, ...edited]));
    } catch (problem) {
      error.textContent = (problem as Error).message;
    }
  });
  return form;
}
