import { describe, expect, it } from "vitest";
import { base64urlToBytes } from "./base64url.ts";

describe("base64urlToBytes", () => {
  it("reads unpadded and padded base64url", () => {
    expect(base64urlToBytes("-_8")).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(base64urlToBytes("-_8=")).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(base64urlToBytes("")).toEqual(new Uint8Array([]));
    const salt = base64urlToBytes("A".repeat(43));
    expect(salt).toHaveLength(32);
  });

  it("refuses standard base64 and junk", () => {
    expect(base64urlToBytes("+/8=")).toBeUndefined();
    expect(base64urlToBytes("not base64!")).toBeUndefined();
    expect(base64urlToBytes("A")).toBeUndefined();
  });
});
