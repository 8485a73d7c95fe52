import { h } from "../shared/dom.js";

/**
 * A button ("Copy ID of Hit & Run") that copies a value that is not shown (a global ID) to the clipboard: ids are for
 * pasting into a query, not for reading.
 */
export function copyButton(value: string, what: string, text = "Copy ID"): HTMLButtonElement {
  // The accessible name starts with the visible words (WCAG 2.5.3, label in name).
  const label = `${text} of ${what}`;
  const button = h("button", { type: "button", class: "copy", "aria-label": label, title: label }, text);
  button.addEventListener("click", () => {
    void navigator.clipboard.writeText(value).then(
      () => {
        button.textContent = "Copied";
        setTimeout(() => (button.textContent = text), 1500);
      },
      () => {
        button.textContent = "Copy failed";
      },
    );
  });
  return button;
}
