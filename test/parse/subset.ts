/** The fixture tests' matcher: an expected profile as a partial shape of the actual one. */

/** Differences between `expected` (a partial shape) and `actual`, as readable paths. */
export function subsetDiff(expected: unknown, actual: unknown, path = "$"): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) {
      return [
        `${path}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual).slice(0, 300)}`,
      ];
    }
    return expected.flatMap((e, i) => subsetDiff(e, actual[i], `${path}[${i}]`));
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object")
      return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) =>
      subsetDiff(v, (actual as Record<string, unknown>)[k], `${path}.${k}`),
    );
  }
  return Object.is(expected, actual)
    ? []
    : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
