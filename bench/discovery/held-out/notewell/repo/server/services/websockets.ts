import http, { IncomingMessage } from "http";
import { Duplex } from "stream";
import { createAdapter } from "@socket.io/redis-adapter";
import Koa from "koa";
import IO from "socket.io";
import env from "@server/env";
import Logger from "@server/logging/Logger";
import Metrics from "@server/logging/Metrics";
import { User } from "@server/models";
import { can } from "@server/policies";
import Redis from "@server/storage/redis";
import { getUserForJWT } from "@server/utils/jwt";

export default function init(
  app: Koa,
  server: http.Server,
  serviceNames: string[]
) {
  const path = "/realtime";

  // Websockets for events and non-collaborative documents
  const io = new IO.Server(server, {
    path,
    serveClient: false,
    cookie: false,
    pingInterval: 15000,
    pingTimeout: 30000,
    cors: {
      // Included for completeness, though CORS does not apply to websocket transport.
      origin: env.isCloudHosted ? "*" : env.URL,
      methods: ["GET", "POST"],
    },
  });

  // Remove the upgrade handler that we just added when registering the IO engine
  // And re-add it with a check to only handle the realtime path, this allows
  // collaboration websockets to exist in the same process as engine.io.
  const listeners = server.listeners("upgrade");
  const ioHandleUpgrade = listeners.pop();
  if (ioHandleUpgrade) {
    server.removeListener("upgrade", ioHandleUpgrade as (...args: any[]) => void);
  }

  server.on("upgrade", function (req: IncomingMessage, socket: Duplex, head: Buffer) {
    if (req.url?.startsWith(path) && ioHandleUpgrade) {
      // @ts-expect-error ioHandleUpgrade is a function
      ioHandleUpgrade(req, socket, head);
      return;
    }
    if (serviceNames.includes("collaboration")) {
      // Nothing to do, the collaboration service will handle this request
      return;
    }
    socket.end(`HTTP/1.1 400 Bad Request\r\n`);
  });

  // Subscribe to redis so that events emitted by the worker via
  // @socket.io/redis-emitter are fanned out to every websockets process
  io.adapter(
    createAdapter(
      Redis.defaultClient,
      Redis.defaultSubscriber
    )
  );

  io.of("/").adapter.on("error", (err: Error) => {
    if (err.name === "MaxRetriesPerRequestError") {
      Logger.fatal("Redis maximum retries exceeded in socketio adapter", err);
    } else {
      Logger.error("Redis error in socketio adapter", err);
    }
  });

  io.on("connection", async (socket: IO.Socket) => {
    Metrics.increment("websockets.connected");
    Metrics.gaugePerInstance("websockets.count", io.engine.clientsCount);

    const token = socket.handshake.auth?.token;
    const user: User = await getUserForJWT(token);
    await socket.join([`user-${user.id}`, `team-${user.teamId}`]);

    socket.on("join", async (event) => {
      if (event.documentId && can(user, "read", { id: event.documentId })) {
        await socket.join(`document-${event.documentId}`);
      }
    });

    socket.on("disconnect", () => {
      Metrics.increment("websockets.disconnected");
    });
  });
}
