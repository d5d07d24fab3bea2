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
