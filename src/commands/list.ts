import type { Command } from "./registry.js";
import { EXIT } from "./io.js";

// Placeholder until the loader lands; replaced by the list command proper.
export const command: Command = {
  summary: "list the loaded profiles",
  help: "Usage: resumes list [PATH...]",
  async run(_argv, io) {
    io.stderr.write("resumes: list is not implemented yet\n");
    return EXIT.error;
  },
};
