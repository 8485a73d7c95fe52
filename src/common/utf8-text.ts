import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";

const LINE_FEED = 0x0a;

/**
 * A user's text file that is not UTF-8, located as an editor shows it: 1-based line and column
 * (in characters) of the first byte that is not part of a UTF-8 character. Decoding it anyway
 * would store U+FFFD in place of what the file meant, silently.
 */
export class InvalidUtf8Error extends Error {
  override name = "InvalidUtf8Error";

  constructor(
    readonly line: number,
    readonly column: number,
    readonly byte: number,
  ) {
    super(
      `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at line ${line}, column ${column}): save the file as UTF-8`,
    );
  }
}

/**
 * Decodes one line (no line feed in it, which UTF-8 never uses inside a character) with a fatal
 * decoder: the WHATWG decoder's `fatal` mode refuses invalid sequences rather than replacing them.
 */
function decodeLine(bytes: Uint8Array, line: number): string {
  if (!isUtf8(bytes)) {
    throw locate(bytes, line);
  }
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: line !== 1 }).decode(bytes);
}

/**
 * Where in a line that is not UTF-8 the decoder stops: the column of the character that cannot be
 * read and its first byte. Byte by byte, but only ever run on the one bad line.
 */
function locate(bytes: Uint8Array, line: number): InvalidUtf8Error {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let characters = 0;
  let characterStart = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    try {
      const decoded = decoder.decode(bytes.subarray(index, index + 1), { stream: true });
      if (decoded !== "") {
        characters += [...decoded].length;
        characterStart = index + 1;
      }
    } catch {
      break;
    }
  }
  return new InvalidUtf8Error(line, characters + 1, bytes[characterStart] ?? 0);
}

/**
 * Reads a whole text file as UTF-8 (a byte order mark is dropped).
 *
 * @throws InvalidUtf8Error when it is not UTF-8, naming the first bad line and column
 */
export async function readUtf8File(file: string): Promise<string> {
  return decodeUtf8(await readFile(file));
}

/**
 * Decodes a whole text (a file's or a request body's bytes) as UTF-8; a byte order mark is dropped.
 *
 * @throws InvalidUtf8Error when it is not UTF-8, naming the first bad line and column
 */
export function decodeUtf8(bytes: Uint8Array): string {
  if (isUtf8(bytes)) {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }
  let line = 1;
  let start = 0;
  for (let end = bytes.indexOf(LINE_FEED); ; end = bytes.indexOf(LINE_FEED, start)) {
    const text = bytes.subarray(start, end < 0 ? bytes.length : end);
    if (!isUtf8(text)) {
      throw locate(text, line);
    }
    if (end < 0) {
      // isUtf8 of the whole said no, so some line must have: unreachable, but never decode it.
      throw locate(bytes, 1);
    }
    start = end + 1;
    line += 1;
  }
}

/** One line of a file, its number and its text, or where it is not UTF-8. */
export type Utf8Line = { line: number; text: string } | { line: number; error: InvalidUtf8Error };

/**
 * Streams a text file line by line (LF or CRLF; the line ending is not part of the text), so a
 * large file is never held whole. A line that is not UTF-8 is reported as such and the others
 * are still read: a checker can list every bad line at once.
 */
export async function* readUtf8Lines(file: string): AsyncGenerator<Utf8Line> {
  let line = 0;
  let pending: Buffer[] = [];
  const emit = (bytes: Buffer): Utf8Line => {
    line += 1;
    const content = bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes;
    try {
      return { line, text: decodeLine(content, line) };
    } catch (error) {
      if (error instanceof InvalidUtf8Error) {
        return { line, error };
      }
      throw error;
    }
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let bytes = chunk;
    for (let end = bytes.indexOf(LINE_FEED); end >= 0; end = bytes.indexOf(LINE_FEED)) {
      yield emit(Buffer.concat([...pending, bytes.subarray(0, end)]));
      pending = [];
      bytes = bytes.subarray(end + 1);
    }
    if (bytes.length > 0) {
      pending.push(bytes);
    }
  }
  if (pending.length > 0) {
    yield emit(Buffer.concat(pending));
  }
}
