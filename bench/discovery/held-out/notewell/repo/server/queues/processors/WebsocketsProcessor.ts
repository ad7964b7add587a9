import { Emitter } from "@socket.io/redis-emitter";
import { Document } from "@server/models";
import { presentDocument } from "@server/presenters";
import Redis from "@server/storage/redis";
import { Event } from "@server/types";

// Emits to the socket.io rooms of every websockets process through redis pub/sub.
const io = new Emitter(Redis.defaultClient);

export default class WebsocketsProcessor {
  async perform(event: Event) {
    const channels = [`team-${event.teamId}`];

    switch (event.name) {
      case "documents.publish":
      case "documents.update": {
        const document = await Document.findByPk(event.documentId, { paranoid: false });
        if (!document) {
          return;
        }
        return io.to(channels).emit("entities", {
          event: event.name,
          documentIds: [{ id: document.id, updatedAt: document.updatedAt }],
        });
      }

      case "documents.delete": {
        return io.to(channels).emit("entities", {
          event: event.name,
          documentIds: [{ id: event.documentId }],
        });
      }

      case "users.suspend": {
        return io.to(`user-${event.userId}`).emit("user.suspend", { id: event.userId });
      }

      default:
        return;
    }
  }
}
