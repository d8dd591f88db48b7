import { defineConfig } from "vitest/config";

// One runner for every workspace's unit tests; browser journeys live in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
