import type { Server as HttpServer } from "http";
import { Server, Socket } from "socket.io";
import axios from "axios";
import log from "loglevel";
// import { createAdapter } from "@socket.io/redis-adapter";
// import Redis from "ioredis";
import { API_BASE_URL, NAMESPACES, ROOM_PREFIXES, RTS_BASE_PATH } from "@constants/routes";

interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Resolves the user behind a socket by forwarding its SESSION cookie to the Java server.
 */
async function getUserFromSession(socket: Socket): Promise<SessionUser | null> {
  const cookie = socket.handshake.headers.cookie;
  if (!cookie) return null;
  try {
    const response = await axios.get(`${API_BASE_URL}/users/me`, {
      headers: { Cookie: cookie, "X-Requested-By": "Widgetry-RTS" },
      timeout: 5000,
    });
    const user = response.data?.data;
    return user && user.email !== "anonymousUser" ? user : null;
  } catch (err) {
    log.warn("Unable to authenticate socket", (err as Error).message);
    return null;
  }
}

export function initSocketServer(httpServer: HttpServer): Server {
  const io = new Server(httpServer, {
    path: RTS_BASE_PATH,
    transports: ["websocket"],
  });

  // Horizontal scaling of RTS was prototyped with the Redis adapter but RTS always runs as a single
  // process inside the container, so it is not wired up.
  // const pubClient = new Redis(process.env.WIDGETRY_REDIS_URL as string);
  // const subClient = pubClient.duplicate();
  // io.adapter(createAdapter(pubClient, subClient));

  const pageEdit = io.of(NAMESPACES.PAGE_EDIT);

  pageEdit.use(async (socket, next) => {
    const user = await getUserFromSession(socket);
    if (!user) return next(new Error("unauthorized"));
    socket.data.user = user;
    next();
  });

  pageEdit.on("connection", (socket) => {
    socket.on("collab:start_edit", async (applicationId: string) => {
      const room = `${ROOM_PREFIXES.PAGE_EDIT}:${applicationId}`;
      await socket.join(room);
      const sockets = await pageEdit.in(room).fetchSockets();
      pageEdit.to(room).emit("collab:online_editors", sockets.map((s) => s.data.user));
    });

    socket.on("collab:leave_edit", async (applicationId: string) => {
      const room = `${ROOM_PREFIXES.PAGE_EDIT}:${applicationId}`;
      await socket.leave(room);
      const sockets = await pageEdit.in(room).fetchSockets();
      pageEdit.to(room).emit("collab:online_editors", sockets.map((s) => s.data.user));
    });

    socket.on("collab:mouse_pointer", (payload: { applicationId: string; data: unknown }) => {
      socket
        .to(`${ROOM_PREFIXES.PAGE_EDIT}:${payload.applicationId}`)
        .emit("collab:mouse_pointer", { socketId: socket.id, user: socket.data.user, data: payload.data });
    });
  });

  return io;
}

export function broadcastApplicationUpdate(io: Server, applicationId: string, payload: unknown) {
  io.of(NAMESPACES.PAGE_EDIT).to(`${ROOM_PREFIXES.PAGE_EDIT}:${applicationId}`).emit("app:updated", payload);
}
