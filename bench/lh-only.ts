import { startServer } from "../e2e/support/server.ts";
import { runLighthouse } from "./lighthouse.ts";

const server = await startServer();
try {
  console.info(await runLighthouse(`${server.url}/`));
} finally {
  await server.stop();
}
