import type { Prisma } from "@prisma/client";

import prisma from "@slotbook/prisma";

/**
 * App credentials are not read from process.env at runtime: they are seeded
 * into the `App.keys` column by packages/prisma/seed-app-store.ts.
 */
async function getAppKeysFromSlug(slug: string) {
  const app = await prisma.app.findUnique({ where: { slug } });
  return (app?.keys || {}) as Prisma.JsonObject;
}

export default getAppKeysFromSlug;
