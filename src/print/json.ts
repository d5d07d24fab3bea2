/**
 * The `--json` shapes of `list` and `show` (documented in the README's "Command line"
 * section).
 */
import type { Entry } from "../library/library.js";
import type { Profile } from "../profile/schema.js";
import { SECTION_FIELD, sectionsOf, type SectionId } from "../profile/sections.js";
import { headlineOf, overviewOf } from "./blocks.js";

/**
 * Pretty JSON for a terminal or a pipe, ending with a newline. JSON.stringify leaves C1
 * controls, line/paragraph separators and bidi overrides raw; they are written as \uXXXX
 * escapes here (the same JSON value), so no view emits them even if data carried some.
 */
export function jsonText(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  const raw =
    /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
  return (
    JSON.stringify(value, null, 2).replace(
      raw,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    ) + "\n"
  );
}

export interface ListItem {
  id: string;
  label: string;
  named: boolean;
  headline: string;
  location: string;
  file: string;
  format: Entry["format"];
  sections: SectionId[];
}

/** A listing's line: what `resumes list` prints (a warm library's entry reads only its head). */
export function listLine(e: Entry): { label: string; headline: string; location: string } {
  const head = e.head ?? e.profile;
  return { label: e.label, headline: headlineOf(head), location: overviewOf(head, e.label).location };
}

export function listItem(e: Entry): ListItem {
  const { headline, location } = listLine(e);
  return {
    id: e.id,
    label: e.label,
    named: e.named,
    headline,
    location,
    file: e.file,
    format: e.format,
    sections: sectionsOf(e.profile),
  };
}

export interface ShowJson {
  id: string;
  label: string;
  named: boolean;
  file: string;
  format: Entry["format"];
  /** Present when a section was asked for. */
  section?: SectionId;
  /** The whole profile (no section asked), or the section's content: `basics` for overview, else its array. */
  profile?: Profile;
  content?: unknown;
}

export function showJson(e: Entry, section?: SectionId): ShowJson {
  const head = { id: e.id, label: e.label, named: e.named, file: e.file, format: e.format };
  if (!section) return { ...head, profile: e.profile };
  const field = SECTION_FIELD[section];
  const value = e.profile[field];
  return { ...head, section, content: value ?? (section === "overview" ? {} : []) };
}
