import { readdirSync, readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

// The ReDoS check of every regex literal takes about a minute of CPU: it is a gate of its
// own in .ci/run (`npm run check:regex`), not part of `npm test`.
const exclude = [
  "**/node_modules/**",
  ...(process.env.RESUMES_REGEX_CHECK ? [] : ["test/parse/regex-safety.test.ts"]),
];

// Test files share one module cache per worker (`isolate: false`): most of a test file's
// CPU was importing the same sources again, about 25 s of the suite's 143. A file that
// replaces a module (`vi.mock`) gets a fresh one, as do the tests of the built CLI in a
// terminal and of the packed tarball (test/e2e, test/package: they import next to nothing).
const processes = ["test/e2e/**", "test/package/**"];
const mocks = readdirSync("test", { recursive: true, encoding: "utf8" })
  .map((f) => `test/${f}`)
  .filter((f) => /\.test\.tsx?$/.test(f) && /\bvi\.(do)?[mM]ock\(/.test(readFileSync(f, "utf8")));
const isolated = [...processes, ...mocks];

export default defineConfig({
  test: {
    // Two shared, noisy cores: generous timeouts, never timing assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default on two cores is one worker; half the suite waits on child
    // processes (terminals, ssh, the built CLI), so a second worker has a core to use.
    maxWorkers: 2,
    setupFiles: ["test/setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: [...exclude, ...isolated],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "isolated",
          include: [...processes.map((p) => `${p}/*.test.{ts,tsx}`), ...mocks],
          exclude,
        },
      },
    ],
  },
});
