/**
 * Semantic colour tokens. A theme is a plain object handed down by React context, chosen
 * per render tree from `color: boolean`, so every SSH session can have its own; nothing
 * here reads the environment.
 *
 * The monochrome theme (NO_COLOR) uses no colour at all: selection is inverse + bold, a
 * match is bold + underline, focus is a double border and a `›` marker. Nothing is
 * signalled by colour alone in either theme: the colour theme adds colour on top of the
 * same attributes and markers.
 */
import { createContext, useContext } from "react";
import type { ThemeName } from "./background.js";

/** The subset of Ink `<Text>` props a token may set. */
export interface Style {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

export type Token =
  | "text"
  | "accent"
  | "muted"
  | "prompt"
  | "name"
  | "heading"
  | "subheading"
  | "chip"
  | "link"
  | "selection"
  | "selectionBlur"
  | "match"
  | "tab"
  | "tabActive"
  /** A kind of section the profile does not have (its number, dimmed). */
  | "tabMissing"
  | "title"
  | "titleFocus"
  | "key"
  | "error";

export interface Theme {
  name: ThemeName;
  styles: Record<Token, Style>;
  /** Border colour of an unfocused / focused pane (undefined: terminal default). */
  border?: string;
  borderFocus?: string;
  /** Border styles: focus is also shown by the line style, not only by colour. */
  borderStyle: "round" | "single";
  borderStyleFocus: "double" | "bold";
  /** Marks the selected row and the focused pane's title. */
  marker: string;
  /** What surrounds a chip: coloured chips need only padding, monochrome ones brackets. */
  chipOpen: string;
  chipClose: string;
  /** Between chips and other `·`-separated items. */
  dot: string;
  bullet: string;
}

const base = {
  marker: "›",
  dot: " · ",
  bullet: "•",
} as const;

export const colorTheme: Theme = {
  ...base,
  name: "dark",
  styles: {
    text: {},
    accent: { color: "cyan" },
    muted: { color: "gray" },
    prompt: { color: "green", bold: true },
    name: { color: "cyanBright", bold: true },
    heading: { color: "yellow", bold: true },
    subheading: { color: "white", bold: true },
    chip: { color: "black", backgroundColor: "cyan" },
    link: { color: "blue", underline: true },
    selection: { color: "black", backgroundColor: "cyan", bold: true },
    selectionBlur: { color: "cyan", bold: true },
    match: { color: "black", backgroundColor: "yellow", bold: true, underline: true },
    tab: { color: "gray" },
    tabActive: { color: "black", backgroundColor: "yellow", bold: true },
    tabMissing: { color: "gray", dimColor: true },
    title: { color: "gray", bold: true },
    titleFocus: { color: "cyan", bold: true, underline: true },
    key: { color: "yellow", bold: true },
    error: { color: "red", bold: true },
  },
  border: "gray",
  borderFocus: "cyan",
  borderStyle: "round",
  borderStyleFocus: "double",
  chipOpen: " ",
  chipClose: " ",
};

export const monoTheme: Theme = {
  ...base,
  name: "mono",
  styles: {
    text: {},
    accent: { bold: true },
    muted: {},
    prompt: { bold: true },
    name: { bold: true },
    heading: { bold: true },
    subheading: { bold: true },
    chip: {},
    link: { underline: true },
    selection: { inverse: true, bold: true },
    selectionBlur: { bold: true, underline: true },
    match: { bold: true, underline: true, inverse: true },
    tab: {},
    tabActive: { inverse: true, bold: true },
    tabMissing: { dimColor: true },
    title: { bold: true },
    titleFocus: { bold: true, underline: true },
    key: { bold: true },
    error: { bold: true },
  },
  borderStyle: "single",
  borderStyleFocus: "double",
  chipOpen: "[",
  chipClose: "]",
};

/**
 * For a light background: no white or bright foregrounds (1.25:1 on white); names and
 * titles in dark blue and magenta, muted text in the terminal's grey, selections white
 * on blue.
 */
export const lightTheme: Theme = {
  ...base,
  name: "light",
  styles: {
    text: {},
    accent: { color: "blue" },
    muted: { color: "gray" },
    prompt: { color: "green", bold: true },
    name: { color: "blue", bold: true },
    heading: { color: "magenta", bold: true },
    subheading: { color: "black", bold: true },
    chip: { color: "white", backgroundColor: "blue" },
    link: { color: "blue", underline: true },
    selection: { color: "white", backgroundColor: "blue", bold: true },
    selectionBlur: { color: "blue", bold: true, underline: true },
    match: { color: "black", backgroundColor: "yellow", bold: true, underline: true },
    tab: { color: "gray" },
    tabActive: { color: "white", backgroundColor: "magenta", bold: true },
    tabMissing: { color: "gray", dimColor: true },
    title: { color: "black", bold: true },
    titleFocus: { color: "blue", bold: true, underline: true },
    key: { color: "magenta", bold: true },
    error: { color: "red", bold: true },
  },
  border: "gray",
  borderFocus: "blue",
  borderStyle: "round",
  borderStyleFocus: "double",
  chipOpen: " ",
  chipClose: " ",
};

/** A theme by name; `true`/`false` (colour or not) for the dark or the mono theme. */
export function themeFor(which: boolean | ThemeName): Theme {
  if (which === true || which === "dark") return colorTheme;
  if (which === "light") return lightTheme;
  return monoTheme;
}

export const ThemeContext = createContext<Theme>(monoTheme);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
