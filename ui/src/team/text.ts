// SVG text does not wrap or clip, so card texts are shortened to fit before drawing.
// Widths are estimated (no DOM in the layout, and exports must match the screen).

/** Wide characters (CJK, full-width forms) take about one em; Latin about half. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 && code <= 0xffef) return 1;
  if (/[A-Z@%&MW]/.test(ch)) return 0.68;
  if (/[il.,:;'|! ]/.test(ch)) return 0.3;
  return 0.55;
}

/** Estimated width in pixels of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return units * fontSize;
}

/** `text`, or as much of it as fits in `maxWidth` followed by an ellipsis. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - textWidth('…', fontSize);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch) * fontSize;
    if (used + w > budget) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}
