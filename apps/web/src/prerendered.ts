/**
 * Pages written as static HTML at build time: Today (index.html), and the SOS hub and crisis
 * lines, whose essential words must be readable before any script runs. The server and the
 * service worker answer /sos with sos.html, and so on.
 */
export const PRERENDERED = ["/", "/sos", "/crisis-lines"];
