import { ready } from "@small-steps/crypto";
import { describe, expect, it } from "vitest";
import { unwrapDataKey, wrapDataKey } from "./wrap.ts";

describe("the wrapped data key (docs/crypto.md L3–L4)", () => {
  it("L3: unwraps with the same key-encryption key only; a changed blob is refused", async () => {
    const s = await ready();
    const kek = s.randombytes_buf(32);
    const dataKey = s.randombytes_buf(32);
    const wrapped = wrapDataKey(s, kek, dataKey);
    expect(unwrapDataKey(s, kek, wrapped)).toEqual(dataKey);
    expect(unwrapDataKey(s, s.randombytes_buf(32), wrapped)).toBeNull();
    const bytes = s.from_base64(wrapped.wrappedKey, s.base64_variants.ORIGINAL);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(
      unwrapDataKey(s, kek, { ...wrapped, wrappedKey: s.to_base64(bytes, s.base64_variants.ORIGINAL) }),
    ).toBeNull();
    expect(unwrapDataKey(s, kek, { ...wrapped, nonce: "not base64!" })).toBeNull();
  });
});
