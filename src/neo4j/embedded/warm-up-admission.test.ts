import { describe, expect, it } from "vitest";

import { WarmUpAdmission } from "./warm-up-admission.js";

describe("WarmUpAdmission", () => {
  it("lets `limit` transactions in while warming, refuses the next with DATABASE_UNAVAILABLE, and frees a place on leave", () => {
    let warming = true;
    const admission = new WarmUpAdmission(() => warming, 2);
    const first = admission.enter();
    const second = admission.enter();
    expect(() => admission.enter()).toThrow(
      expect.objectContaining({ extensions: { code: "DATABASE_UNAVAILABLE" } }),
    );
    first();
    first(); // leaving twice frees one place, not two
    const third = admission.enter();
    expect(() => admission.enter()).toThrow();
    // Once warm, nothing is counted or refused, and places taken while warming are still given back.
    warming = false;
    const many = Array.from({ length: 10 }, () => admission.enter());
    second();
    third();
    warming = true;
    many.forEach((leave) => leave());
    admission.enter();
    admission.enter();
    expect(() => admission.enter()).toThrow();
  });
});
