/**
 * Bracket nesting depth, measured by a flat scan before any parse. The JSON
 * and YAML parsers (and the model builders) recurse once per level, so a
 * pathological file nested tens of thousands deep would overflow the stack;
 * real templates are nowhere near the limit below.
 */

export const MAX_NESTING = 1000;

/** The offset where `{`/`[` nesting first exceeds `limit`, skipping quoted strings; undefined when it never does. */
export function tooDeepAt(text: string, limit = MAX_NESTING): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // A double-quoted string (JSON, YAML): backslash escapes; ends at the quote or the line end.
      // charCodeAt, not text[i]: this runs over every character of a 5 MB template per keystroke.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x22 /* " */ || d === 0x0a /* \n */) break;
        if (d === 0x5c /* \\ */) i++;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}
