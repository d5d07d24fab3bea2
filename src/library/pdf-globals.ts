/**
 * What pdf.js's legacy build expects of a browser before it loads: `DOMMatrix` (it builds one
 * at import time) and, for rendering only, `ImageData` and `Path2D`. In Node it borrows them
 * from the optional native package @napi-rs/canvas, which the published bundle does not carry
 * (and must not: no native code to download). Reading text needs none of their rendering, so
 * a small 2-D affine DOMMatrix is enough, defined here before pdf.js is imported, the same
 * in tests and in the package.
 */
class Matrix2D {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6)
      [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
  }
  /** this = this × m */
  multiplySelf(m: Matrix2D): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }
  /** this = m × this */
  preMultiplySelf(m: Matrix2D): this {
    const copy = new Matrix2D([m.a, m.b, m.c, m.d, m.e, m.f]);
    copy.multiplySelf(this);
    Object.assign(this, { a: copy.a, b: copy.b, c: copy.c, d: copy.d, e: copy.e, f: copy.f });
    return this;
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new Matrix2D([1, 0, 0, 1, x, y]));
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new Matrix2D([sx, 0, 0, sy, 0, 0]));
  }
  translate(x = 0, y = 0): Matrix2D {
    return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).translateSelf(x, y);
  }
  scale(sx = 1, sy = sx): Matrix2D {
    return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).scaleSelf(sx, sy);
  }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (!det) return Object.assign(this, { a: NaN, b: NaN, c: NaN, d: NaN, e: NaN, f: NaN });
    return Object.assign(this, {
      a: d / det,
      b: -b / det,
      c: -c / det,
      d: a / det,
      e: (c * f - d * e) / det,
      f: (b * e - a * f) / det,
    });
  }
}

/** Rendering-only types: present so pdf.js does not look for them, never used to draw. */
class Unavailable {}

const g = globalThis as Record<string, unknown>;
g.DOMMatrix ??= Matrix2D;
g.ImageData ??= Unavailable;
g.Path2D ??= Unavailable;

export {};
