import { type Config, loadConfig } from "./config.ts";
import { installGracefulShutdown, startServer, startupErrorMessage } from "./server.ts";

let config: Config | undefined;
try {
  config = loadConfig();
  const server = await startServer(config);
  installGracefulShutdown(server);
  // Also printed for people, outside the JSON log lines.
  console.info(`\nSmall Steps is running at ${server.url}\n`);
} catch (error) {
  const message = startupErrorMessage(error, config);
  if (message) {
    console.error(message);
  } else {
    console.error("Small Steps could not start:", error);
  }
  process.exit(1);
}
