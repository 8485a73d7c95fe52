import fc from "fast-check";

import type { FuzzRequest } from "./fuzz-request.js";
import { hostileCursor, hostileInt, hostileString } from "./hostile-values.js";

const SIMPLE_QUERY = JSON.stringify({ query: "{ __typename }" });
const HIT_AND_RUN = Buffer.from("Show:hit-and-run").toString("base64url");

const BODIES: readonly (string | Buffer)[] = [
  "",
  "{",
  '{"query": }',
  "null",
  "[]",
  '"text"',
  "42",
  '{"query": 5}',
  '{"query": "{ __typename }", "variables": "not an object"}',
  '{"query": "{ __typename }", "operationName": 5}',
  '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
  '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
  '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]',
  `\ufeff${SIMPLE_QUERY}`,
  Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
  Buffer.from(SIMPLE_QUERY, "utf16le"),
  "query=%7B__typename%7D",
  '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
  '{"__proto__": {"polluted": true}, "query": "{ __typename }"}',
  `{"query": "{ __typename }", "variables": ${"[".repeat(5_000)}${"]".repeat(5_000)}}`,
];

const CONTENT_TYPES: readonly (string | null)[] = [
  null,
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "application/json;;;",
  "text/plain",
  "text/html",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/graphql",
  "application/graphql-response+json",
  "garbage",
];

const PATHS: readonly string[] = [
  "/",
  "/nope",
  "/graphql/extra",
  "/graphql%00",
  "/export",
  "/export/",
  "/export/nope",
  "/export/all?format=bogus",
  "/export/path?from=x&to=y",
  "/health",
  "/health?verbose=1",
  "/ready",
  "/explore/../../package.json",
  "/%2e%2e/%2e%2e/etc/passwd",
  "//graphql",
  "/graphql?query=%",
  "/graphql?query[]=a&query[]=b",
  "/graphql?query=%7B__typename%7D&variables=%7B",
  "/graphql?query=%7B__typename%7D&extensions=%7B%22persistedQuery%22%3A1%7D",
  `/graphql?${"a[b]".repeat(50)}=1`,
  "/index.html",
  "/favicon.ico",
];

const METHODS: readonly string[] = [
  "GET",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "OPTIONS",
  "HEAD",
  "PROPFIND",
  "FOO",
];

/** Raw requests Node's own client will not write. */
const RAW: readonly string[] = [
  "GARBAGE\r\n\r\n",
  "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
  "GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
  "GET / HTTP/1.1\r\n\r\n",
  "GET /graphql HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n",
  "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}",
  "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
  "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
  "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{}",
  "GET /graphql HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\n\r\n",
];

/** Export parameters, right and wrong (docs/export.md). */
const exportPath: fc.Arbitrary<string> = fc
  .record({
    id: fc.oneof(fc.constant(HIT_AND_RUN), hostileCursor, hostileString),
    depth: fc.oneof(hostileInt.map(String), hostileString),
    format: fc.constantFrom("json", "csv-nodes", "csv-edges", "graphml", "gexf", "bogus", ""),
    extra: fc.option(
      fc.tuple(fc.constantFrom("types", "knownOn", "validOn", "limit", "bom", "nope"), hostileString),
    ),
  })
  .map(({ id, depth, format, extra }) => {
    const search = new URLSearchParams({ id, depth, format });
    if (extra) {
      search.append(extra[0], extra[1]);
    }
    return `/export/neighborhood?${search.toString()}`;
  });

/**
 * Malformed HTTP: bodies that are not the JSON they claim, wrong content types and charsets,
 * bodies over the 1 MB limit, odd query strings, unknown paths, unusual methods, URLs and headers
 * past Node's 16 KB header limit, and request lines Node's parser refuses.
 */
export const malformedHttpArbitrary: fc.Arbitrary<FuzzRequest> = fc.oneof<fc.Arbitrary<FuzzRequest>[]>(
  fc
    .record({ body: fc.constantFrom(...BODIES), contentType: fc.constantFrom(...CONTENT_TYPES) })
    .map(({ body, contentType }): FuzzRequest => ({
      method: "POST",
      path: "/graphql",
      headers: contentType === null ? {} : { "content-type": contentType },
      body,
      label: "bad body or content type",
    })),
  fc.constantFrom(1_100_000, 5_000_000).map((size) => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ __typename } #${"x".repeat(size)}` }),
    label: "body over the limit",
  })),
  fc
    .record({ method: fc.constantFrom(...METHODS), path: fc.constantFrom(...PATHS) })
    .map(({ method, path }) => ({
      method,
      path,
      headers: {},
      label: "odd path or method",
    })),
  fc.record({ method: fc.constantFrom("GET", "HEAD"), path: exportPath }).map(({ method, path }) => ({
    method,
    path,
    headers: {},
    label: "export parameters",
  })),
  fc.constantFrom(20_000, 70_000).map((length) => ({
    method: "GET",
    path: `/graphql?query=${"a".repeat(length)}`,
    headers: {},
    label: "oversized URL",
  })),
  fc.constantFrom("one", "many").map((shape) => ({
    method: "POST",
    path: "/graphql",
    headers:
      shape === "one"
        ? { "content-type": "application/json", "x-padding": "p".repeat(20_000) }
        : Object.fromEntries(Array.from({ length: 400 }, (_, index) => [`x-h${index}`, "v".repeat(60)])),
    body: SIMPLE_QUERY,
    label: "oversized headers",
  })),
  fc.constantFrom(...RAW).map((text) => ({
    method: "RAW",
    path: text.split("\r\n")[0] ?? "",
    headers: {},
    raw: Buffer.from(text, "latin1"),
    label: "broken HTTP",
  })),
);
