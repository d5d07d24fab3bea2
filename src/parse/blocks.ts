/**
 * Documents without headings (terminal portfolios, scraped pages): the text after the
 * basics is classified by the shape of its blocks, not by its words:
 *   - a lowercase kind line (`crate · 22M downloads`, `web · 2019`) starts a project;
 *   - an institution line with a degree or dates nearby starts a school;
 *   - a short label followed by a line of space-separated names is a skill group;
 *   - a lone line of capitalised names is a list of interests;
 *   - everything else runs through the work parser (date anchors), and what it cannot
 *     place is prose for the summary.
 */
import { findRange, removeSpan } from "./dates.js";
import { anchorRange } from "./entries.js";
import { degreeAt, hasInstitutionWord, isProse, listItems, locationScore, titleScore } from "./features.js";
import type { Line } from "./lines.js";
import { kindLine } from "./projects.js";

export interface Classified {
  /** Runs of lines for the work parser, one per stretch between other blocks. */
  work: Line[][];
  projects: Line[];
  skills: Line[];
  education: Line[];
  interests: Line[];
}

/** A line of names separated by single spaces: `Rust Go Tokio Serde Clickhouse`. */
export function isTokenLine(text: string, min = 4): boolean {
  if (/[.!?:;,]$/.test(text) || /[,;·|()]/.test(text) || findRange(text)) return false;
  const tokens = text.split(/\s+/).filter((t) => t !== "/" && t !== "&");
  if (tokens.length < min) return false;
  const lower = tokens.filter((t) => /^\p{Ll}/u.test(t)).length;
  return lower / tokens.length <= 0.25;
}

function isShortLabel(text: string): boolean {
  return (
    text.split(/\s+/).length <= 3 &&
    text.length <= 30 &&
    /^\p{Lu}/u.test(text) &&
    !/[,;.·|]/.test(text) &&
    !findRange(text)
  );
}

function nextText(lines: Line[], i: number, maxGap = 2): number {
  for (let j = i + 1; j < lines.length && j <= i + 1 + maxGap; j++) if (lines[j]!.text) return j;
  return -1;
}

function isInstitutionLine(l: Line): boolean {
  if (l.bullet || isProse(l.text) || l.text.length > 120 || !hasInstitutionWord(l.text)) return false;
  const r = findRange(l.text);
  const rest = r ? removeSpan(l.text, r.index, r.end) : l.text;
  return !/\d/.test(rest);
}

/** A bare list of tools: "Go, PostgreSQL, gRPC, Kubernetes". */
function isToolList(l: Line): boolean {
  if (l.bullet || findRange(l.text) || isProse(l.text)) return false;
  const items = listItems(l.text);
  return (
    items !== undefined &&
    items.length >= 3 &&
    items.every((i) => i.split(/\s+/).length <= 3) &&
    titleScore(l.text) <= 0 &&
    locationScore(l.text) < 3
  );
}

export function classifyBlocks(lines: Line[]): Classified {
  const out: Classified = { work: [], projects: [], skills: [], education: [], interests: [] };
  let run: Line[] = [];
  const endRun = (): void => {
    if (run.some((l) => l.text)) out.work.push(run);
    run = [];
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (!l.text) {
      run.push(l);
      i++;
      continue;
    }
    if (!l.bullet && kindLine(l.text)) {
      endRun();
      // kind line, optional name line, then the paragraph(s) or bullets.
      let j = i + 1;
      let sawBody = false;
      const block: Line[] = [l];
      while (j < lines.length) {
        const m = lines[j]!;
        if (!m.text) {
          block.push(m);
          j++;
          continue;
        }
        // The line right under a kind line is the name, even when it looks like a kind ("dotkit").
        if (kindLine(m.text) && (block.some((b) => b !== l && b.text) || /\s·\s/.test(m.text))) break;
        const isBody = m.bullet || isProse(m.text) || m.text.length > 80 || /[.!?]$/.test(m.text);
        if (!isBody && sawBody) break;
        if (!isBody && block.filter((b) => b.text).length >= 2) break;
        if (isBody) sawBody = true;
        block.push(m);
        j++;
      }
      out.projects.push(...block);
      i = j;
      continue;
    }
    if (isInstitutionLine(l)) {
      const n = nextText(lines, i);
      const here = findRange(l.text) || degreeAt(l.text);
      const near = n >= 0 && (degreeAt(lines[n]!.text) || findRange(lines[n]!.text));
      if (here || near) {
        endRun();
        let j = i + 1;
        out.education.push(l);
        while (j < lines.length) {
          const m = lines[j]!;
          if (!m.text) break;
          if (
            isToolList(m) ||
            isTokenLine(m.text, 6) ||
            kindLine(m.text) ||
            (anchorRange(m) && !degreeAt(m.text) && !/·/.test(m.text) && j > i + 2)
          )
            break;
          out.education.push(m);
          j++;
        }
        i = j;
        continue;
      }
    }
    if (isToolList(l)) {
      const prevText = run.filter((x) => x.text).pop();
      const nextIdx = nextText(lines, i, 2);
      const nextIsAnchor = nextIdx >= 0 && anchorRange(lines[nextIdx]!);
      if (!nextIsAnchor && !(prevText && anchorRange(prevText) && run[run.length - 1] === prevText)) {
        endRun();
        out.skills.push(l);
        i++;
        continue;
      }
    }
    const n = nextText(lines, i, 1);
    if (
      !l.bullet &&
      isShortLabel(l.text) &&
      n >= 0 &&
      isTokenLine(lines[n]!.text) &&
      !isInstitutionLine(lines[n]!)
    ) {
      endRun();
      out.skills.push(l, lines[n]!);
      i = n + 1;
      continue;
    }
    const after = nextText(lines, i, 2);
    if (
      !l.bullet &&
      isTokenLine(l.text, 6) &&
      titleScore(l.text) <= 0 &&
      !anchorRange(l) &&
      (after < 0 || !anchorRange(lines[after]!))
    ) {
      endRun();
      out.interests.push(l);
      i++;
      continue;
    }
    run.push(l);
    i++;
  }
  endRun();
  return out;
}
