// `npm run check:chunks`: the quick lookup commands never load Ink or React. Builds with
// RESUMES_METAFILE (scripts/build.mjs) and walks esbuild's chunk graph from the CLI entry
// and from each command's chunk, following static imports only (what loading them loads):
// no module of these packages may be in it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FORBIDDEN = /(^|\/)node_modules\/(ink|react|react-reconciler|scheduler|yoga-layout)\//;
const COMMANDS = ["list", "show", "search", "parse", "export"];

const dir = mkdtempSync(join(tmpdir(), "resumes-chunks-"));
const metafile = join(dir, "meta.json");
try {
  execFileSync(process.execPath, ["scripts/build.mjs"], {
    env: { ...process.env, RESUMES_METAFILE: metafile },
    stdio: "inherit",
  });
  const { outputs } = JSON.parse(readFileSync(metafile, "utf8"));
  const find = (entry) => Object.keys(outputs).find((o) => outputs[o].entryPoint === entry);
  /** Every output loaded (statically) with `start`. */
  const closure = (start) => {
    const seen = new Set([start]);
    for (const o of seen)
      for (const i of outputs[o].imports)
        if (i.kind === "import-statement" && !i.external && outputs[i.path]) seen.add(i.path);
    return seen;
  };
  const entry = find("src/cli.ts");
  let failed = 0;
  for (const name of COMMANDS) {
    const chunk = find(`src/commands/${name}.ts`);
    if (!entry || !chunk) throw new Error(`check-chunks: no chunk for src/commands/${name}.ts`);
    const loaded = new Set([...closure(entry), ...closure(chunk)]);
    const bad = [...loaded].flatMap((o) => Object.keys(outputs[o].inputs).filter((i) => FORBIDDEN.test(i)));
    if (bad.length) {
      failed++;
      console.error(
        `check-chunks: \`resumes ${name}\` loads ${bad.length} Ink/React modules, e.g. ${bad[0]}`,
      );
    }
  }
  if (failed) process.exit(1);
  console.log(`check-chunks: ${COMMANDS.join(", ")} load no Ink or React`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
