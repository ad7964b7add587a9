import { createNextApiHandler } from "@slotbook/trpc/server/createNextApiHandler";
import { viewerRouter } from "@slotbook/trpc/server/routers/_app";

export default createNextApiHandler(viewerRouter);
