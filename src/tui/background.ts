/**
 * Which theme a terminal wants: asked for (`--theme`, RESUMES_THEME), no colour (mono), or
 * the background's lightness, from COLORFGBG or by asking the terminal itself (OSC 11).
 *
 * The OSC 11 question goes out before the browser reads its input, followed by a Device
 * Attributes request (DA1, which every terminal answers): the reply to DA1 says the
 * terminal has said all it will, so a terminal that ignores OSC 11 costs one round trip,
 * not the timeout. Whatever the replies, they are taken off the input here, so they never
 * land as keystrokes; keys typed meanwhile are put back. The wait is bounded.
 */
export type ThemeName = "dark" | "light" | "mono";

export const THEME_NAMES: readonly ThemeName[] = ["dark", "light", "mono"];

/** `--theme` / RESUMES_THEME as given: a theme, "auto", or undefined when unknown. */
export function parseThemeName(value: string | undefined): ThemeName | "auto" | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (v === "auto") return "auto";
  if (v === "color" || v === "colour") return "dark";
  return (THEME_NAMES as readonly string[]).includes(v) ? (v as ThemeName) : undefined;
}

/** COLORFGBG ("15;0", "0;default;15"): the last field is the background's palette index. */
export function fromColorFgBg(value: string | undefined): "dark" | "light" | undefined {
  if (!value) return undefined;
  const bg = Number(value.split(";").pop());
  if (!Number.isInteger(bg) || bg < 0 || bg > 15) return undefined;
  // 7 (light grey) and 9–15 (bright colours, 15 white) are light; 8 is dark grey.
  return bg === 7 || bg >= 9 ? "light" : "dark";
}

// eslint-disable-next-line no-control-regex
const OSC11 =
  /\u001b\]11;rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\/[0-9a-f]{1,4})?(?:\u0007|\u001b\\)/i;
// eslint-disable-next-line no-control-regex
const DA1 = /\u001b\[\?[\d;]*c/;
// eslint-disable-next-line no-control-regex
const ANY_OSC11 = /\u001b\]11;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** An OSC 11 reply's colour as "dark" or "light" (relative luminance above one half). */
export function fromOsc11(reply: string): "dark" | "light" | undefined {
  const m = OSC11.exec(reply);
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / (16 ** h.length - 1));
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const y = 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  return y > 0.5 ? "light" : "dark";
}

/** What is left of the input once the terminal's replies are taken out. */
export function withoutReplies(text: string): string {
  return text.replace(ANY_OSC11, "").replace(DA1, "");
}

export const QUERY = "\u001b]11;?\u001b\\\u001b[c";

/**
 * Ask the terminal for its background. Resolves "dark"/"light", or undefined when it did
 * not say within `timeoutMs` (or has no OSC 11). `stdin` is left paused, in the raw mode
 * it was in, with any keys typed meanwhile unshifted back onto it.
 */
export function queryBackground(
  stdin: NodeJS.ReadStream,
  stdout: NodeJS.WriteStream,
  timeoutMs = 200,
): Promise<"dark" | "light" | undefined> {
  return new Promise((resolve) => {
    let got = "";
    let done = false;
    const wasRaw = stdin.isRaw;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stdin.removeListener("data", onData);
      stdin.pause();
      const answer = fromOsc11(got);
      const rest = withoutReplies(got);
      // A reply cut off by the timeout is dropped with its tail, never typed.
      const keys = rest.includes("\u001b]11;") ? rest.slice(0, rest.indexOf("\u001b]11;")) : rest;
      if (keys) stdin.unshift(Buffer.from(keys, "utf8"));
      try {
        if (!wasRaw) stdin.setRawMode?.(false);
      } catch {
        /* not a terminal any more */
      }
      resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      got += typeof chunk === "string" ? chunk : chunk.toString("utf8");
      if (DA1.test(got)) finish();
    };
    // Timers run before the event loop polls for input: on a busy process the reply may
    // have arrived and not been read yet when the timer fires, so read once more first.
    const timer = setTimeout(() => setImmediate(finish), timeoutMs);
    try {
      stdin.setRawMode?.(true);
      stdin.on("data", onData);
      stdin.resume();
      stdout.write(QUERY);
    } catch {
      finish();
    }
  });
}

/**
 * The theme to draw with: the one asked for; mono without colour; else the background's
 * (COLORFGBG first, then the terminal's answer when `ask` is set); dark when unknown.
 */
export async function chooseTheme(options: {
  asked?: ThemeName | "auto";
  color: boolean;
  colorfgbg?: string;
  ask?: () => Promise<"dark" | "light" | undefined>;
}): Promise<ThemeName> {
  if (options.asked && options.asked !== "auto") return options.asked;
  if (!options.color) return "mono";
  const env = fromColorFgBg(options.colorfgbg);
  if (env) return env;
  return (await options.ask?.().catch(() => undefined)) ?? "dark";
}

/**
 * A reply that came after the wait (a slow link): Ink hands it over in pieces ("[?1;2c";
 * "]", then "11;rgb:…", then "\\" or BEL). `lateReplyFilter` says which inputs are such
 * pieces, so the browser drops them instead of typing them. (The lone "]" cannot be told
 * from the key; the draining before the wait ends makes a late reply rare.)
 */
export function lateReplyFilter(): (input: string) => boolean {
  let inOsc = false;
  return (input) => {
    if (inOsc) {
      inOsc = false;
      if (input === "\\" || input === "\u0007") return true;
    }
    if (/^\u001b?\[\?[\d;]*c$/.test(input)) return true;
    if (/^\u001b?\]?11;rgba?:[0-9a-f/]*(\u0007|\u001b\\)?$/i.test(input)) {
      inOsc = !/(\u0007|\u001b\\)$/.test(input);
      return true;
    }
    return false;
  };
}
