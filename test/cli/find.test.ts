import { describe, expect, it } from "vitest";
import { findEntry, prefixDistance } from "../../src/library/find.js";
import { testLibrary } from "./helpers.js";

const lib = testLibrary();
const id = (who: string) => {
  const r = findEntry(lib, who);
  return r.kind === "found"
    ? r.entry.id
    : r.kind === "ambiguous"
      ? r.candidates.map((e) => e.id).sort()
      : null;
};

describe("findEntry", () => {
  it("finds by id and by the slug of what was typed", () => {
    expect(id("ada-lovelace-byron")).toBe("ada-lovelace-byron");
    expect(id("Ada Lovelace-Byron")).toBe("ada-lovelace-byron");
    expect(id("platform-lead")).toBe("platform-lead");
  });

  it("finds by name ignoring case, accents and spacing", () => {
    expect(id("jose nunez")).toBe("jose-nunez");
    expect(id("  JOSÉ   NÚÑEZ ")).toBe("jose-nunez");
  });

  it("finds by a unique prefix of the id, a name word, or the label", () => {
    expect(id("grac")).toBe("grace-hopper");
    expect(id("hopper")).toBe("grace-hopper");
    expect(id("hop")).toBe("grace-hopper");
    expect(id("lovelace")).toBe("ada-lovelace-byron");
    expect(id("byron")).toBe("ada-lovelace-byron");
    expect(id("compiler")).toBe("grace-hopper");
    expect(id("staff platform")).toBe("platform-lead");
    expect(id("smi")).toBe("adam-smith");
  });

  it("matches several words to different words of the name", () => {
    expect(id("ada by")).toBe("ada-lovelace-byron");
    expect(id("gra hop")).toBe("grace-hopper");
  });

  it("prefers a whole word to a prefix of a longer word", () => {
    expect(id("ada")).toBe("ada-lovelace-byron"); // not adam-smith, though "ada" starts "adam"
    expect(id("adam")).toBe("adam-smith");
  });

  it("lists the candidates when a prefix fits several profiles", () => {
    expect(id("ad")).toEqual(["ada-lovelace-byron", "adam-smith"]);
    expect(id("eng")).toEqual(["ada-lovelace-byron", "jose-nunez", "platform-lead"]);
    expect(id("engineer")).toEqual(["jose-nunez", "platform-lead"]);
  });

  it("forgives one typo in a prefix, and prefers the closest", () => {
    expect(id("hoper")).toBe("grace-hopper");
    expect(id("lovelcae")).toBe("ada-lovelace-byron");
    expect(id("gracce")).toBe("grace-hopper");
  });

  it("says none when nothing is close, or for an empty query", () => {
    expect(findEntry(lib, "zzzz").kind).toBe("none");
    expect(findEntry(lib, "").kind).toBe("none");
    expect(findEntry(lib, "---").kind).toBe("none");
    expect(findEntry(lib, "xy").kind).toBe("none");
  });
});

describe("prefixDistance", () => {
  it("is the edit distance to the closest prefix", () => {
    expect(prefixDistance("hop", "hopper")).toBe(0);
    expect(prefixDistance("hpo", "hopper")).toBe(1);
    expect(prefixDistance("hxp", "hopper")).toBe(1);
    expect(prefixDistance("zzz", "hopper")).toBe(3);
  });
});
