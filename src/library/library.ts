/**
 * The loaded profiles, each with a stable id and a display label. Every view reads a
 * Library; none of them parses text or touches files.
 */
import type { Profile } from "../profile/schema.js";

export type Format =
  "text" | "markdown" | "jsonresume" | "yaml" | "org" | "rst" | "asciidoc" | "latex" | "pdf" | "docx";

export interface Entry {
  /** Stable slug: of the name, else of the file name; unique within the library. */
  id: string;
  /** Name, else headline, else latest role, else file name. Never empty. */
  label: string;
  /** True when the document gives the person's name (label is then that name). */
  named: boolean;
  profile: Profile;
  /**
   * What a one-line listing reads of the profile (name, headline, location, latest role and
   * company), when the profile itself is read only on demand (a warm library's snapshot).
   */
  head?: Profile;
  /** The file it was loaded from, as the user named it. */
  file: string;
  format: Format;
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-{1,300}|-{1,300}$/g, "");
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.[^.]+$/, "");
}

/** The label rule shared by every view. */
export function labelFor(profile: Profile, file: string): string {
  const b = profile.basics;
  const latest = profile.work?.[0];
  const role = latest && [latest.position, latest.name].filter(Boolean).join(" · ");
  return b?.name?.trim() || b?.label?.trim() || role || baseName(file);
}

/** Entries made one at a time, ids unique among all made so far (a library loading). */
export class EntryMaker {
  private seen = new Map<string, number>();
  make({ profile, file, format }: { profile: Profile; file: string; format: Format }): Entry {
    const name = profile.basics?.name?.trim();
    let id = slugify(name || baseName(file)) || "profile";
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    return { id, label: labelFor(profile, file), named: Boolean(name), profile, file, format };
  }
}

export function makeEntries(items: { profile: Profile; file: string; format: Format }[]): Entry[] {
  const maker = new EntryMaker();
  return items.map((item) => maker.make(item));
}

/**
 * Where a loaded library came from, for what is kept beside its file cache: `digest`
 * identifies the exact files (paths, stamps, content hashes) and the build that read them.
 */
export interface Origin {
  digest: string;
  /** Where the library's search index is kept (see src/search/persist.ts). */
  indexFile: string;
}

export class Library {
  readonly byId: ReadonlyMap<string, Entry>;
  constructor(
    readonly entries: readonly Entry[],
    readonly origin?: Origin,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }
}
