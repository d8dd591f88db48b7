import { Encodings } from "@pdf-lib/standard-fonts";
import { describe, expect, it } from "vitest";
import { isWinAnsi, toWinAnsi } from "./winAnsi.ts";

const canEncode = (ch: string) => Encodings.WinAnsi.canEncodeUnicodeCodePoint(ch.codePointAt(0) ?? 0);

describe("isWinAnsi", () => {
  it("agrees with pdf-lib's own WinAnsi encoding on the whole Basic Multilingual Plane", () => {
    for (let code = 0x20; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      expect(isWinAnsi(ch), `U+${code.toString(16)}`).toBe(canEncode(ch));
    }
  });
});

describe("toWinAnsi", () => {
  it("keeps what the font can draw, accents and curly quotes included", () => {
    const text = "Café, naïve “quotes” — 5 € … Œuvre";
    expect(toWinAnsi(text)).toEqual({ text, lossy: false });
  });

  it("swaps common look-alikes and drops invisible characters", () => {
    expect(toWinAnsi("a\u00a0b\u2009c\u200bd\u2212e\u2010f").text).toBe("a b cd-e-f");
    expect(toWinAnsi("walk → sea ≥ 2").text).toBe("walk -> sea >= 2");
    expect(toWinAnsi("line\nbreak\ttab").text).toBe("line break tab");
  });

  it("takes accents off letters the font lacks", () => {
    expect(toWinAnsi("Łódź, Ștefan, Dvořák, Gödel, Erdős")).toEqual({
      text: "Lódz, Stefan, Dvorák, Gödel, Erdos",
      lossy: false,
    });
  });

  it("turns what it cannot show into ? and says so", () => {
    expect(toWinAnsi("Мама")).toEqual({ text: "????", lossy: true });
    expect(toWinAnsi("tea 🍵")).toEqual({ text: "tea ?", lossy: true });
    expect(toWinAnsi("❤️")).toEqual({ text: "<3", lossy: false });
  });

  it("always returns text the font can encode", () => {
    const samples = ["日本語", "🙂👩‍👧", "x\u0301\u0302", "\u0000\u001f\u007f\u0085", "ﬁne ﬂow", "ẞ ı ł"];
    for (const s of samples) {
      for (const ch of toWinAnsi(s).text) expect(canEncode(ch), `${s}: ${ch}`).toBe(true);
    }
  });
});
