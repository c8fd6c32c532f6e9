import { randomUUID } from "node:crypto";
import { createServer, type RequestListener, type Server, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_HEADER_BYTES } from "./contract.ts";
import { errorBody } from "./middleware/errors.ts";

export interface HttpServerOptions {
  keepAliveTimeoutMs?: number;
  headersTimeoutMs?: number;
  maxHeaderBytes?: number;
}

/** Status for a request Node's parser refused before it reached the app. */
function clientErrorStatus(code: string | undefined): number {
  if (code === "HPE_HEADER_OVERFLOW") return 431;
  if (code === "ERR_HTTP_REQUEST_TIMEOUT" || code === "HPE_HEADERS_TIMEOUT") return 408;
  return 400;
}

/**
 * The node:http server for an app callback, with the limits the app cannot enforce itself:
 * header size (431), header and request timeouts (408), a keep-alive timeout longer than the
 * ALB's idle timeout, and JSON answers for requests the HTTP parser rejects.
 */
export function createHttpServer(
  callback: RequestListener,
  logger: Logger,
  options: HttpServerOptions = {},
): Server {
  const headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  const server = createServer(
    {
      maxHeaderSize: options.maxHeaderBytes ?? MAX_HEADER_BYTES,
      // The app answers 400 as JSON itself; Node's own check would answer an empty 400.
      requireHostHeader: false,
      // How often the header/request timeouts are checked (Node's default is 30 s).
      connectionsCheckingInterval: 1000,
    },
    callback,
  );
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = headersTimeout;
  // Bodies are refused, so a request is complete when its headers are.
  server.requestTimeout = headersTimeout + 1000;

  // Answers for requests that never reach the app, written straight to the socket.
  const answerRaw = (socket: Duplex, status: number, message: string | undefined, extra: string[] = []) => {
    const requestId = randomUUID();
    const body = JSON.stringify(errorBody(status, message, requestId));
    socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        "Content-Type: application/json; charset=utf-8",
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${requestId}`,
        "Cache-Control: no-store",
        "X-Content-Type-Options: nosniff",
        ...extra,
        "Connection: close",
        "",
        body,
      ].join("\r\n"),
    );
    return requestId;
  };

  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    // Answer only on a connection that has not been answered on yet; otherwise a reply could
    // interleave with an earlier response on the same keep-alive socket.
    const written = (socket as Duplex & { bytesWritten?: number }).bytesWritten ?? 0;
    if (err.code === "ECONNRESET" || !socket.writable || written > 0) {
      socket.destroy();
      return;
    }
    const status = clientErrorStatus(err.code);
    const requestId = answerRaw(socket, status, undefined);
    logger.warn({ status, code: err.code, requestId }, "client error");
  });

  // CONNECT would otherwise drop the socket without an answer.
  server.on("connect", (_req, socket: Duplex) => {
    const requestId = answerRaw(socket, 405, "CONNECT is not supported", ["Allow: GET, HEAD"]);
    logger.info({ method: "CONNECT", status: 405, requestId }, "request");
  });

  // `Expect` requests go to the app like any other (no automatic "100 Continue" or bodiless
  // 417): it refuses bodies before the client sends one, and unknown expectations as JSON.
  server.on("checkContinue", callback);
  server.on("checkExpectation", callback);
  return server;
}
