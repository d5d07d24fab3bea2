import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findJsonError, lineColumn } from "../../src/text/json-scan.js";
import { jsonObjectLines } from "../../src/text/json-lines.js";
import { runs } from "../runs.js";

describe("findJsonError", () => {
  it("finds nothing wrong in valid JSON", () => {
    for (const ok of [
      '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]}',
      "[]",
      " 0 ",
      '"s"',
      "\ufeff{}",
    ]) {
      expect(findJsonError(ok)).toBeUndefined();
    }
  });

  it("reports line, column and reason", () => {
    expect(findJsonError('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      message: "expected ',' or '}' after a property value, found '\"'",
    });
    expect(findJsonError('{"a": 1,\n}')).toEqual({
      line: 1,
      column: 8,
      message: "trailing comma before '}'",
    });
    expect(findJsonError("[1, 2,]")).toEqual({ line: 1, column: 6, message: "trailing comma before ']'" });
    expect(findJsonError("{a: 1}")).toEqual({
      line: 1,
      column: 2,
      message: "expected a property name in double quotes, found 'a'",
    });
    expect(findJsonError("{'a': 1}")).toMatchObject({ column: 2 });
    expect(findJsonError("{\"a\": 'x'}")).toEqual({
      line: 1,
      column: 7,
      message: "strings must use double quotes",
    });
    expect(findJsonError('{"a": "x\ny"}')).toEqual({
      line: 1,
      column: 9,
      message: "line break inside a string (missing closing quote?)",
    });
    expect(findJsonError('{"a": "xy')).toEqual({
      line: 1,
      column: 7,
      message: "unterminated string (missing closing quote)",
    });
    expect(findJsonError('{"a": 01}')).toEqual({ line: 1, column: 8, message: "invalid number" });
    expect(findJsonError('{"a": \\x}')).toMatchObject({ message: "unexpected '\\' (expected a value)" });
    expect(findJsonError('{"a": 1} x')).toEqual({
      line: 1,
      column: 10,
      message: "unexpected 'x' after the end of the JSON value",
    });
    expect(findJsonError('{"a":')).toEqual({
      line: 1,
      column: 6,
      message: "unexpected end of file (expected a value)",
    });
    expect(findJsonError("")).toEqual({
      line: 1,
      column: 1,
      message: "unexpected end of file (expected a value)",
    });
  });

  it("agrees with JSON.parse on validity", () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(
        "{",
        "}",
        "[",
        "]",
        '"',
        ":",
        ",",
        " ",
        "\n",
        "1",
        "0",
        "-",
        ".",
        "e",
        "a",
        "\\",
        "u",
        "t",
        "true",
        "null",
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json()), (s) => {
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        expect(findJsonError(s) === undefined).toBe(valid);
      }),
      { numRuns: runs(5000) },
    );
  });

  it("lineColumn counts CRLF, CR and LF line ends", () => {
    expect(lineColumn("a\r\nb\rc\nd", 7)).toEqual({ line: 4, column: 1 });
    expect(lineColumn("abc", 2)).toEqual({ line: 1, column: 3 });
  });
});

describe("jsonObjectLines", () => {
  const text = [
    "{",
    '  "basics": {"name": "A", "location": {"city": "B"}},',
    '  "work": [',
    '    {"name": "C", "roles": [{"x": 1},\r\n {"y": "}{"}]},',
    "\r    {}",
    "  ],",
    '  "k\\"ey": {"deep": {"deeper": {"deepest": {"too deep": {}}}}}',
    "}",
  ].join("\n");

  it("gives the line of every object nested at most maxDepth deep, by path", () => {
    expect(Object.fromEntries(jsonObjectLines(text))).toEqual({
      basics: 2,
      "basics/location": 2,
      "work/0": 4,
      "work/0/roles/0": 4,
      "work/0/roles/1": 5,
      "work/1": 7,
      'k"ey': 9,
      'k"ey/deep': 9,
      'k"ey/deep/deeper': 9,
      'k"ey/deep/deeper/deepest': 9,
    });
    expect([...jsonObjectLines(text, 1).keys()]).toEqual(["basics", 'k"ey']);
  });
});
