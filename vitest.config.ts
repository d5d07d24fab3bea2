import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    // The ReDoS check of every regex literal takes about a minute of CPU: it is a gate of its
    // own in .ci/run (`npm run check:regex`), not part of `npm test`.
    exclude: [
      "**/node_modules/**",
      ...(process.env.RESUMES_REGEX_CHECK ? [] : ["test/parse/regex-safety.test.ts"]),
    ],
    // Two shared, noisy cores: generous timeouts, never timing assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    setupFiles: ["test/setup.ts"],
  },
});
