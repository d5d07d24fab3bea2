/**
 * A linear model over named binary features: the score of a label is the sum of the weights of
 * the features that are on, plus its bias. Weights are fitted by a script in the repository
 * (scripts/train-header-lines.ts) and shipped as a small JSON file; nothing here learns.
 */
export interface LinearModel {
  /** What the model decides, e.g. ["body", "header"]. */
  labels: string[];
  /** One bias per label. */
  bias: number[];
  /** Feature name → one weight per label (features the data never showed are absent). */
  weights: Record<string, number[]>;
}

/** Scores of every label for the features that are on. */
export function scoresOf(model: LinearModel, features: readonly string[]): number[] {
  const out = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < out.length; k++) out[k]! += w[k]!;
  }
  return out;
}

/** Softmax of the scores: the probability of each label. */
export function probabilitiesOf(model: LinearModel, features: readonly string[]): number[] {
  const s = scoresOf(model, features);
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The most probable label and its probability. */
export function decide(model: LinearModel, features: readonly string[]): { label: string; p: number } {
  const p = probabilitiesOf(model, features);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return { label: model.labels[best]!, p: p[best]! };
}
