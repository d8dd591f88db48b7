/** What wrapping needs from a pdf-lib font (a PDFFont fits), so callers need not import pdf-lib. */
export interface MeasuredFont {
  widthOfTextAtSize(text: string, size: number): number;
}

/** Splits text into lines that fit; a word longer than a line is broken by characters. */
export function wrapText(text: string, font: MeasuredFont, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= max;
  for (const word of text.split(/ +/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (!fits(rest)) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n))) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
