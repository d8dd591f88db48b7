import { z } from "zod";

// zod probes `new Function("")` to decide whether to compile validators; under our CSP
// (no 'unsafe-eval') that probe is blocked and Chromium logs a violation on every load.
// Interpreted validation is fast enough for our record sizes. Imported first in main.tsx.
z.config({ jitless: true });
