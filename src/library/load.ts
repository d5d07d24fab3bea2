/**
 * Files and folders → Library + diagnostics. One diagnostic per bad file; the others
 * still load. (Stub: the loading work replaces this body; the signature is the contract.)
 */
import { Library } from "./library.js";
import type { Diagnostic } from "./diagnostic.js";

export interface LoadResult {
  library: Library;
  diagnostics: Diagnostic[];
}

/** Load every supported file named, or found (recursively) in the folders named. */
export async function loadLibrary(paths: string[], options: { cwd?: string } = {}): Promise<LoadResult> {
  void paths;
  void options;
  return { library: new Library([]), diagnostics: [] };
}
