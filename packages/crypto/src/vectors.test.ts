/**
 * Known-answer tests: published vectors run through the exact libsodium calls this package
 * makes, so a broken build, a wrong binding or a swapped argument order fails here.
 */
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { describe, expect, it } from "vitest";
import { argon2id } from "./kdf.ts";
import { formatRecoveryCode, parseRecoveryCode } from "./recoveryCode.ts";
import { ready } from "./sodium.ts";

const MESSAGE =
  "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
const KEY = "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f";
const AD = "50515253c0c1c2c3c4c5c6c7";

describe("XChaCha20-Poly1305 IETF known answers", () => {
  it("C9: draft-irtf-cfrg-xchacha-03 appendix A.3.1", async () => {
    const s = await ready();
    const nonce = s.from_hex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const expected =
      "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb" +
      "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452" +
      "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9" +
      "21f9664c97637da9768812f615c68b13b52e" +
      "c0875924c1c7987947deafd8780acf49"; // tag
    const c = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
      s.from_string(MESSAGE),
      s.from_hex(AD),
      null,
      nonce,
      s.from_hex(KEY),
    );
    expect(s.to_hex(c)).toBe(expected);
    const m = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, c, s.from_hex(AD), nonce, s.from_hex(KEY));
    expect(s.to_string(m)).toBe(MESSAGE);
  });

  it("C9: libsodium test/default/aead_xchacha20poly1305.c, first output of its .exp file", async () => {
    const s = await ready();
    // The C test declares a 16-byte initialiser for a 24-byte nonce: the last 8 bytes are zero.
    const nonce = s.from_hex("07000000404142434445464748494a4b0000000000000000");
    const expected =
      "453c0693a7407f04ff4c56aedb17a3c0a1afff01174930fc22287c33dbcf0ac8" +
      "b89ad929530a1bb3ab5e69f24c7f6070c8f840c9abb4f69fbfc8a7ff5126faee" +
      "bbb55805ee9c1cf2ce5a57263287aec5780f04ec324c3514122cfc3231fc1a8b" +
      "718a62863730a2702bb76366116bed09e0fd5c6d84b6b0c1abaf249d5dd0f7f5" +
      "a7ea";
    const c = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
      s.from_string(MESSAGE),
      s.from_hex(AD),
      null,
      nonce,
      s.from_hex(KEY),
    );
    expect(s.to_hex(c)).toBe(expected);
  });
});

describe("Argon2id through crypto_pwhash, known answers", () => {
  // libsodium test/default/pwhash_argon2id.c tv() and its .exp file. The C test reads the
  // 32-byte salt hex into a 16-byte buffer (crypto_pwhash_SALTBYTES), so the salt is its first
  // 16 bytes. These parameters are below our minimums (C2), which is why the KAT calls the raw
  // argon2id() that deriveKeys wraps rather than deriveKeys itself.
  it("C1: libsodium pwhash_argon2id tv #0 (opslimit 5, memlimit 7256678, 155 bytes)", async () => {
    const s = await ready();
    const password = s.from_hex(
      "a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae0" +
        "65577a928febd9b1973a5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08d" +
        "a232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de97d6f5" +
        "8d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6",
    );
    const salt = s.from_hex("5541fbc995d5c197ba290346d2c559de");
    const out = argon2id(s, 155, password, salt, { opsLimit: 5, memLimitBytes: 7256678 });
    expect(s.to_hex(out)).toBe(
      "18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6ca07f09397" +
        "41e57c24d0005c7ea171a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316582033c74affe2566a2b" +
        "ea47f91f0fd9fe49ece7e1f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f5679534a0700e246a79a49b3f74eb89ec" +
        "6205fe1eeb941c73b1fcf1",
    );
  });

  it("C1: libsodium pwhash_argon2id tv #4 (opslimit 3, memlimit 1432947, 190 bytes)", async () => {
    const s = await ready();
    const password = s.from_hex(
      "4a857e2ee8aa9b6056f2424e84d24a72473378906ee04a46cb05311502d5250b82" +
        "ad86b83c8f20a23dbb74f6da60b0b6ecffd67134d45946ac8ebfb3064294bc097d" +
        "43ced68642bfb8bbbdd0f50b30118f5e",
    );
    const salt = s.from_hex("39d82eef32010b8b79cc5ba88ed539fb");
    const out = argon2id(s, 190, password, salt, { opsLimit: 3, memLimitBytes: 1432947 });
    expect(s.to_hex(out)).toBe(
      "08d8cd330c57e1b4643241d05bb468ba4ee4e932cd0858816be9ef15360b27bbd06a87130ee92222be267a29b81f5ae8" +
        "fe8613324cfc4832dc49387fd0602f1c57b4d0f3855db94fb7e12eb05f9a484aed4a4307abf586cd3d55c809bc081541" +
        "e00b682772fb2066504ff935b8ebc551a2083882f874bc0fae68e56848ae34c91097c3bf0cca8e75c0797eef3efde3f7" +
        "5e005815018db3cf7c109a812264c4de69dcb22322dbbcfa447f5b00ecd1b04a7be1569c8e556adb7bba48adf81d",
    );
  });
});

describe("BIP-39 recovery words, known answers", () => {
  // trezor/python-mnemonic vectors.json, "english", the 32-byte entropies.
  const VECTORS: [entropyHex: string, words: string][] = [
    ["00".repeat(32), `${"abandon ".repeat(23)}art`],
    [
      "7f".repeat(32),
      "legal winner thank year wave sausage worth useful legal winner thank year wave sausage " +
        "worth useful legal winner thank year wave sausage worth title",
    ],
  ];

  for (const [entropyHex, words] of VECTORS) {
    it(`C16/C17: 0x${entropyHex.slice(0, 4)}… (32 bytes) ↔ "${words.slice(0, 20)}…"`, async () => {
      const s = await ready();
      expect(formatRecoveryCode(s.from_hex(entropyHex))).toBe(words);
      const parsed = parseRecoveryCode(words);
      expect(parsed.ok && s.to_hex(parsed.value)).toBe(entropyHex);
    });
  }

  it("C16: the word list is the published one (SHA-256 of bitcoin/bips bip-0039/english.txt)", async () => {
    const s = await ready();
    const file = s.from_string(`${wordlist.join("\n")}\n`);
    expect(s.to_hex(s.crypto_hash_sha256(file))).toBe(
      "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda",
    );
  });
});
