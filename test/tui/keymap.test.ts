import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Key } from "ink";
import { KEYMAP, helpRows, keymapMarkdown, resolve } from "../../src/tui/keymap.js";
import { helpLines } from "../../src/tui/components/HelpOverlay.js";

const none: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
const k = (over: Partial<Key> = {}): Key => ({ ...none, ...over });

describe("keymap", () => {
  test("the keys users expect resolve to their commands while browsing", () => {
    const cases: [string, Partial<Key>, string][] = [
      ["", { upArrow: true }, "up"],
      ["k", {}, "up"],
      ["j", {}, "down"],
      ["", { pageDown: true }, "pageDown"],
      ["d", { ctrl: true }, "halfDown"],
      ["u", { ctrl: true }, "halfUp"],
      [" ", {}, "pageDown"],
      ["b", {}, "pageUp"],
      ["l", { ctrl: true }, "redraw"],
      ["z", { ctrl: true }, "suspend"],
      ["y", {}, "copy"],
      ["o", {}, "openLink"],
      ["e", {}, "edit"],
      ["s", {}, "sort"],
      ["f", {}, "filter"],
      ["v", {}, "whole"],
      ["!", {}, "problems"],
      ["g", {}, "top"],
      ["G", { shift: true }, "bottom"],
      ["", { home: true }, "top"],
      ["", { end: true }, "bottom"],
      ["", { tab: true }, "nextPane"],
      ["", { tab: true, shift: true }, "prevPane"],
      ["h", {}, "left"],
      ["l", {}, "right"],
      ["", { return: true }, "open"],
      ["", { escape: true, meta: true }, "back"],
      ["/", {}, "search"],
      ["n", {}, "nextHit"],
      ["N", { shift: true }, "prevHit"],
      ["?", {}, "help"],
      ["q", {}, "quit"],
      ["c", { ctrl: true }, "forceQuit"],
    ];
    for (const [input, key, command] of cases)
      expect(resolve("browse", input, k(key))?.command, `${input} ${JSON.stringify(key)}`).toBe(command);
    expect(resolve("browse", "5", k())).toEqual({ command: "section", index: 4 });
    expect(resolve("browse", "x", k())).toBeUndefined();
  });

  test("in the search bar letters are not commands, but Ctrl-C, Esc, Enter and arrows are", () => {
    for (const letter of ["q", "j", "k", "n", "N", "g", "G", "h", "l", "?", "/", "1"]) {
      expect(resolve("search", letter, k({ shift: /[A-Z]/.test(letter) })), letter).toBeUndefined();
    }
    expect(resolve("search", "c", k({ ctrl: true }))?.command).toBe("forceQuit");
    expect(resolve("search", "", k({ escape: true, meta: true }))?.command).toBe("back");
    expect(resolve("search", "", k({ return: true }))?.command).toBe("open");
    expect(resolve("search", "", k({ downArrow: true }))?.command).toBe("down");
    expect(resolve("search", "", k({ backspace: true }))?.command).toBe("deleteChar");
    // readline editing
    expect(resolve("search", "u", k({ ctrl: true }))?.command).toBe("clearQuery");
    expect(resolve("search", "w", k({ ctrl: true }))?.command).toBe("deleteWord");
    expect(resolve("search", "a", k({ ctrl: true }))?.command).toBe("lineStart");
    expect(resolve("search", "e", k({ ctrl: true }))?.command).toBe("lineEnd");
    expect(resolve("search", "", k({ leftArrow: true }))?.command).toBe("cursorLeft");
    expect(resolve("search", "", k({ rightArrow: true }))?.command).toBe("cursorRight");
    expect(resolve("search", " ", k())).toBeUndefined();
    expect(resolve("search", "b", k())).toBeUndefined();
  });

  test("q closes the help (and the chooser) instead of quitting", () => {
    expect(resolve("help", "q", k())?.command).toBe("back");
    expect(resolve("choose", "q", k())?.command).toBe("back");
    expect(resolve("browse", "q", k())?.command).toBe("quit");
    expect(resolve("choose", "3", k())).toEqual({ command: "choose", index: 2 });
  });

  test("the help lists every binding, from the same table", () => {
    const rows = helpRows();
    expect(rows).toHaveLength(KEYMAP.length);
    const described = helpLines()
      .filter((l) => l.keys)
      .map((l) => l.description ?? "");
    for (const b of KEYMAP) expect(described.some((d) => d.startsWith(b.description))).toBe(true);
  });

  test("the README's key table is the one generated from the keymap", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(keymapMarkdown());
  });
});
