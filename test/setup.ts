// Ink reads CI at import time (via is-in-ci) and then renders only a final frame. The
// bundle replaces that check (see scripts/build.mjs); tests of the unbundled sources get
// the same behaviour by clearing the variables before any test file imports Ink.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
