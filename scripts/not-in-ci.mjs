// Stands in for the `is-in-ci` package in the bundle (scripts/esbuild-plugins.mjs).
export default false;
