/** Bullet glyphs and list numbers at the start of a plain-text line. */

export const BULLET_RE =
  /^(?:[•●○◦▪▫‣›»■□◆◇➢➤►▸▹✓✔✗☐⁃∙*+\-–—·・･\uF0A7\uF0B7\uF076\uF0D8\uF0FC§✅☑▶➔🔹🔸]\uFE0F?|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)]|[①-⑳]|o(?=[ \t]+\p{Lu}))[ \t]+|^[•●○◦▪▫‣➢➤►▸▹✓✔⁃∙・･\uF0A7\uF0B7](?=\S)|^[①-⑳](?=\S)/u;

/** A line holding only a bullet glyph. */
export const LONE_BULLET_RE = /^[ \t]{0,40}[•●○◦▪▫‣➢➤►▸▹✓✔⁃∙\uF0A7\uF0B7][ \t]{0,40}$/u;

/** Strip leading bullet markers (`- ① text` → `text`); returns the text and whether any was found. */
export function stripBullet(text: string): { text: string; bullet: boolean } {
  let t = text;
  let bullet = false;
  for (let i = 0; i < 3; i++) {
    const m = BULLET_RE.exec(t);
    if (!m) break;
    // "- 2019 ..." keeps its hyphen meaning; "1.5x faster" is not a list number.
    t = t.slice(m[0].length);
    bullet = true;
  }
  return { text: t, bullet };
}
