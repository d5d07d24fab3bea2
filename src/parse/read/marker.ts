/**
 * A list item or heading written `marker gap text` (`- item`, `3. item`, `** Title`): its
 * marker and its text. The marker's regex ends at the first blank of the gap (`/^(-|\d{1,3}\.)[ \t]/`);
 * the rest of the gap is skipped by hand, since a regex with the gap and the text in it
 * (`[ \t]{1,40}(.*)$`) has two repetitions that overlap, which a busy ReDoS checker cannot
 * always clear in time.
 */
export function markerItem(
  marker: RegExp,
  line: string,
): [whole: string, marker: string, text: string] | null {
  const m = marker.exec(line);
  if (!m) return null;
  let i = m[0].length;
  while (i < line.length && (line[i] === " " || line[i] === "\t")) i++;
  return [line, m[1]!, line.slice(i)];
}
