import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from "fastify";

function pathOnly(url: string): string {
  // Query strings can carry search terms or tokens; the path is enough to follow a request.
  return url.split("?")[0] ?? url;
}

/**
 * JSON-lines logs that never hold private content: no bodies, no headers, no query strings, no client
 * addresses. Redaction is a second guard in case a later log call passes a whole request.
 */
export function loggerOptions(level: string): Exclude<FastifyServerOptions["logger"], boolean | undefined> {
  return {
    level,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        "res.headers['set-cookie']",
        "headers.authorization",
        "headers.cookie",
        "headers['set-cookie']",
        "req.cookies",
        "cookies",
        "body",
        "req.body",
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        url: pathOnly(request.url),
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** One line per request, after the response, instead of Fastify's two (incoming + completed). */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  // The completed line already says 404; the default would add a second line with the query string.
  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: pathOnly(request.url),
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else reply.log.info(line, "request");
  }
}
