import type { NextApiHandler, NextApiRequest, NextApiResponse } from "next";

import { getSession } from "next-auth/react";

import { HttpError } from "@slotbook/lib/http-error";
import prisma from "@slotbook/prisma";

const handlerMap: Record<string, Record<string, () => Promise<{ default: NextApiHandler }>>> = {
  googlecalendar: {
    add: () => import("@slotbook/app-store/googlecalendar/api/add"),
    callback: () => import("@slotbook/app-store/googlecalendar/api/callback"),
  },
  office365calendar: {
    callback: () => import("@slotbook/app-store/office365calendar/api/callback"),
  },
};

const defaultIntegrationAddHandler = async (req: NextApiRequest, res: NextApiResponse, appType: string) => {
  if (!req.session?.user?.id) {
    return res.status(401).json({ message: "You must be logged in to do this" });
  }
  await prisma.credential.create({
    data: { type: appType, key: {}, userId: req.session.user.id, appId: req.query.args?.[0] as string },
  });
  return res.status(200).json({ url: "/apps/installed" });
};

const handler = async (req: NextApiRequest, res: NextApiResponse) => {
  const { args } = req.query;

  if (!Array.isArray(args)) {
    return res.status(404).json({ message: `API route not found` });
  }

  const [appName, apiEndpoint] = args;
  try {
    /* Absolute path didn't work */
    req.session = await getSession({ req });
    const loader = handlerMap[appName]?.[apiEndpoint];
    if (loader) {
      const { default: appHandler } = await loader();
      return await appHandler(req, res);
    }
    if (apiEndpoint === "add") {
      return await defaultIntegrationAddHandler(req, res, appName.replace(/(video|calendar)$/, "_$1"));
    }
    return res.status(404).json({ message: `API handler not found` });
  } catch (error) {
    console.error(error);
    if (error instanceof HttpError) {
      return res.status(error.statusCode).json({ message: error.message });
    }
    if (error instanceof Error) {
      return res.status(400).json({ message: error.message });
    }
    return res.status(404).json({ message: `API handler not found` });
  }
};

export default handler;
