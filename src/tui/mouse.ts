/**
 * Mouse reports in SGR encoding (ESC [ < b ; x ; y M|m), as Ink hands them to the input
 * handler (the ESC already stripped): a press of the left button, or a wheel step.
 * Coordinates come 1-based from the terminal and leave here 0-based.
 */
export type Mouse =
  | { kind: "press"; x: number; y: number }
  | { kind: "wheel"; x: number; y: number; by: 1 | -1 }
  | { kind: "other" };

// eslint-disable-next-line no-control-regex
const SGR = /^\u001b?\[<(\d+);(\d+);(\d+)([Mm])$/;

export function parseMouse(input: string): Mouse | undefined {
  const m = SGR.exec(input);
  if (!m) return undefined;
  const b = Number(m[1]);
  const x = Number(m[2]) - 1;
  const y = Number(m[3]) - 1;
  if (b & 64) return { kind: "wheel", x, y, by: (b & 1) === 1 ? 1 : -1 };
  if (m[4] === "M" && (b & 3) === 0 && !(b & 32)) return { kind: "press", x, y };
  return { kind: "other" };
}
