import { readFile, stat, writeFile } from "node:fs/promises";

import { InvalidUtf8Error } from "../common/utf8-text.js";
import { checkArticleBytes, decodeArticle } from "../extract/article-bytes.js";
import { ArticleInputError } from "../extract/article-input.js";
import { draftToYaml } from "../extract/draft-to-yaml.js";
import type { ExtractOptions } from "../extract/extract-draft.js";
import { extractArticle } from "../extract/extract-draft.js";

export const EXTRACT_USAGE = `Usage: showgraph extract [--show TITLE] [--id ARTICLE_ID] [--url URL] [--out FILE] <article.txt>

Proposes a facts file (YAML) for a person to review before \`showgraph ingest\`: cast, outlets,
dated events, quotes and places, each claim with its quote and offsets, marked unreviewed.`;

const OPTIONS: Record<string, keyof ExtractOptions | "out"> = {
  "--show": "showTitle",
  "--id": "articleId",
  "--url": "url",
  "--out": "out",
};

/** `showgraph extract`: returns the exit code. */
export async function runExtractCommand(args: string[]): Promise<number> {
  const options: ExtractOptions & { out?: string } = {};
  const files: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const option = OPTIONS[arg];
    if (option) {
      const value = args[(index += 1)];
      if (value === undefined) {
        console.error(`showgraph extract: ${arg} needs a value\n\n${EXTRACT_USAGE}`);
        return 2;
      }
      options[option] = value;
    } else if (arg.startsWith("-")) {
      console.error(`showgraph extract: unknown option ${arg}\n\n${EXTRACT_USAGE}`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  const [file] = files;
  if (file === undefined || files.length > 1) {
    console.error(`showgraph extract: give one article file\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  let text: string;
  try {
    // Refused by its size before it is read: a larger file is over the limit unread.
    checkArticleBytes((await stat(file)).size);
    text = decodeArticle(await readFile(file));
  } catch (error) {
    if (error instanceof ArticleInputError) {
      console.error(`showgraph extract: ${file}: ${error.message}`);
      return 1;
    }
    if (error instanceof InvalidUtf8Error) {
      // Quotes and offsets drafted from replacement characters would never match the article.
      console.error(`showgraph extract: ${file}:${error.line}:${error.column}: ${error.message}`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `showgraph extract: ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : "cannot be read"}`,
    );
    return 1;
  }
  let result: ReturnType<typeof extractArticle>;
  try {
    result = extractArticle(text, options);
  } catch (error) {
    if (error instanceof ArticleInputError) {
      console.error(`showgraph extract: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  for (const warning of result.warnings) {
    console.error(`showgraph extract: ${file}: warning: ${warning}`);
  }
  const yaml = draftToYaml(result.draft, file, result.warnings);
  if (options.out) {
    await writeFile(options.out, yaml);
    console.error(`Wrote ${options.out}: review it, then \`showgraph ingest ${options.out}\`.`);
  } else {
    process.stdout.write(yaml);
  }
  return 0;
}
