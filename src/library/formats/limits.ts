/** The shape limits of structured documents (JSON, YAML): no résumé comes near them. */

/** Nesting deeper than this in JSON or YAML is refused (no résumé needs more than ~5). */
export const MAX_DEPTH = 64;

/** A YAML mapping with more keys than this is refused (a résumé's largest has a few dozen). */
export const MAX_KEYS = 10_000;
