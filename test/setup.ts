import fc from "fast-check";

// Property tests explore new random inputs on every local run; under CI (`CI` set, as in
// .ci/run) they replay one fixed seed, so a landing never depends on the dice. FC_SEED
// picks another seed (a failure prints the seed and path that reproduce it).
// The seed goes into FC_SEED, which outlives the CI variable cleared below: this file runs
// again before each test file of a worker that shares its modules (vitest.config.ts).
if (process.env.CI) process.env.FC_SEED ??= "20261201";
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

// Ink reads CI at import time (via is-in-ci) and then renders only a final frame. The
// bundle replaces that check (see scripts/esbuild-plugins.mjs); tests of the unbundled
// sources get the same behaviour by clearing the variables before any test file imports Ink.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
