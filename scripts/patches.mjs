// The patches in patches/ (made and applied by patch-package; `npm ci` applies them through
// the `prepare` script), for the build and the tests:
//   - assertPatched(): the build refuses to bundle an unpatched node_modules;
//   - unpatchedCopy(): a copy of a package as published, for tests that compare a
//     patched function with the original.
// Uses patch-package's own parser and applier, so "applied" means what it means there.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { parsePatchFile } = require("patch-package/dist/patch/parse");
const { reversePatch } = require("patch-package/dist/patch/reverse");
const { executeEffects } = require("patch-package/dist/patch/apply");

export const root = fileURLToPath(new URL("..", import.meta.url));
const dir = join(root, "patches");

/** Each patch: its file and the package it patches (`ink`, `@alcalzone/ansi-tokenize`). */
export function patches() {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".patch"))
    .map((f) => {
      const name = f.replace(/\+[^+]+\.patch$/, "").replace("+", "/");
      return { file: join(dir, f), name, effects: parsePatchFile(readFileSync(join(dir, f), "utf8")) };
    });
}

/** Throws, naming the package, unless the patches (of `only` packages, or all) are applied under `cwd`. */
export function assertPatched(cwd = root, only) {
  for (const p of patches()) {
    if (only && !only.includes(p.name)) continue;
    try {
      executeEffects(reversePatch(p.effects), { dryRun: true, cwd, bestEffort: false });
    } catch {
      throw new Error(
        `node_modules/${p.name} is not patched (${p.file}): run \`npx patch-package\` (npm ci does it)`,
      );
    }
  }
}

/**
 * Copies node_modules/`name` into a new folder inside node_modules (so it still resolves
 * its dependencies; a fresh path, so a fresh module), and un-applies its patch there unless
 * `original` is false. Returns the copy's package folder and the folder to remove afterwards.
 */
export function packageCopy(name, { original = true } = {}) {
  const p = patches().find((x) => x.name === name);
  if (!p) throw new Error(`no patch for ${name}`);
  const tmp = mkdtempSync(join(root, "node_modules", ".patch-test-"));
  const pkg = join(tmp, "node_modules", name);
  cpSync(join(root, "node_modules", name), pkg, { recursive: true });
  if (original) executeEffects(reversePatch(p.effects), { dryRun: false, cwd: tmp, bestEffort: false });
  return { pkg, tmp };
}
