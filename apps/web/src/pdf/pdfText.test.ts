import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pdfText } from "./pdfText.testing.ts";

/** One page-content stream as pdf-lib writes it: "stream\n", the deflated bytes, "\nendstream". */
function pdfWith(content: Buffer): Uint8Array {
  const head = `%PDF-1.7\n4 0 obj\n<< /Filter /FlateDecode /Length ${content.length} >>\nstream\n`;
  return Buffer.concat([
    Buffer.from(head, "latin1"),
    content,
    Buffer.from("\nendstream\nendobj\n", "latin1"),
  ]);
}

const hex = (s: string) => Buffer.from(s, "latin1").toString("hex");

describe("pdfText (the test helper that reads a PDF's words)", () => {
  it("reads a stream whose deflated bytes end in a carriage return (about one in 256 do)", () => {
    // Words whose deflated form ends in "\r": found by trying, the same ones every run.
    let words = "";
    let content = Buffer.alloc(0);
    for (let i = 0; i < 100_000; i++) {
      words = `Shared at the bus stop ${((i * 2654435761) >>> 0).toString(36)}`;
      content = deflateSync(Buffer.from(`BT <${hex(words)}> Tj ET`, "latin1"));
      if (content.at(-1) === 0x0d) break;
    }
    expect(content.at(-1)).toBe(0x0d);
    expect(pdfText(pdfWith(content))).toBe(words);
  });

  it("reads an ordinary stream", () => {
    const content = deflateSync(Buffer.from(`BT <${hex("Ask about sleep")}> Tj ET`, "latin1"));
    expect(pdfText(pdfWith(content))).toBe("Ask about sleep");
  });
});
