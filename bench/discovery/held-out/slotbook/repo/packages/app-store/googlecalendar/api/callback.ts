import { OAuth2Client } from "googleapis-common";
import type { NextApiRequest, NextApiResponse } from "next";

import { WEBAPP_URL_FOR_OAUTH } from "@slotbook/lib/constants";
import { getSafeRedirectUrl } from "@slotbook/lib/getSafeRedirectUrl";
import prisma from "@slotbook/prisma";

import { decodeOAuthState } from "../../_utils/oauth/decodeOAuthState";
import { getGoogleAppKeys } from "../lib/getGoogleAppKeys";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { code } = req.query;
  const state = decodeOAuthState(req);

  if (typeof code !== "string") {
    res.status(400).json({ message: "`code` must be a string" });
    return;
  }
  if (!req.session?.user?.id) {
    return res.status(401).json({ message: "You must be logged in to do this" });
  }

  const { client_id, client_secret } = await getGoogleAppKeys();
  const redirect_uri = `${WEBAPP_URL_FOR_OAUTH}/api/integrations/googlecalendar/callback`;
  const oAuth2Client = new OAuth2Client(client_id, client_secret, redirect_uri);

  // Exchanges the code with https://oauth2.googleapis.com/token
  const token = await oAuth2Client.getToken(code);
  const key = token.tokens;

  await prisma.credential.create({
    data: {
      type: "google_calendar",
      key,
      userId: req.session.user.id,
      appId: "google-calendar",
    },
  });

  res.redirect(getSafeRedirectUrl(state?.returnTo) ?? "/apps/installed/calendar");
}
