/**
 * A Word document's ZIP is checked before mammoth unpacks it (src/library/zip-bound.ts): a
 * small file that unpacks to far more than a résumé ("zip bomb") is refused with one line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDocument } from "../../src/library/load.js";
import { ZIP_LIMITS, zipTooLarge } from "../../src/library/zip-bound.js";
import { docx, zip } from "./zip.js";

const dir = mkdtempSync(join(tmpdir(), "resumes-zip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(name: string, bytes: Buffer) {
  writeFileSync(join(dir, name), bytes);
  return loadDocument(join(dir, name));
}

const MB = 1024 * 1024;

describe("DOCX: the ZIP is bounded before it is unpacked", () => {
  it("a Word document made here loads (the writer and the check agree with mammoth)", async () => {
    const r = await load("ok.docx", docx(["Wendeline Osk", "wendeline@example.org"]));
    expect(r.diagnostics).toEqual([]);
    expect(r.entry?.profile.basics).toMatchObject({ name: "Wendeline Osk", email: "wendeline@example.org" });
  });

  it("the Word fixture passes the check", () => {
    expect(zipTooLarge(readFileSync(resolve("test/fixtures/files/marrowdale.docx")))).toBeUndefined();
  });

  it("a zip bomb (a small file whose document.xml unpacks past the limit) is refused with one line", async () => {
    const huge = "<w:p/>".repeat((ZIP_LIMITS.part * 1.5) / 6);
    const bomb = zip([{ name: "word/document.xml", data: huge }]);
    expect(bomb.length).toBeLessThan(100_000);
    const r = await load("bomb.docx", bomb);
    expect(r.entry).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ["error", "too large once unpacked (word/document.xml unpacks to 24 MB; the limit is 16 MB per part)"],
    ]);
  });

  it("a part that unpacks to more than its directory says is refused without being unpacked whole", async () => {
    const lying = docx(
      ["Wendeline Osk"],
      [{ name: "word/media/x.bin", data: Buffer.alloc(4 * MB), claimedSize: 100 }],
    );
    expect(zipTooLarge(lying)).toBe(
      "word/media/x.bin unpacks to more than the 100 bytes its ZIP directory says (a ZIP bomb?)",
    );
    const r = await load("lying.docx", lying);
    expect(r.diagnostics.map((d) => d.message)).toEqual([zipTooLarge(lying)]);
  });

  it("all parts together, the number of parts, and a size too large to say in 32 bits", () => {
    const three = zip(["a", "b", "c"].map((name) => ({ name, data: "x".repeat(1000) })));
    expect(zipTooLarge(three, { part: 1000, total: 2500, parts: 10 })).toBe(
      "too large once unpacked (its parts unpack to more than 2.9 KB; the limit is 2.4 KB)",
    );
    expect(zipTooLarge(three, { part: 1000, total: 3000, parts: 10 })).toBeUndefined();
    expect(zipTooLarge(three, { part: 1000, total: 3000, parts: 2 })).toBe(
      "too many parts in the Word document (more than 2)",
    );
    const unknown = zip([{ name: "word/document.xml", data: "<x/>", claimedSize: 0xffffffff }]);
    expect(zipTooLarge(unknown)).toBe(
      "too large once unpacked (word/document.xml unpacks to 4096 MB; the limit is 16 MB per part)",
    );
  });

  it("bytes before the archive (a self-extractor's stub) shift its offsets; a damaged directory is refused", () => {
    const lying = zip([{ name: "x", data: Buffer.alloc(MB), claimedSize: 10 }]);
    expect(zipTooLarge(Buffer.concat([Buffer.from("MZ stub "), lying]))).toMatch(/^x unpacks to more/);
    expect(zipTooLarge(lying.subarray(0, lying.length - 30))).toBe(
      "not a Word document (damaged, or not a .docx)",
    );
  });
});
