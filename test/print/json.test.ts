import { describe, expect, it } from "vitest";
import { jsonText } from "../../src/print/json.js";

describe("jsonText", () => {
  it("is pretty JSON of the same value, with a newline", () => {
    const value = { a: [1, "x"], b: { c: null } };
    expect(jsonText(value)).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  it("writes C1 controls, separators and bidi overrides as escapes, the value unchanged", () => {
    const nasty = "a\u009b31m\u0085b\u2028c\u202ed\u2066e\ufefff\u007f";
    const text = jsonText({ name: nasty });
    expect(text).toBe('{\n  "name": "a\\u009b31m\\u0085b\\u2028c\\u202ed\\u2066e\\ufefff\\u007f"\n}\n');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
    );
    expect(JSON.parse(text)).toEqual({ name: nasty });
    // C0 controls are JSON.stringify's own escapes
    expect(jsonText("\u001b[2J")).toBe('"\\u001b[2J"\n');
  });
});
