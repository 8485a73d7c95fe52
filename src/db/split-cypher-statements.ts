/**
 * Splits a .cypher file into statements. The project's convention: a statement ends with a `;`
 * that is the last character of its line, and lines starting with `//` are comments. That keeps
 * the splitter trivial and safe for `;` inside string literals elsewhere on a line.
 */
export function splitCypherStatements(source: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of source.split("\n")) {
    if (line.trimStart().startsWith("//")) {
      continue;
    }
    if (line.trimEnd().endsWith(";")) {
      current.push(line.trimEnd().slice(0, -1));
      statements.push(current.join("\n").trim());
      current = [];
    } else {
      current.push(line);
    }
  }
  const rest = current.join("\n").trim();
  if (rest !== "") {
    statements.push(rest);
  }
  return statements.filter((statement) => statement !== "");
}
