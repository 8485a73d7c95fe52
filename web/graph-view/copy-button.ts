import { h } from "../shared/dom.js";

/**
 * A button that copies a value that is not shown (a global ID) to the clipboard: ids are for
 * pasting into a query, not for reading.
 */
export function copyButton(value: string, label: string, text = "Copy ID"): HTMLButtonElement {
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
