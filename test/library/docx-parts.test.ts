/** The Word parts mammoth does not read: headers, footers, DrawingML text boxes. */
import { describe, expect, it } from "vitest";
import { xmlParagraphs } from "../../src/library/docx-parts.js";

const p = (inner: string) => `<w:p><w:r>${inner}</w:r></w:p>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;

describe("xmlParagraphs", () => {
  it("one line a paragraph; tabs kept, soft breaks split, entities decoded", () => {
    const xml = `<w:hdr>${p(t("Ana Ruel") + "<w:tab/>" + t("ana@example.org"))}${p(t("Fox &amp; Hound") + "<w:br/>" + t("Lyon &#x2013; FR"))}</w:hdr>`;
    expect(xmlParagraphs(xml)).toEqual(["Ana Ruel\tana@example.org", "Fox & Hound", "Lyon – FR"]);
  });

  it("field codes and deleted text are not text", () => {
    const xml = p(`${t("Page ")}<w:instrText> PAGE </w:instrText><w:delText>gone</w:delText>`);
    expect(xmlParagraphs(xml)).toEqual(["Page"]);
  });

  it("a text box with a VML fallback is read once; with shapesOnly, not at all (mammoth reads it)", () => {
    const box = p(t("Boxed Name"));
    const xml = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${box}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${box}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(xmlParagraphs(xml)).toEqual(["Boxed Name"]);
    expect(xmlParagraphs(xml, true)).toEqual([]);
  });

  it("with shapesOnly: the paragraphs of DrawingML text boxes that have no fallback, and nothing else", () => {
    const xml = `${p(t("Body text"))}<w:p><w:r><w:drawing><wps:wsp><wps:txbx><w:txbxContent>${p(t("Sidebar"))}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></w:r></w:p>`;
    expect(xmlParagraphs(xml, true)).toEqual(["Sidebar"]);
  });

  it("a huge code point or unclosed tags do not throw", () => {
    expect(xmlParagraphs(`${p(t("a&#9999999;b"))}<w:p><w:r><w:t>open`)).toEqual(["ab"]);
  });
});
