import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_ARTICLE_BYTES } from "../../src/extract/article-bytes.js";
import { MAX_ARTICLE_LENGTH } from "../../src/extract/article-input.js";
import { extractArticle } from "../../src/extract/extract-draft.js";
import { seedArticleText } from "../support/review-page.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

describe("POST /extract and POST /facts/check: the review page's endpoints over real HTTP", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startTestHttpServer();
  });
  afterAll(() => server.close());

  const extract = async (body: BodyInit, contentType = "text/plain; charset=utf-8", query = "") => {
    const response = await fetch(`${server.url}/extract${query}`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      body: (await response.json()) as Record<string, unknown>,
    };
  };

  it("answers the draft `showgraph extract` makes, with the words of every entity at their offsets", async () => {
    const text = await seedArticleText();
    const { status, body } = await extract(text);
    expect(status).toBe(200);
    const { draft } = extractArticle(text);
    expect(body.draft).toEqual(JSON.parse(JSON.stringify(draft)));
    expect(body.warnings).toEqual([]);
    const mentions = body.mentions as Array<{ entity: string; start: number; end: number }>;
    expect(mentions.find((mention) => mention.entity === "Person:lior-raz")).toEqual({
      entity: "Person:lior-raz",
      start: text.indexOf("Lior Raz"),
      end: text.indexOf("Lior Raz") + "Lior Raz".length,
    });
    // Every entity is found somewhere in the article, by its name or its claims' words.
    expect(new Set(mentions.map((mention) => mention.entity)).size).toBe(draft.entities.length);
  });

  it("takes the command line's options as parameters and says when the article held HTML", async () => {
    const html = "<html><body><h1>Fauda renewed</h1><p>Lior Raz stars as Doron Kavillio.</p></body></html>";
    const { status, body } = await extract(html, "text/html", "?show=Fauda&id=fauda-renewed");
    expect(status).toBe(200);
    expect(body.warnings).toEqual([expect.stringMatching(/HTML markup/)]);
    expect((body.draft as { article: { id: string } }).article.id).toBe("fauda-renewed");
  });

  it("refuses bad input as the command line does, each with a JSON error", async () => {
    const binary = new Uint8Array(Array.from({ length: 4000 }, (_, index) => (index * 37) % 256));
    const cases: Array<[string, BodyInit, string, number, string, RegExp]> = [
      ["empty", "", "text/plain", 400, "BAD_USER_INPUT", /^the article is empty/],
      ["white space", " \n\t", "text/plain", 400, "BAD_USER_INPUT", /^the article is empty/],
      [
        "binary",
        binary,
        "application/octet-stream",
        400,
        "BAD_USER_INPUT",
        /^the file looks binary, not text/,
      ],
      [
        "Latin-1",
        new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
        "text/plain",
        400,
        "BAD_USER_INPUT",
        /^not valid UTF-8 \(byte 0xE9 at line 1, column 4\)/,
      ],
      [
        "too many characters",
        `Huge\n\n${"a b. ".repeat(MAX_ARTICLE_LENGTH / 4)}`,
        "text/plain",
        413,
        "PAYLOAD_TOO_LARGE",
        /over the limit of 500,000: give one article at a time/,
      ],
      [
        "too many bytes",
        "é".repeat(MAX_ARTICLE_BYTES / 2 + 1),
        "text/plain",
        413,
        "PAYLOAD_TOO_LARGE",
        /bytes, over the limit of 500,000 characters/,
      ],
      ["JSON", "{}", "application/json", 415, "UNSUPPORTED_MEDIA_TYPE", /as text\/plain, text\/html/],
      ["another charset", "Hello", "text/plain; charset=latin1", 415, "UNSUPPORTED_MEDIA_TYPE", /in UTF-8/],
    ];
    for (const [name, body, contentType, status, code, message] of cases) {
      const answer = await extract(body, contentType);
      expect({
        name,
        status: answer.status,
        type: answer.type,
        code: (answer.body.error as { code: string }).code,
      }).toEqual({
        name,
        status,
        type: "application/json; charset=utf-8",
        code,
      });
      expect((answer.body.error as { message: string }).message, name).toMatch(message);
    }
    expect((await extract("Hello", "text/plain", "?show=a&show=b")).body).toEqual({
      error: { code: "BAD_USER_INPUT", message: "show: give it once, as text" },
    });
    expect((await extract("Hello", "text/plain", "?title=a")).body).toEqual({
      error: { code: "BAD_USER_INPUT", message: "Unknown parameter title: give show, id or url." },
    });
  });

  it("checks a facts document as `showgraph ingest --check` does, problems with their field paths", async () => {
    const check = async (body: string, contentType: string) => {
      const response = await fetch(`${server.url}/facts/check`, {
        method: "POST",
        headers: { "content-type": contentType },
        body,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const { draft } = extractArticle(await seedArticleText());
    const unreviewed = await check(JSON.stringify(draft), "application/json");
    expect(unreviewed.status).toBe(200);
    const { problems } = unreviewed.body as { problems: Array<{ path: string; message: string }> };
    expect(problems.length).toBe(draft.claims.length);
    expect(problems[0]).toMatchObject({
      path: "claims[0].reviewed",
      message: expect.stringMatching(/unreviewed/),
    });

    const reviewed = { ...draft, claims: draft.claims.map(({ reviewed: _reviewed, ...claim }) => claim) };
    expect((await check(JSON.stringify(reviewed), "application/json")).body).toEqual({
      records: 1 + draft.entities.length + draft.quotes.length + draft.claims.length,
      problems: [],
    });
    expect((await check("format: [", "application/yaml")).body).toMatchObject({
      problems: [{ file: "document", line: 1, path: "", message: expect.stringMatching(/^YAML/) }],
    });
    expect(await check("{}", "application/xml")).toMatchObject({
      status: 415,
      body: { error: { code: "UNSUPPORTED_MEDIA_TYPE" } },
    });
  });
});
