// After `vite build`: writes .br and .gz beside every text asset so the server can send them
// precompressed (@fastify/static preCompressed). On a slow phone connection this is most of
// the first load; doing it once at build time costs the server nothing per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = new URL("../apps/web/dist/", import.meta.url).pathname;
const TEXT = /\.(js|css|html|svg|webmanifest|json)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let count = 0;
for (const file of walk(dist)) {
  if (!TEXT.test(file) || file.includes("/.vite/")) continue;
  const body = readFileSync(file);
  if (body.length < 1024) continue;
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  count++;
}
console.info(`Precompressed ${count} files in apps/web/dist`);
