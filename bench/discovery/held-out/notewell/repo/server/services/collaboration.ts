import http, { IncomingMessage } from "http";
import { Duplex } from "stream";
import url from "url";
import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import { Throttle } from "@hocuspocus/extension-throttle";
import { Server } from "@hocuspocus/server";
import Koa from "koa";
import WebSocket from "ws";
import { DocumentValidation } from "@shared/validations";
import { ConnectionLimitExtension } from "@server/collaboration/ConnectionLimitExtension";
import { EditorVersionExtension } from "@server/collaboration/EditorVersionExtension";
import AuthenticationExtension from "../collaboration/AuthenticationExtension";
import LoggerExtension from "../collaboration/LoggerExtension";
import MetricsExtension from "../collaboration/MetricsExtension";
import { PersistenceExtension } from "../collaboration/PersistenceExtension";
import { ViewsExtension } from "../collaboration/ViewsExtension";
import env from "../env";
import Redis from "../storage/redis";

export default function init(
  app: Koa,
  server: http.Server,
  serviceNames: string[]
) {
  const path = "/collaboration";
  const wss = new WebSocket.Server({
    noServer: true,
    maxPayload: DocumentValidation.maxStateLength,
  });

  const hocuspocus = Server.configure({
    debounce: 3000,
    timeout: 30000,
    maxDebounce: 10000,
    extensions: [
      new Throttle({
        throttle: env.RATE_LIMITER_COLLABORATION_REQUESTS ?? 50,
        banTime: 5,
      }),
      new ConnectionLimitExtension(),
      new EditorVersionExtension(),
      new AuthenticationExtension(),
      new PersistenceExtension(),
      new ViewsExtension(),
      new LoggerExtension(),
      new MetricsExtension(),
      // Scales collaboration across processes: document updates and awareness are
      // published on redis and received by every other collaboration instance.
      new RedisExtension({
        redis: Redis.collaborationClient,
        prefix: "notewell:collaboration",
      }),
    ],
  });

  server.on("upgrade", function (req: IncomingMessage, socket: Duplex, head: Buffer) {
    if (req.url?.startsWith(path)) {
      // parse document id and close connection if not present in request
      const documentId = url.parse(req.url).pathname?.replace(path, "").split("/").pop();
      if (documentId) {
        wss.handleUpgrade(req, socket, head, (client) => {
          // Handle websocket connection errors as soon as the client is upgraded
          client.on("error", (error) => {
            console.error(error);
          });
          hocuspocus.handleConnection(client, req, documentId);
        });
        return;
      }
    }

    if (serviceNames.includes("websockets") && req.url?.startsWith("/realtime")) {
      // Nothing to do, the websockets service will handle this request
      return;
    }

    socket.end(`HTTP/1.1 400 Bad Request\r\n`);
  });

  server.on("shutdown", () => hocuspocus.destroy());
}
