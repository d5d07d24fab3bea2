/**
 * `npm run check:cycles` (dependency-cruiser): imports under src/ flow one way. A cycle of
 * value imports (static or dynamic `import()`) fails CI; type-only imports are erased at
 * build time and do not count.
 * @type {import('dependency-cruiser').IConfiguration}
 */

// Cycles known when this check was added, to be emptied (each is left to the branch that
// owns its folder). A module listed here is not checked as the start of a cycle; a new
// cycle through it is still found from its other modules.
// Cycles known and still to be broken (none today): a path listed here only warns.
const KNOWN_CYCLES = ["^$"];

module.exports = {
  forbidden: [
    {
      name: "no-value-cycle",
      severity: "error",
      comment: "Imports flow one way: no cycle of value imports (static or dynamic) under src/.",
      from: { path: "^src/", pathNot: KNOWN_CYCLES },
      to: {
        circular: true,
        dependencyTypesNot: ["type-only"],
        viaOnly: { dependencyTypesNot: ["type-only"] },
      },
    },
    {
      name: "known-value-cycle",
      severity: "warn",
      comment: "A cycle on the KNOWN_CYCLES list in .dependency-cruiser.cjs: to be broken.",
      from: { path: KNOWN_CYCLES },
      to: {
        circular: true,
        dependencyTypesNot: ["type-only"],
        viaOnly: { dependencyTypesNot: ["type-only"] },
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
