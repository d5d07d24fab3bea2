/**
 * Which field of an entry is each candidate piece of its header: title, organisation, team,
 * place or other (a description)? A multinomial linear model over the pieces' features
 * (field-features.ts) gives each piece a probability per field, with weights fitted by
 * scripts/train-header-fields.ts on invented, labelled headers (header-field.data.ts); a small
 * decoder then picks the most probable assignment in which an entry has at most one title,
 * one organisation and one team, and its place pieces merge.
 */
import type { Part } from "../entries.js";
import { fieldFeatures } from "./field-features.js";
import { headerFieldModel } from "./header-field.data.js";
import { probabilitiesOf, type LinearModel } from "./linear.js";

export const FIELD_LABELS = ["title", "org", "team", "place", "other"] as const;
export type FieldLabel = (typeof FIELD_LABELS)[number];

export interface HeaderFields {
  position?: string;
  name?: string;
  team?: string;
  location?: string;
  description?: string;
}

/**
 * For the training script only: called with every header's candidates; when it returns labels
 * (the truth of an invented header), those decide the fields instead of the model, so the
 * pieces the training sees do not depend on the model being fitted.
 */
export const fieldTraining: {
  label?: (
    cands: readonly Part[],
    titleKnown: boolean,
    nameKnown: boolean,
  ) => readonly FieldLabel[] | undefined;
} = {};

/** Each candidate's probability of each label (in FIELD_LABELS order). */
export function fieldProbabilities(
  cands: readonly Part[],
  titleKnown: boolean,
  nameKnown = false,
  model: LinearModel = headerFieldModel,
): number[][] {
  return fieldFeatures(cands, titleKnown, nameKnown).map((f) => probabilitiesOf(model, f));
}

const TITLE = 0;
const ORG = 1;
const TEAM = 2;
const PLACE = 3;
const OTHER = 4;
const MIN_FIELD = 0.1;

/**
 * The most probable labelling with at most one title, one organisation, one team and one
 * place: every choice of those four (or none) is tried, the other pieces are other. Then a
 * piece right after the place on its line that is more place than other joins it ("Lyon" +
 * "France"). With `nameKnown`, no piece is the organisation. Exhaustive for a handful of pieces; a larger header takes each slot greedily.
 */
export function decodeFields(p: readonly number[][], nameKnown = false): FieldLabel[] {
  const n = p.length;
  const lp = p.map((row) => row.map((x) => Math.log(Math.max(x, 1e-9))));
  // (With the organisation known from a line above, no piece here is one.)
  // (A piece claims a field only when the model gives it at least one chance in ten: left
  // with a title it barely believes in, "Crimson Rowing, Varsity Athlete" has none.)
  const gain = (i: number, k: number): number =>
    i < 0 ? 0 : (k === ORG && nameKnown) || p[i]![k]! < MIN_FIELD ? -Infinity : lp[i]![k]! - lp[i]![OTHER]!;
  let best = { score: 0, t: -1, o: -1, m: -1, l: -1 };
  if (n <= 7) {
    for (let t = -1; t < n; t++)
      for (let o = -1; o < n; o++) {
        if (o >= 0 && o === t) continue;
        for (let m = -1; m < n; m++) {
          if (m >= 0 && (m === t || m === o)) continue;
          for (let l = -1; l < n; l++) {
            if (l >= 0 && (l === t || l === o || l === m)) continue;
            const score = gain(t, TITLE) + gain(o, ORG) + gain(m, TEAM) + gain(l, PLACE);
            if (score > best.score) best = { score, t, o, m, l };
          }
        }
      }
  } else {
    const taken = new Set<number>();
    const pick = (k: number): number => {
      let bi = -1;
      let bg = 0;
      for (let i = 0; i < n; i++)
        if (!taken.has(i) && gain(i, k) > bg) {
          bg = gain(i, k);
          bi = i;
        }
      if (bi >= 0) taken.add(bi);
      return bi;
    };
    best = { score: 0, t: pick(TITLE), o: pick(ORG), m: pick(TEAM), l: pick(PLACE) };
  }
  const out = p.map((_row, i): FieldLabel =>
    i === best.t ? "title" : i === best.o ? "org" : i === best.m ? "team" : i === best.l ? "place" : "other",
  );
  for (let i = best.l + 1; best.l >= 0 && i < n && out[i] === "other" && gain(i, PLACE) > 0; i++)
    out[i] = "place";
  return out;
}

/** The fields a labelling gives: place pieces joined in order, other pieces as the description. */
export function fieldsFromLabels(cands: readonly Part[], labels: readonly FieldLabel[]): HeaderFields {
  const out: HeaderFields = {};
  const places: string[] = [];
  const rest: string[] = [];
  cands.forEach((c, i) => {
    const l = labels[i];
    if (l === "title") out.position ??= c.text;
    else if (l === "org") out.name ??= c.text;
    else if (l === "team") out.team ??= c.text;
    else if (l === "place") places.push(c.text);
    else rest.push(c.text);
  });
  if (places.length) out.location = places.join(", ");
  if (rest.length) out.description = rest.join(" · ");
  return out;
}

/**
 * The fields of a header, decided by the model (or, in training, by the invented header's
 * truth). `titleKnown` / `nameKnown`: a line above in the same header already gave the title /
 * the organisation (a line under "Title   dates" is read on its own).
 */
export function headerFieldsOf(cands: readonly Part[], titleKnown: boolean, nameKnown = false): HeaderFields {
  const labels =
    fieldTraining.label?.(cands, titleKnown, nameKnown) ??
    decodeFields(fieldProbabilities(cands, titleKnown, nameKnown), nameKnown);
  return fieldsFromLabels(cands, labels);
}
