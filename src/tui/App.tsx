/**
 * The browser: a list of profiles beside (or, when narrow, instead of) a detail pane,
 * a search bar, a help overlay. All behaviour lives in the reducer (state.ts) and the
 * keymap (keymap.ts); this component wires input to them and lays the result out.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Box, useInput, type Key } from "ink";
import type { Library } from "../library/library.js";
import { useTerminalSize } from "./hooks/use-terminal-size.js";
import { loadSearch, prepareSearch, searchLoaded, useLibraryView } from "./hooks/use-library-view.js";
import { layoutFor } from "./layout.js";
import { resolve } from "./keymap.js";
import { useTheme } from "./theme.js";
import {
  activeQuery,
  currentHit,
  initialState,
  listOf,
  mode,
  reduce,
  sectionFor,
  selected,
  type Action,
  type Ctx,
  type State,
} from "./state.js";
import { ProfileList } from "./components/ProfileList.js";
import { DetailPane } from "./components/DetailPane.js";
import { HitList } from "./components/HitList.js";
import { StatusBar, type Hint } from "./components/StatusBar.js";
import { HelpOverlay, HELP_LINES } from "./components/HelpOverlay.js";
import { Pane } from "./components/Pane.js";

export interface AppProps {
  library: Library;
  initialId?: string;
  /**
   * The library is still loading (`library` holds the profiles loaded so far; they only
   * join at the end): browsing works, search waits for the whole library.
   */
  loading?: boolean;
  /** What the status bar says about the load: "loading 812/10000 files", a limit reached. */
  progress?: string;
  /** Called once when the user quits (q, Ctrl-C). */
  onQuit: () => void;
}

type KeyAction = { type: "key"; input: string; key: Key };

/** Printable text typed into the search bar (a paste arrives as one string). */
function typed(input: string, key: Key): string {
  if (key.ctrl || key.escape || key.return || key.tab || key.backspace || key.delete) return "";
  if (key.meta) return "";
  return input.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}

const NO_KEY: Key = {
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

/**
 * Ink hands a run of characters that arrived together (fast typing, a paste, keys sent
 * over SSH or by tmux in one write) to the handler as ONE input. Split it back into key
 * presses so "jj2" moves twice and opens section 2, and "k\r" is k then Enter.
 */
export function splitKeys(input: string, key: Key): { input: string; key: Key }[] {
  const chars = Array.from(input);
  if (chars.length <= 1) return [{ input, key }];
  return chars.map((ch) => {
    const code = ch.codePointAt(0)!;
    if (ch === "\r" || ch === "\n") return { input: "", key: { ...NO_KEY, return: true } };
    if (ch === "\t") return { input: "", key: { ...NO_KEY, tab: true } };
    if (code === 0x7f || code === 0x08) return { input: "", key: { ...NO_KEY, backspace: true } };
    if (code < 0x20) return { input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } };
    return { input: ch, key: { ...NO_KEY, shift: /[A-Z]/.test(ch) } };
  });
}

export function step(s: State, a: KeyAction | Action, ctx: Ctx): State & { quit?: boolean } {
  if (a.type !== "key") return reduce(s, a, ctx);
  const r = resolve(mode(s), a.input, a.key);
  if (r?.command === "quit" || r?.command === "forceQuit")
    return { ...s, quit: true } as State & { quit: boolean };
  if (r) return reduce(s, { type: "command", command: r.command, index: r.index }, ctx);
  if (mode(s) === "search") {
    const text = typed(a.input, a.key);
    if (text) return reduce(s, { type: "text", text }, ctx);
  }
  return s;
}

export function App({ library, initialId, loading = false, progress, onQuit }: AppProps) {
  const theme = useTheme();
  const size = useTerminalSize();
  const layout = useMemo(() => layoutFor(size.columns, size.rows), [size]);
  const lv = useLibraryView(library, theme, loading);
  const ctx: Ctx = useMemo(
    () => ({
      entries: library.entries,
      byId: library.byId,
      hits: lv.hits,
      list: lv.list,
      layout,
      docLength: (e, section) => lv.doc(e, section, layout.bodyCols, layout.header === "tiny").lines.length,
      hitLine: (e, hit) => lv.marked(e, hit.section, layout.bodyCols, hit, layout.header === "tiny").line,
      help: HELP_LINES,
    }),
    [library, lv, layout],
  );
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const [state, setState] = useState<State & { quit?: boolean }>(() => initialState(ctx, initialId));
  const quitRef = useRef(false);

  // The search engine loads after the first frame. Keys that arrive before it has loaded
  // (a script, a paste, keys typed within a few ms of the first frame) wait for it, so
  // "/kafka⏎" never runs against an engine that is not there yet.
  // A ref, not state: becoming ready must not re-render an idle session (a second render
  // gives every fiber an alternate, memory that each SSH session would keep).
  const readyRef = useRef(searchLoaded());
  const pending = useRef<{ input: string; key: Key }[]>([]);
  const apply = useCallback((keys: { input: string; key: Key }[]) => {
    setState((s) => {
      let next = s;
      for (const k of keys) {
        if (next.quit) break;
        for (const one of splitKeys(k.input, k.key)) {
          if (next.quit) break;
          next = step(next, { type: "key", ...one }, ctxRef.current);
        }
      }
      return next;
    });
  }, []);
  useInput(
    useCallback(
      (input: string, key: Key) => {
        if (!readyRef.current) pending.current.push({ input, key });
        else apply([{ input, key }]);
      },
      [apply],
    ),
  );
  // After the first frame: load the engine, replay waiting keys, build the index in slices.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      // The index builds in the background; the engine is usable (building what is left
      // on demand) as soon as its chunk has loaded.
      // (Not for a library still loading: its index is built once, when it has loaded.)
      if (!loading) void prepareSearch(library).catch(() => undefined);
      void loadSearch().then(() => {
        if (!live) return;
        readyRef.current = true;
        // Keys waited for the engine, so no query ran without it: nothing to redraw
        // unless keys are waiting.
        const keys = pending.current.splice(0);
        if (keys.length) apply(keys);
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [library, apply, loading]);
  useEffect(() => {
    if (state.quit && !quitRef.current) {
      quitRef.current = true;
      onQuit();
    }
  }, [state.quit, onQuit]);

  const list = listOf(state, ctx);
  const entry = selected(state, ctx);
  const sec = sectionFor(state, entry);
  const query = activeQuery(state);
  const hits = query ? ctx.hits(query) : [];
  const hit = state.search?.jumped && !state.search.typing ? currentHit(state, ctx) : undefined;
  const doc = entry ? lv.marked(entry, sec.id, layout.bodyCols, hit, layout.header === "tiny") : undefined;
  const typing = state.search?.typing ?? false;
  const empty = library.entries.length
    ? "No profile selected."
    : loading
      ? "Loading…"
      : "No profiles loaded. Name files or folders of résumés: resumes browse PATH...";

  const listTitle = query ? `Matches for "${query}"` : `People`;
  const paneHeight = layout.height - 1;
  const showDetail = !layout.wide && state.focus === "detail" && !typing;

  const hints: Hint[] = layout.wide
    ? [
        { command: "nextPane", text: "pane" },
        { command: "down", text: state.focus === "detail" ? "scroll" : "move" },
        { command: "section", text: "section" },
        { command: "search", text: "search" },
        { command: "help", text: "help" },
        { command: "quit", text: "quit" },
      ]
    : showDetail
      ? [
          { command: "back", text: "back" },
          { command: "down", text: "scroll" },
          { command: "section", text: "section" },
          { command: "help", text: "help" },
        ]
      : [
          { command: "open", text: "open" },
          { command: "search", text: "search" },
          { command: "help", text: "help" },
          { command: "quit", text: "quit" },
        ];

  const hitList = (cols: number) => (
    <HitList
      hits={hits}
      chosen={state.search?.hit ?? 0}
      rows={layout.hitRows}
      cols={cols}
      byId={library.byId}
      query={state.search?.query ?? ""}
      profiles={list.length}
    />
  );
  const detail = (
    <DetailPane
      entry={entry}
      sections={sec.list}
      section={sec.index}
      lines={doc?.lines ?? []}
      scroll={state.scroll}
      layout={layout}
      empty={empty}
    />
  );
  const profileList = (cols: number, rows: number) => (
    <ProfileList
      list={list}
      cursor={state.cursor}
      focused={state.focus === "list" && !typing}
      rows={rows}
      cols={cols}
      title={listTitle}
    />
  );

  let main: React.ReactNode;
  if (state.help) {
    main = (
      <HelpOverlay width={layout.cols} height={paneHeight} scroll={state.helpScroll} rows={layout.helpRows} />
    );
  } else if (layout.wide) {
    main = (
      <Box flexDirection="row" height={paneHeight}>
        <Pane width={layout.listWidth} height={paneHeight} focused={state.focus === "list" && !typing}>
          {profileList(layout.listWidth - 2, layout.listRows)}
        </Pane>
        <Pane
          width={layout.detailWidth}
          height={paneHeight}
          focused={state.focus === "detail" || typing}
          padded
        >
          {typing ? hitList(layout.hitCols) : detail}
        </Pane>
      </Box>
    );
  } else {
    main = (
      <Box flexDirection="column" height={paneHeight} paddingX={1} overflow="hidden">
        {typing
          ? hitList(layout.hitCols)
          : showDetail
            ? detail
            : profileList(layout.cols - 2, layout.listRows)}
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={layout.cols} height={layout.height}>
      {main}
      <StatusBar
        cols={layout.cols}
        typing={typing ? { query: state.search!.query, count: hits.length } : undefined}
        active={
          state.search && !typing && query ? { query, hit: state.search.hit, count: hits.length } : undefined
        }
        message={state.message}
        progress={progress}
        hints={hints}
      />
    </Box>
  );
}
