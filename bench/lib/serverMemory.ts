import { readFileSync } from "node:fs";

/** Served by lib/circleBenchServerMain.ts only: the server's process.memoryUsage() after a full GC. */
export const MEMORY_PATH = "/api/bench/memory";

export interface ServerMemory {
  /** VmRSS from /proc/<pid>/status: what the machine actually gives the server process. */
  rssBytes: number;
  /** V8's live heap after a full GC (undefined when the server could not be asked). */
  heapUsedBytes: number | undefined;
  /** Buffers outside the V8 heap (sockets' and libsodium's memory among them). */
  externalBytes: number | undefined;
}

/** VmRSS of a process, in bytes (Linux). */
export function vmRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * Both views of the server's memory. The heap figure first (it runs a GC), then RSS, so RSS is
 * read after the collection too; RSS rarely shrinks after a GC, which is why both are shown.
 */
export async function serverMemory(url: string, pid: number): Promise<ServerMemory> {
  let heapUsedBytes: number | undefined;
  let externalBytes: number | undefined;
  try {
    const res = await fetch(`${url}${MEMORY_PATH}`);
    if (res.ok) {
      const body = (await res.json()) as { heapUsed: number; external: number };
      heapUsedBytes = body.heapUsed;
      externalBytes = body.external;
    }
  } catch {
    // The RSS alone still says something.
  }
  return { rssBytes: vmRssBytes(pid), heapUsedBytes, externalBytes };
}
