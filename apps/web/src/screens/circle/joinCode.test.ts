import { describe, expect, it } from "vitest";
import { codeFromHash, readyCode } from "./joinCode.ts";

describe("codeFromHash", () => {
  it("reads the fragment of an invite link", () => {
    expect(codeFromHash("#7K2M9QXW4R1T")).toBe("7K2M9QXW4R1T");
    expect(codeFromHash("#7K2M-9QXW-4R1T")).toBe("7K2M-9QXW-4R1T");
    expect(codeFromHash("")).toBe("");
    expect(codeFromHash("#%E0%A4%A")).toBe("");
  });
});

describe("readyCode", () => {
  it("accepts a code as a person might type it", () => {
    expect(readyCode("7k2m-9qxw 4r1t")).toBe("7K2M9QXW4R1T");
    expect(readyCode("OOOO-IIII-LLLL")).toBe("000011111111");
  });
  it("waits for a whole code", () => {
    expect(readyCode("7K2M-9QXW")).toBeNull();
    expect(readyCode("")).toBeNull();
    expect(readyCode("UUUU-UUUU-UUUU")).toBeNull();
  });
});
