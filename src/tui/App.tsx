/**
 * The browser: a list of profiles beside (or, when narrow, instead of) a detail pane,
 * a search bar, a help overlay. All behaviour lives in the reducer (state.ts) and the
 * keymap (keymap.ts); this component wires input to them and lays the result out.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Box, Text, useInput, useStdout, type Key } from "ink";
import type { Diagnostic } from "../library/diagnostic.js";
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
  shownSection,
  SORT_NAMES,
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
import { ProblemsView, problemLines, problemRows } from "./components/ProblemsView.js";
import { ChooserView } from "./components/ChooserView.js";
import { choicesFor } from "./choices.js";
import { parseMouse, type Mouse } from "./mouse.js";
import { osc52 } from "./text.js";
import { tabAt } from "./components/DetailPane.js";
import { lateReplyFilter } from "./background.js";

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
  /** Problems loading the library: said at once, listed by `!`. */
  diagnostics?: readonly Diagnostic[];
  /** Mouse reporting is on: wheel and clicks arrive as input. */
  mouse?: boolean;
  /**
   * How a profile's file is named under its profile: relative to the user's folder, or to
   * the served one. Default: its base name (nothing about where it lies).
   */
  fileName?: (file: string) => string;
  /** The app owns the whole screen (the alternate screen): a redraw may clear it first. */
  fullScreen?: boolean;
  /**
   * Subscribes to the terminal being handed back (after Ctrl-Z, or an editor): the frame is
   * then drawn again whole. Returns the unsubscribe.
   */
  onTerminalBack?: (listener: () => void) => () => void;
  /** Only on the local terminal (not over SSH). */
  local?: {
    suspend(): Promise<void>;
    openUrl(url: string): Promise<void>;
    edit(file: string): Promise<void>;
    reload?(file: string): Promise<Library | undefined>;
  };
}

const CLEAR_SCREEN = "\u001b[2J\u001b[H";

const baseFileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Below this, nothing is drawn but one line saying so. */
export const MIN_COLS = 20;
export const MIN_ROWS = 6;

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

export function App({
  library: given,
  initialId,
  loading = false,
  progress,
  onQuit,
  diagnostics,
  local,
  fileName = baseFileName,
  fullScreen = false,
  onTerminalBack,
}: AppProps) {
  const theme = useTheme();
  const { stdout, write } = useStdout();
  const size = useTerminalSize();
  // The library shown: the one given (a new one each time more of a loading library has
  // loaded), or one reloaded here after an edit (R) until the next one is given.
  const [library, setLibrary] = useState(given);
  const [lastGiven, setLastGiven] = useState(given);
  if (given !== lastGiven) {
    setLastGiven(given);
    setLibrary(given);
  }
  const layout = useMemo(() => layoutFor(size.columns, size.rows), [size]);
  const lv = useLibraryView(library, theme, loading);
  const problems = useMemo(
    () =>
      problemRows(problemLines(diagnostics ?? []), Math.max(1, layoutFor(size.columns, size.rows).cols - 4)),
    [diagnostics, size],
  );
  const contacts = layout.header === "tiny";
  const ctx: Ctx = useMemo(
    () => ({
      entries: library.entries,
      byId: library.byId,
      hits: lv.hits,
      complete: lv.complete,
      more: lv.more,
      list: lv.list,
      layout,
      docLength: (e, section) => lv.doc(e, section, layout.bodyCols, contacts).lines.length,
      hitLine: (e, hit, section) => lv.marked(e, section ?? hit.section, layout.bodyCols, hit, contacts).line,
      help: HELP_LINES,
      choices: (kind, e, section, line) =>
        choicesFor(kind, e, lv.doc(e, section, layout.bodyCols, contacts).lines, line),
      local: Boolean(local),
      problems: problems.length,
    }),
    [library, lv, layout, contacts, local, problems],
  );
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const [state, setState] = useState<State & { quit?: boolean }>(() => initialState(ctx, initialId));
  const quitRef = useRef(false);
  const listTop = useRef(0);
  const paste = useRef<string | undefined>(undefined);
  const late = useRef(lateReplyFilter());

  // The search engine loads after the first frame. Keys that arrive before it has loaded
  // (a script, a paste, keys typed within a few ms of the first frame) wait for it, so
  // "/kafka⏎" never runs against an engine that is not there yet.
  // A ref, not state: becoming ready must not re-render an idle session (a second render
  // gives every fiber an alternate, memory that each SSH session would keep).
  const readyRef = useRef(searchLoaded());
  const pending = useRef<{ input: string; key: Key }[]>([]);
  const onMouse = useCallback(
    (m: Mouse) => {
      const l = ctxRef.current.layout;
      if (m.kind === "other") return;
      setState((s) => {
        const inList = l.wide ? m.x < l.listWidth : s.focus === "list" && !s.search?.typing;
        if (m.kind === "wheel")
          return reduce(
            s,
            { type: "scroll", pane: inList ? "list" : "detail", by: m.by * 3 },
            ctxRef.current,
          );
        if (m.kind !== "press") return s;
        if (inList) {
          // wide: border, title, then rows; narrow: title, then rows
          const first = l.wide ? 2 : 1;
          const row = m.y - first;
          if (row < 0 || row >= l.listRows) return s;
          return reduce(s, { type: "select", index: listTop.current + row }, ctxRef.current);
        }
        // the tabs line of the detail pane
        const tabsRow = (l.wide ? 1 : 0) + l.headerRows;
        if (m.y !== tabsRow)
          return s.focus === "list" && l.wide && selected(s, ctxRef.current) ? { ...s, focus: "detail" } : s;
        const e = selected(s, ctxRef.current);
        if (!e) return s;
        const x = m.x - (l.wide ? l.listWidth + 2 : 1);
        const id = tabAt(theme, sectionFor(s, e).list, sectionFor(s, e).index, l.bodyCols, x);
        return id ? reduce(s, { type: "tab", section: id }, ctxRef.current) : s;
      });
    },
    [theme],
  );
  const apply = useCallback(
    (all: { input: string; key: Key }[]) => {
      // Mouse reports are not keys: taken out first (outside the state updater, which
      // React runs later).
      const mice: Mouse[] = [];
      const keys = all.filter((k) => {
        const m = paste.current === undefined ? parseMouse(k.input) : undefined;
        if (m) mice.push(m);
        return !m;
      });
      setState((s) => {
        let next = s;
        for (const k of keys) {
          if (next.quit) break;
          // Bracketed paste: everything between ESC[200~ and ESC[201~ is text, never keys.
          if (paste.current !== undefined) {
            if (k.input.endsWith("[201~")) {
              const text = paste.current + k.input.slice(0, -"[201~".length).replace(/\u001b$/, "");
              paste.current = undefined;
              const clean = text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
              if (clean) next = reduce(next, { type: "text", text: clean }, ctxRef.current);
            } else paste.current += k.input;
            continue;
          }
          if (k.input === "[200~" || k.input.startsWith("[200~")) {
            paste.current = k.input.slice("[200~".length);
            if (paste.current.endsWith("[201~")) {
              const clean = paste.current.slice(0, -5).replace(/[\r\n\t]+/g, " ");
              paste.current = undefined;
              if (clean) next = reduce(next, { type: "text", text: clean }, ctxRef.current);
            }
            continue;
          }
          for (const one of splitKeys(k.input, k.key)) {
            if (next.quit) break;
            next = step(next, { type: "key", ...one }, ctxRef.current);
          }
        }
        return next;
      });
      for (const m of mice) onMouse(m);
    },
    [onMouse],
  );
  useInput(
    useCallback(
      (input: string, key: Key) => {
        // a terminal's answer to the background question that came after the wait
        if (paste.current === undefined && late.current(input)) return;
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
  // Ctrl-L, or the terminal handed back: every line drawn again. (Ink writes nothing for a
  // frame equal to the last; its write() erases the frame, writes, and draws it whole.)
  const [back, setBack] = useState(0);
  useEffect(() => onTerminalBack?.(() => setBack((n) => n + 1)), [onTerminalBack]);
  useEffect(() => {
    if (state.redraw || back) write(fullScreen ? CLEAR_SCREEN : "");
  }, [state.redraw, back, fullScreen, write]);

  // What the reducer asked for and only the app can do: copy, open, edit, suspend.
  const request = state.request;
  useEffect(() => {
    if (!request) return;
    const done = (message?: string) => setState((s) => reduce(s, { type: "done", message }, ctxRef.current));
    if (request.kind === "copy") {
      stdout.write(osc52(request.text));
      done(`Copied ${request.label} (OSC 52: your terminal must allow clipboard writes)`);
      return;
    }
    if (!local) {
      done(request.kind === "suspend" ? "Ctrl-Z suspends only a local browser" : "Not over SSH");
      return;
    }
    if (request.kind === "suspend")
      void local.suspend().then(
        () => done(),
        () => done("Could not suspend"),
      );
    else if (request.kind === "openUrl")
      void local.openUrl(request.url).then(
        () => done(`Opened ${request.url}`),
        (e: Error) => done(`Could not open it: ${e.message}`),
      );
    else if (request.kind === "edit") {
      const file = request.file;
      void local
        .edit(file)
        .then(async () => {
          const next = await local.reload?.(file);
          if (next) setLibrary(next);
          done(next ? "Reloaded after editing" : "Edited (not reloaded)");
        })
        .catch((e: Error) => done(`Could not edit: ${e.message}`));
    }
  }, [request, local, stdout]);

  // (0: a size the terminal did not say; the layout assumes 80×24 then)
  if ((size.columns > 0 && size.columns < MIN_COLS) || (size.rows > 0 && size.rows < MIN_ROWS)) {
    const line = `Terminal too small: ${size.columns}×${size.rows} (needs ${MIN_COLS}×${MIN_ROWS})`;
    return <Text wrap="truncate-end">{line.slice(0, Math.max(1, size.columns))}</Text>;
  }

  const list = listOf(state, ctx);
  const entry = selected(state, ctx);
  const sec = sectionFor(state, entry);
  const shown = shownSection(state, entry);
  const query = activeQuery(state);
  const hits = query ? ctx.hits(query) : [];
  const complete = query ? ctx.complete(query) : true;
  const hit = state.search?.jumped && !state.search.typing ? currentHit(state, ctx) : undefined;
  const doc = entry ? lv.marked(entry, shown, layout.bodyCols, hit, contacts) : undefined;
  const typing = state.search?.typing ?? false;
  const filtering = state.filter?.typing ?? false;
  const empty = library.entries.length
    ? state.filter
      ? `No one matches the filter "${state.filter.text}". Esc clears it.`
      : "No profile selected."
    : loading
      ? "Loading…"
      : "No profiles loaded. Name files or folders of résumés: resumes browse PATH...";

  const arranged = [
    state.sort !== "file" ? `by ${SORT_NAMES[state.sort]}` : "",
    state.filter?.text.trim() ? `filter "${state.filter.text.trim()}"` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const listTitle = (query ? `Matches for "${query}"` : `People`) + (arranged ? ` (${arranged})` : "");
  const paneHeight = layout.height - 1;
  const showDetail = !layout.wide && state.focus === "detail" && !typing && !filtering;

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
  const failed = (diagnostics ?? []).filter((d) => d.severity === "error").length;
  const warned = (diagnostics ?? []).length - failed;
  const notice =
    failed || warned
      ? [
          failed ? `${failed} file${failed === 1 ? "" : "s"} could not be read` : "",
          warned ? `${warned} warning${warned === 1 ? "" : "s"}` : "",
        ]
          .filter(Boolean)
          .join(", ") + " (! lists them)"
      : undefined;

  const hitList = (cols: number) => (
    <HitList
      hits={hits}
      chosen={state.search?.hit ?? 0}
      rows={layout.hitRows}
      cols={cols}
      byId={library.byId}
      query={state.search?.query ?? ""}
      profiles={list.length}
      complete={complete}
    />
  );
  const detail = (
    <DetailPane
      entry={entry}
      sections={sec.list}
      section={sec.index}
      whole={state.whole}
      lines={doc?.lines ?? []}
      scroll={state.scroll}
      layout={layout}
      empty={empty}
      file={entry ? fileName(entry.file) : undefined}
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
      topRef={listTop}
    />
  );

  let main: React.ReactNode;
  if (state.help && state.problems) {
    main = (
      <ProblemsView
        lines={problems}
        width={layout.cols}
        height={paneHeight}
        scroll={state.helpScroll}
        rows={layout.helpRows}
      />
    );
  } else if (state.help) {
    main = (
      <HelpOverlay width={layout.cols} height={paneHeight} scroll={state.helpScroll} rows={layout.helpRows} />
    );
  } else if (state.chooser) {
    main = <ChooserView chooser={state.chooser} width={layout.cols} height={paneHeight} />;
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
        typing={
          typing
            ? { query: state.search!.query, at: state.search!.at, count: hits.length, complete }
            : undefined
        }
        filter={
          filtering ? { text: state.filter!.text, at: state.filter!.at, count: list.length } : undefined
        }
        active={
          state.search && !typing && query
            ? { query, hit: state.search.hit, count: hits.length, complete }
            : undefined
        }
        message={state.message}
        notice={notice}
        progress={progress}
        hints={hints}
      />
    </Box>
  );
}
