import { Database } from "@hocuspocus/extension-database";
import { Extension } from "@hocuspocus/server";
import { Logger } from "@hocuspocus/extension-logger";
import { Redis as HocusPocusRedis } from "@hocuspocus/extension-redis";
import { Redis } from "ioredis";
import * as Y from "yjs";
import { PageService } from "@/core/services/api.service.js";
import { manualLogger } from "@/core/helpers/logger.js";

const pageService = new PageService();

export const getExtensions: () => Promise<Extension[]> = async () => {
  const extensions: Extension[] = [
    new Logger({
      onChange: false,
      log: (message) => manualLogger.info(message),
    }),
    new Database({
      fetch: async ({ documentName: pageId, requestHeaders, requestParameters }) => {
        const cookie = requestHeaders.cookie?.toString();
        const workspaceSlug = requestParameters.get("workspaceSlug")?.toString();
        if (!cookie || !workspaceSlug) return null;
        const binary = await pageService.fetchDescriptionBinary(workspaceSlug, pageId, cookie);
        return binary ? new Uint8Array(binary) : null;
      },
      store: async ({ state, documentName: pageId, requestHeaders, requestParameters, document }) => {
        const cookie = requestHeaders.cookie?.toString();
        const workspaceSlug = requestParameters.get("workspaceSlug")?.toString();
        if (!cookie || !workspaceSlug) return;
        const payload = {
          description_binary: Buffer.from(state).toString("base64"),
          description_html: document.getXmlFragment("default").toString(),
        };
        await pageService.updateDescription(workspaceSlug, pageId, payload, cookie);
      },
    }),
  ];

  const redisUrl = process.env.REDIS_URL?.trim();
  if (redisUrl) {
    // Redis pub/sub keeps multiple live replicas in sync
    try {
      const redisClient = new Redis(redisUrl);
      await new Promise<void>((resolve, reject) => {
        redisClient.on("error", (error: any) => {
          if (error?.code === "ENOTFOUND" || error?.code === "ECONNREFUSED") {
            redisClient.disconnect();
          }
          manualLogger.warn("Redis Client wasn't able to connect, continuing without Redis.", error);
          reject(error);
        });
        redisClient.on("ready", () => {
          extensions.push(new HocusPocusRedis({ redis: redisClient }));
          manualLogger.info("Redis Client connected ✅");
          resolve();
        });
      });
    } catch (error) {
      manualLogger.warn("Redis unavailable, running a single-instance live server.", error);
    }
  } else {
    manualLogger.warn("Redis URL is not set, continuing without Redis (you won't be able to sync data between multiple servers)");
  }

  void Y; // keep yjs in the bundle for the Database extension
  return extensions;
};
