import { inflateSync } from "node:zlib";

/**
 * For tests only (unit and e2e): the words drawn in a pdf-lib PDF. pdf-lib always deflates
 * page content and writes text as hex strings (`<…> Tj`, WinAnsi codes), so each stream is
 * inflated and its strings decoded. Each drawn line comes back as its own line.
 */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  // pdf-lib ends a stream's data with "\nendstream". Only that "\n" is taken off: deflated bytes
  // may themselves end in "\r", and taking it too (as "\r?\n" did) broke one stream in 256 and
  // lost a page's words at random (zlib ignores anything after the end of its own data).
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1] as string, "latin1")).toString("latin1");
    } catch {
      continue; // not a Flate stream (fonts here are standard, so there are none other)
    }
    for (const t of body.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      out.push(Buffer.from(t[1] as string, "hex").toString("latin1"));
    }
  }
  return out.join("\n");
}
