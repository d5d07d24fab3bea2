/**
 * The header-line model: reproducible from its training script, and right on layouts it was
 * not trained on (a held-out draw of the generator, and hand-written lines).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { heldOut, render, train } from "../../scripts/train-header-lines.js";
import type { Line } from "../../src/parse/lines.js";
import { headerProbability, isHeaderLine } from "../../src/parse/model/header-line.js";

const line = (text: string, extra: Partial<Line> = {}): Line => ({
  n: 1,
  text,
  cells: [text],
  indent: 0,
  bullet: false,
  strong: [],
  links: [],
  ...extra,
});

describe("header-line model", () => {
  it("is what the training script writes, byte for byte", () => {
    const shipped = readFileSync(
      fileURLToPath(new URL("../../src/parse/model/header-line.data.ts", import.meta.url)),
      "utf8",
    );
    expect(render(train())).toBe(shipped);
  });

  it("labels a held-out draw of the layouts correctly", () => {
    expect(heldOut(train(), isHeaderLine)).toBeGreaterThan(0.95);
  });

  it("tells an organisation bullet from a sentence bullet and a stack list", () => {
    const doc = [
      line("Rewired the alerting so that pages reached the right team.", { bullet: true }),
      line(""),
      line("Quarry Lane Robotics", { bullet: true }),
      line(""),
      line("Eindhoven, Netherlands"),
      line("Controls Engineer"),
      line("Kubernetes, Terraform, Grafana, Loki", { bullet: true }),
      line("Tuned the arm's control loop and cut the jitter in half.", { bullet: true }),
    ];
    expect(isHeaderLine(doc, 2)).toBe(true);
    expect(isHeaderLine(doc, 4)).toBe(true);
    expect(isHeaderLine(doc, 5)).toBe(true);
    expect(isHeaderLine(doc, 0)).toBe(false);
    expect(isHeaderLine(doc, 6)).toBe(false);
    expect(isHeaderLine(doc, 7)).toBe(false);
    expect(headerProbability(doc, 2)).toBeGreaterThan(headerProbability(doc, 7));
  });
});
