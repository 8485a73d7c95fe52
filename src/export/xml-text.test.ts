import { describe, expect, it } from "vitest";

import { xmlText } from "./xml-text.js";

describe("xmlText", () => {
  it("escapes markup and quotes, and keeps tab, CR and LF as references", () => {
    expect(xmlText(`a < b & "c" 'd' > e\tf\r\ng`)).toBe(
      "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e&#9;f&#13;&#10;g",
    );
  });

  it("keeps every script and astral character, and replaces what XML 1.0 cannot carry", () => {
    expect(xmlText("פאודה 山田 😀")).toBe("פאודה 山田 😀");
    expect(xmlText("a\u0000b\u001Fc\uFFFEd\uD800e\uDC00f")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
  });
});
