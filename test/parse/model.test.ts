/**
 * The header-line and header-field models: reproducible from their training scripts, and right
 * on layouts they were not trained on (a held-out draw of the generator, and hand-written lines).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  heldOut as heldOutFields,
  render as renderFields,
  train as trainFields,
} from "../../scripts/train-header-fields.js";
import { heldOut, render, train } from "../../scripts/train-header-lines.js";
import type { Part } from "../../src/parse/entries.js";
import { parseDocument } from "../../src/parse/index.js";
import type { Line } from "../../src/parse/lines.js";
import { decodeFields, fieldsFromLabels } from "../../src/parse/model/header-field.js";
import type { LinearModel } from "../../src/parse/model/linear.js";
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

describe("header-field model", () => {
  // Fitting runs the parser over a few hundred invented documents: once for both checks.
  let fitted: LinearModel | undefined;
  const fit = (): LinearModel => (fitted ??= trainFields());

  it("is what the training script writes, byte for byte", { timeout: 180_000 }, () => {
    const shipped = readFileSync(
      fileURLToPath(new URL("../../src/parse/model/header-field.data.ts", import.meta.url)),
      "utf8",
    );
    expect(renderFields(fit())).toBe(shipped);
  });

  it("labels the pieces of a held-out draw of the layouts correctly", { timeout: 180_000 }, () => {
    expect(heldOutFields(fit())).toBeGreaterThan(0.95);
  });

  it("decodes at most one title, organisation and team, and merges adjacent places", () => {
    const part = (text: string): Part => ({ text, line: 0, withList: false, bold: false });
    // Two pieces that both look like titles: only the likelier is the title.
    expect(
      decodeFields([
        [0.9, 0.05, 0, 0, 0.05],
        [0.6, 0.3, 0, 0, 0.1],
        [0, 0, 0, 0.9, 0.1],
        [0, 0, 0, 0.7, 0.3],
      ]),
    ).toEqual(["title", "org", "place", "place"]);
    // With the employer known from a line above, no piece is one.
    expect(decodeFields([[0.02, 0.8, 0.13, 0, 0.05]], true)).toEqual(["team"]);
    // A field the model barely believes in is not claimed: the second name is no title.
    expect(
      decodeFields([
        [0.05, 0.93, 0, 0.01, 0.01],
        [0.05, 0.9, 0, 0, 0.05],
      ]),
    ).toEqual(["org", "other"]);
    expect(
      fieldsFromLabels(
        [part("Analyst"), part("Tidewater"), part("Lyon"), part("France"), part("Hybrid")],
        ["title", "org", "place", "place", "other"],
      ),
    ).toEqual({ position: "Analyst", name: "Tidewater", location: "Lyon, France", description: "Hybrid" });
  });

  it("splits hand-written headers it was not trained on", () => {
    const jobs = (text: string, format: "markdown" | "text") =>
      (parseDocument(text, { file: "t", format }).profile.work ?? []).map((w) => [
        w.name,
        w.position,
        w.team,
        w.location,
      ]);
    expect(
      jobs(
        "## Experience\n\n### Controls Engineer, Quarry Lane Robotics — Eindhoven\n*2019 – 2022*\n- Tuned the arm's control loop.\n",
        "markdown",
      ),
    ).toEqual([["Quarry Lane Robotics", "Controls Engineer", undefined, "Eindhoven"]]);
    expect(
      jobs(
        "Experience\n\nData Analyst | Lindenfeld Bakery | Mar 2020 – Present | Part-time\n- Counted flour.\n",
        "text",
      ),
    ).toEqual([["Lindenfeld Bakery", "Data Analyst", undefined, undefined]]);
  });
});
