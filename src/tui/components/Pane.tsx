import React, { type ReactNode } from "react";
import { Box } from "ink";
import { useTheme } from "../theme.js";

/**
 * A bordered pane. Focus shows in the border's line style (double when focused), not
 * only in its colour.
 */
export function Pane(props: {
  width: number;
  height: number;
  focused: boolean;
  padded?: boolean;
  children: ReactNode;
}) {
  const theme = useTheme();
  return (
    <Box
      flexDirection="column"
      width={props.width}
      height={props.height}
      flexShrink={0}
      overflow="hidden"
      borderStyle={props.focused ? theme.borderStyleFocus : theme.borderStyle}
      borderColor={props.focused ? theme.borderFocus : theme.border}
      paddingX={props.padded ? 1 : 0}
    >
      {props.children}
    </Box>
  );
}
