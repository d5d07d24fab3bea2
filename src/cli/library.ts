/**
 * What every library-reading command does first: decide the sources, load them, report
 * problems on stderr (one line each), and resolve a `WHO` to one entry.
 */
import { EXIT, type Io } from "../command/io.js";
import { formatDiagnostic, type Diagnostic } from "../library/diagnostic.js";
import { findEntry } from "../library/find.js";
import type { Entry, Format, Library } from "../library/library.js";
import { resolveSources, type Sources } from "../library/sources.js";
import { safe } from "../print/style.js";
import type { LoadProgress } from "../library/load.js";
import { MAX_BYTES, MAX_FILES } from "../library/walk.js";
import type { FlagSpec, FlagValue } from "../command/args.js";
import { cacheFor } from "./cache.js";
import { fromFormat, UsageError } from "../command/define.js";
import { displayPath } from "./paths.js";

export interface Opened {
  library: Library;
  diagnostics: Diagnostic[];
  sources: Sources;
  /** Some input could not be loaded: the command finishes its output, then exits 1. */
  failed: boolean;
}

export interface OpenOptions {
  /** Also print warnings (files that loaded with something skipped). */
  warnings?: boolean;
  /** The command's flags: `--max-files`, `--max-bytes`, `--follow-links` ({@link LIMIT_FLAGS}), `--from`. */
  flags?: Record<string, FlagValue | undefined>;
  /** Progress as the library loads (the browser draws it). */
  onProgress?: (p: LoadProgress) => void;
  /** Stops the load (the user quit the browser while it loaded). */
  signal?: AbortSignal;
}

/** The loader's limits, as flags of every command that loads files: no silent limit. */
export const LIMIT_FLAGS: readonly FlagSpec[] = [
  {
    name: "follow-links",
    description: "follow symbolic links that lead out of the folders named (default: refused, said)",
  },
  {
    name: "max-files",
    kind: "int",
    value: "N",
    description: `load at most N résumé files per folder named (default ${MAX_FILES}; said when reached)`,
  },
  {
    name: "max-bytes",
    kind: "int",
    value: "N",
    description: `refuse files larger than N bytes (default ${MAX_BYTES}, 5 MB)`,
  },
];

/** The limits the flags ask for; a usage error for one that is not a positive number. */
export function limitsFrom(flags: Record<string, FlagValue | undefined> = {}): {
  maxFiles?: number;
  maxBytes?: number;
  followLinks?: boolean;
} {
  const out: { maxFiles?: number; maxBytes?: number; followLinks?: boolean } = {};
  if (flags["follow-links"] === true) out.followLinks = true;
  for (const [flag, key] of [
    ["max-files", "maxFiles"],
    ["max-bytes", "maxBytes"],
  ] as const) {
    const v = flags[flag];
    if (v === undefined) continue;
    if (typeof v !== "number" || v < 1)
      throw new UsageError(`--${flag} needs a positive number, got '${String(v)}'`);
    out[key] = v;
  }
  return out;
}

/** Paths are for the local command line only: elsewhere (SSH exec) naming one is a usage error. */
export function refusePaths(paths: readonly string[], io: Io): void {
  if (paths.length > 0 && io.acceptsPaths !== true) {
    throw new UsageError(
      `files and folders cannot be named here ('${safe(paths[0]!)}'): the profiles are chosen by the server`,
    );
  }
}

/**
 * Load the library for `paths` (or the default sources); errors go to stderr. With
 * `io.library` (a host's), that library, nothing read.
 */
export async function openLibrary(
  paths: readonly string[],
  io: Io,
  options: OpenOptions = {},
): Promise<Opened> {
  refusePaths(paths, io);
  const sources = resolveSources(paths, { env: io.env, cwd: io.cwd });
  // A host's library (SSH exec) is used as loaded: its problems were reported when it loaded.
  if (io.library) return { library: io.library, diagnostics: [], sources, failed: false };
  const limits = limitsFrom(options.flags);
  // The parser, zod and yaml are imported only for files the cache does not hold.
  const { loadLibrary } = await import("../library/load.js");
  const { library, diagnostics } = await loadLibrary(sources.paths, {
    ...loadOptions(io, fromFormat(options.flags ?? {})),
    ...limits,
    // Standard input is read each time (the loader never caches it); files named beside it are.
    cache: cacheFor(sources.paths, { env: io.env, cwd: io.cwd }),
    onProgress: options.onProgress,
    signal: options.signal,
  });
  // Errors, a limit reached and a value read otherwise than written are always said;
  // other warnings with -v.
  for (const d of diagnostics)
    if (d.severity === "error" || d.limit || d.shown || options.warnings) reportDiagnostic(d, io);
  return { library, diagnostics, sources, failed: diagnostics.some((d) => d.severity === "error") };
}

/** What the loader needs from the command's Io: where paths resolve, what `-` reads. */
export function loadOptions(
  io: Io,
  from?: Format,
): { cwd: string; stdin?: () => Promise<Uint8Array>; from?: Format } {
  const options: { cwd: string; stdin?: () => Promise<Uint8Array>; from?: Format } = { cwd: io.cwd };
  if (io.readStdin) options.stdin = io.readStdin;
  if (from) options.from = from;
  return options;
}

/** A diagnostic on stderr as one line, its path shown briefly; neither part is trusted. */
export function reportDiagnostic(d: Diagnostic, io: Io): void {
  io.stderr.write(
    `${formatDiagnostic({ ...d, file: safe(displayPath(d.file, io.cwd)), message: safe(d.message) })}\n`,
  );
}

/** The entry `who` names, or an exit code after saying why not (none: 1, ambiguous: 2). */
export function pickEntry(library: Library, who: string, io: Io, command: string): Entry | number {
  const found = findEntry(library, who);
  if (found.kind === "found") return found.entry;
  if (found.kind === "none") {
    const hint = library.entries.length === 0 ? "no profiles are loaded" : `try 'resumes list'`;
    io.stderr.write(`resumes ${command}: no profile matches '${safe(who)}' (${hint})\n`);
    return EXIT.notFound;
  }
  const lines = found.candidates.map((e) => `  ${e.id}  ${safe(e.label)}`);
  io.stderr.write(
    `resumes ${command}: '${safe(who)}' matches ${found.candidates.length} profiles; say which:\n${lines.join("\n")}\n`,
  );
  return EXIT.usage;
}
