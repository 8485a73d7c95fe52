/**
 * Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF, and unpaired surrogates.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Tab, line feed and carriage return are written as references: an XML parser turns them into
 * spaces in attribute values (and a CR LF into LF anywhere) unless they are.
 */
const REFERENCES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * The one escaping of text for the XML formats, safe both in element content and in attribute
 * values (double- or single-quoted). Characters XML cannot carry become U+FFFD: a property that
 * holds one still exports, with that character visibly replaced.
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (character) => REFERENCES[character]!);
}
