import { h } from "../shared/dom.js";
import type { PartialDate } from "./claim-data.js";
import { predicateInWords, valueInWords } from "./claim-words.js";
import { dateInWords } from "./partial-date.js";

/** Properties that are keys for machines (claim and record ids), not facts for a reader. */
const INTERNAL = /(^id$|Id$|^key$|Key$|^claim)/;
const PRECISION = "Precision";
const PRECISIONS = new Set(["DAY", "MONTH", "YEAR"]);

/** A stored date beside its precision ("date" + "datePrecision": MONTH) in words at that precision. */
function shownValue(name: string, value: unknown, properties: Record<string, unknown>): string {
  const precision = properties[`${name}${PRECISION}`];
  if (typeof value === "string" && typeof precision === "string" && PRECISIONS.has(precision)) {
    return dateInWords({ value, precision: precision as PartialDate["precision"] });
  }
  if (Array.isArray(value)) {
    return value.map((item) => String(item)).join(", ");
  }
  if (typeof value === "string") {
    return valueInWords(value);
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * A relationship's stored properties as words: "job: executive producer", a date at its stored
 * precision ("September 2021", never the first of the month it is stored as). Keys, and
 * precisions (shown through their date), are left out.
 */
export function propertiesView(properties: Record<string, unknown>): HTMLElement | null {
  const entries = Object.entries(properties).filter(
    ([name, value]) =>
      !INTERNAL.test(name) &&
      value !== null &&
      !(name.endsWith(PRECISION) && name.slice(0, -PRECISION.length) in properties),
  );
  if (entries.length === 0) {
    return null;
  }
  return h(
    "dl",
    { class: "value-map" },
    ...entries.flatMap(([name, value]) => [
      h("dt", {}, predicateInWords(name)),
      h("dd", {}, shownValue(name, value, properties)),
    ]),
  );
}
