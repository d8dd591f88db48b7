/**
 * pdf-lib's standard fonts (Helvetica and friends) can only draw WinAnsi (Windows-1252)
 * characters, and throw on anything else. We cannot ship a Unicode font (size, and the PDF
 * is made offline on the device), so text is made drawable first: close look-alikes where
 * they exist, accents dropped where the base letter is drawable, "?" as a last resort.
 */

/** The characters of Windows-1252 above Latin-1's range (the 0x80–0x9F block). */
const CP1252_EXTRAS = "ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™";

export function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.includes(ch);
}

/** Look-alikes for characters people commonly type (or phones autocorrect to). */
const REPLACEMENTS: Record<string, string> = {
  "\u00a0": " ",
  "\u00ad": "",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
  "\ufe0f": "",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2015": "—",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u201b": "'",
  "\u201f": '"',
  "\u2190": "<-",
  "\u2192": "->",
  "\u2194": "<->",
  "\u21d2": "=>",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "=/=",
  "\u2248": "~",
  "\u2713": "v",
  "\u2714": "v",
  "\u2715": "x",
  "\u2717": "x",
  "\u25cf": "•",
  "\u2023": "•",
  "\u2043": "-",
  "\u2665": "<3",
  "\u2764": "<3",
  "\u0131": "i",
  "\u0142": "l",
  "\u0141": "L",
  "\u0111": "d",
  "\u0110": "D",
  "\u0127": "h",
  "\u0126": "H",
  "\u1e9e": "SS",
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
};

export interface Sanitised {
  text: string;
  /** True when something could not be shown and became "?". */
  lossy: boolean;
}

/** Makes a line drawable with a standard PDF font; tabs become spaces, line breaks too. */
export function toWinAnsi(input: string): Sanitised {
  let text = "";
  let lossy = false;
  for (const ch of input.normalize("NFC")) {
    // Look-alikes first: a no-break space or soft hyphen is WinAnsi, but draws oddly.
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      text += replacement;
      continue;
    }
    if (isWinAnsi(ch)) {
      text += ch;
      continue;
    }
    if (ch === "\t" || ch === "\n" || ch === "\r") {
      text += " ";
      continue;
    }
    const code = ch.codePointAt(0) ?? 0;
    // Other control characters and variation selectors draw nothing; nothing is lost.
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    // "ő", "ą", "ș": the base letter is drawable once the accent is taken off.
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    if (base && [...base].every(isWinAnsi)) {
      text += base;
      continue;
    }
    // Combining marks left after NFC (say, on a letter that has no precomposed form).
    if (/\p{M}/u.test(ch)) continue;
    text += "?";
    lossy = true;
  }
  return { text, lossy };
}
