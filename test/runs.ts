import fc from "fast-check";

/**
 * How many cases a property test tries. `npm test` and CI run a sample sized for a 90 s
 * suite on two shared cores; `npm run test:long` (RESUMES_LONG_TESTS=1) runs the full
 * count, for a change to the code those properties guard. Either way CI replays one fixed
 * seed (test/setup.ts).
 */
export const LONG = Boolean(process.env.RESUMES_LONG_TESTS);

/** `full` cases under test:long, else a tenth of them (at least `floor`). */
export function runs(full: number, floor = 30): number {
  return LONG ? full : Math.min(full, Math.max(floor, Math.round(full / 10)));
}

const SURROGATES = 0xe000 - 0xd800;

/**
 * The unit of `fc.string({ unit: "binary" })` (any code point but a lone surrogate): the
 * same values, in the same order for the same seed, without fast-check's first-use cost
 * (it maps back from a table of all 1.1 million code points, built in seconds, in every
 * test file that asks for it).
 */
export const anyCodePoint = fc.nat({ max: 0x10ffff - SURROGATES }).map(
  (i) => String.fromCodePoint(i < 0xd800 ? i : i + SURROGATES),
  (s) => {
    const c = typeof s === "string" ? s.codePointAt(0) : undefined;
    if (c === undefined || String.fromCodePoint(c) !== s || (c >= 0xd800 && c < 0xe000))
      throw new Error("not one code point");
    return c < 0xd800 ? c : c - SURROGATES;
  },
);
