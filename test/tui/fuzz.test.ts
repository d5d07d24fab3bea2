import { expect, test } from "vitest";
import fc from "fast-check";
import { KEY, renderApp } from "./render.js";
import { libraryOf, longProfile, person } from "./profiles.js";
import { LONG, runs } from "../runs.js";

const KEYS = [...Object.values(KEY).filter((k) => k !== KEY.ctrlC), ..."jkgGhlnN123456789[]/?abq ".split("")];

// 40 cases (about 2 s of CPU) in the suite; test:long tries 400, with the time they need.
test(
  "any key sequence at any size: no crash, the frame always fits the terminal",
  { timeout: LONG ? 600_000 : undefined },
  async () => {
    const library = libraryOf([
      person("Ada Lovelace"),
      longProfile("Long Person", 12),
      person(undefined, { work: [] }),
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom([40, 12], [50, 15], [80, 24], [120, 40], [100, 12]),
        fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 25 }),
        async ([columns, rows], keys) => {
          const h = renderApp(library, { columns, rows });
          try {
            await h.waitForText("People");
            for (const k of keys) {
              if (h.quits) break;
              await h.press(k);
            }
            const lines = h.lines();
            expect(lines.length).toBeLessThanOrEqual(rows - 1);
            for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(columns);
            expect(h.frame()).not.toMatch(/^resumes: /m);
          } finally {
            h.unmount();
          }
        },
      ),
      { numRuns: runs(400, 40), seed: 20261122 },
    );
  },
);
