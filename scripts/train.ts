/**
 * `npm run train`: refit every model from its invented, labelled data and rewrite its data
 * file; `npm run train -- --check` exits 1 if any file would change (each is reproducible
 * byte for byte from its script).
 *   - src/parse/model/header-line.data.ts  (scripts/train-header-lines.ts)
 *   - src/parse/model/header-field.data.ts (scripts/train-header-fields.ts)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fields from "./train-header-fields.js";
import * as lines from "./train-header-lines.js";

const models = [
  { file: "header-line.data.ts", text: () => lines.render(lines.train()) },
  { file: "header-field.data.ts", text: () => fields.render(fields.train()) },
];
const check = process.argv.includes("--check");
let stale = 0;
for (const m of models) {
  const path = fileURLToPath(new URL(`../src/parse/model/${m.file}`, import.meta.url));
  const text = m.text();
  if (check) {
    const same = readFileSync(path, "utf8") === text;
    if (!same) stale++;
    console.log(same ? `${m.file} is up to date` : `${m.file} would change: run npm run train`);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path} (${text.length} bytes)`);
  }
}
process.exit(stale ? 1 : 0);
