import { MongoClient, ChangeStream } from "mongodb";
import type { Server } from "socket.io";
import log from "loglevel";
import { broadcastApplicationUpdate } from "../sockets";

const MONGODB_URI = process.env.WIDGETRY_MONGODB_URI;

/**
 * Watches the application and page collections via change streams (requires a replica set) and
 * pushes updates to editors connected to the same application.
 */
export async function startChangeStreamWatcher(io: Server): Promise<ChangeStream | null> {
  if (!MONGODB_URI) {
    log.error("WIDGETRY_MONGODB_URI is not set; realtime updates are disabled");
    return null;
  }

  const client = new MongoClient(MONGODB_URI, { appName: "widgetry-rts" });
  await client.connect();
  const db = client.db();
  log.info("RTS connected to MongoDB database", db.databaseName);

  const stream = db.collection("newPage").watch(
    [{ $match: { operationType: { $in: ["update", "replace"] } } }],
    { fullDocument: "updateLookup" },
  );

  stream.on("change", (event) => {
    if (!("fullDocument" in event) || !event.fullDocument) return;
    const doc = event.fullDocument as { applicationId?: string; _id: unknown };
    if (doc.applicationId) {
      broadcastApplicationUpdate(io, doc.applicationId, { pageId: String(doc._id) });
    }
  });

  stream.on("error", (err) => log.error("Change stream error", err));
  return stream;
}
