import { describe, expect, it } from "vitest";
import { sameKey, urlBase64ToUint8Array } from "./urlBase64.ts";

const point = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : i));
const text = Buffer.from(point).toString("base64url");

describe("urlBase64ToUint8Array", () => {
  it("turns the server's base64url VAPID key into the 65 bytes subscribe takes", () => {
    expect(urlBase64ToUint8Array(text)).toEqual(point);
    expect(urlBase64ToUint8Array(`${text}=`)).toEqual(point);
  });

  it("refuses anything that is not an uncompressed P-256 point", () => {
    expect(() => urlBase64ToUint8Array("not base64!")).toThrow();
    expect(() => urlBase64ToUint8Array(Buffer.from(point.subarray(1)).toString("base64url"))).toThrow();
    const compressed = Uint8Array.from(point);
    compressed[0] = 2;
    expect(() => urlBase64ToUint8Array(Buffer.from(compressed).toString("base64url"))).toThrow();
  });
});

describe("sameKey", () => {
  it("compares a subscription's applicationServerKey with the server's key", () => {
    expect(sameKey(point.slice().buffer, point)).toBe(true);
    const other = point.slice();
    other[10] = 0;
    expect(sameKey(other.buffer, point)).toBe(false);
    expect(sameKey(null, point)).toBe(false);
  });
});
