import { describe, expect, test } from "vitest";
import { displayPath, servedPath, sourcePath } from "../../src/cli/paths.js";

describe("how files are named on screen", () => {
  test("locally: relative to where the user is, else with ~, else absolute; seeds as seeds/…", () => {
    expect(displayPath("/w/cvs/ada.json", "/w", "/home/u")).toBe("cvs/ada.json");
    expect(displayPath("/home/u/cvs/ada.json", "/w", "/home/u")).toBe("~/cvs/ada.json");
    expect(displayPath("/srv/cvs/ada.json", "/w", "/home/u")).toBe("/srv/cvs/ada.json");
    expect(sourcePath("/pkg/seeds/ada.md", { kind: "seeds", paths: ["/pkg/seeds"] }, "/w")).toBe(
      "seeds/ada.md",
    );
    expect(sourcePath("/w/cvs/ada.json", { kind: "args", paths: ["cvs"] }, "/w")).toBe("cvs/ada.json");
  });

  test("to a visitor: relative to the served folder it lies in, else its name; never the server's place", () => {
    const roots = ["/srv/cvs", "/home/u/more", "/elsewhere/one.md"];
    expect(servedPath("/srv/cvs/team/ada.json", roots)).toBe("team/ada.json");
    expect(servedPath("/home/u/more/grace.md", roots)).toBe("grace.md");
    expect(servedPath("/elsewhere/one.md", roots)).toBe("one.md");
    // not under any root (a link's target, a reload): the base name only
    expect(servedPath("/srv/cvs-old/x.md", roots)).toBe("x.md");
    expect(servedPath("/etc/passwd", roots)).toBe("passwd");
    for (const f of ["/srv/cvs/a/b.md", "/home/u/more/c.md", "/x/y/z.md"])
      expect(servedPath(f, roots)).not.toMatch(/^[/~]|\.\./);
  });
});
