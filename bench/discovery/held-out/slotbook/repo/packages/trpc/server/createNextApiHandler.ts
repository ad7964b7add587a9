import { z } from "zod";

import * as trpcNext from "@trpc/server/adapters/next";

import { createContext as createTrpcContext } from "./createContext";
import type { AnyRouter } from "@trpc/server";

/**
 * Creates an API handler executed by Next.js.
 */
export function createNextApiHandler(router: AnyRouter, isPublic = false, namespace = "") {
  return trpcNext.createNextApiHandler({
    router,
    /**
     * @link https://trpc.io/docs/context
     */
    createContext: ({ req, res }) => {
      return createTrpcContext({ req, res });
    },
    /**
     * @link https://trpc.io/docs/error-handling
     */
    onError({ error }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        // send to bug reporting
        console.error("Something went wrong", error);
      }
    },
    /**
     * Enable query batching
     */
    batching: {
      enabled: true,
    },
    /**
     * @link https://trpc.io/docs/caching#api-response-caching
     */
    responseMeta({ ctx, paths, type, errors }) {
      const allOk = errors.length === 0;
      const isQuery = type === "query";
      const noHeaders = {};

      // We cannot set headers on SSG queries
      if (!ctx?.res) return noHeaders;

      const defaultHeaders: Record<"headers", Record<string, string>> = { headers: {} };
      const timestamp = Date.now();
      defaultHeaders.headers["x-slotbook-timestamp"] = timestamp.toString();

      // We need all these conditions to be true to set cache headers
      if (!(isPublic && allOk && isQuery)) return defaultHeaders;

      // Revalidation time here should be 1 second
      defaultHeaders.headers["cache-control"] = `no-cache`;

      if (namespace === "i18n") {
        defaultHeaders.headers["cache-control"] = `public, max-age=${z.coerce.number().parse(1) * 60}`;
      }

      return defaultHeaders;
    },
  });
}
