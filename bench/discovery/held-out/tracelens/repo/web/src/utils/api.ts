/**
 * Browser-side tRPC client. Runs in the user's browser and calls /api/trpc on the same origin.
 */
import { httpBatchLink, loggerLink } from "@trpc/client";
import { createTRPCNext } from "@trpc/next";
import superjson from "superjson";
import type { AppRouter } from "@/src/server/api/root";

const getBaseUrl = () => {
  if (typeof window !== "undefined") return process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  return `http://localhost:${process.env.PORT ?? 3000}`;
};

export const api = createTRPCNext<AppRouter>({
  config() {
    return {
      links: [
        loggerLink({ enabled: (opts) => process.env.NODE_ENV === "development" || (opts.direction === "down" && opts.result instanceof Error) }),
        httpBatchLink({ url: `${getBaseUrl()}/api/trpc`, transformer: superjson }),
      ],
    };
  },
  ssr: false,
  transformer: superjson,
});
