import type { NextApiRequest, NextApiResponse } from "next";

import { WEBAPP_URL } from "@slotbook/lib/constants";
import { getSafeRedirectUrl } from "@slotbook/lib/getSafeRedirectUrl";
import prisma from "@slotbook/prisma";

import getAppKeysFromSlug from "../../_utils/getAppKeysFromSlug";
import { decodeOAuthState } from "../../_utils/oauth/decodeOAuthState";

const scopes = ["User.Read", "Calendars.Read", "Calendars.ReadWrite", "offline_access"];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { code } = req.query;
  const state = decodeOAuthState(req);

  if (typeof code !== "string") {
    res.status(400).json({ message: "No code returned" });
    return;
  }

  const appKeys = await getAppKeysFromSlug("office365-calendar");
  const client_id = typeof appKeys.client_id === "string" ? appKeys.client_id : "";
  const client_secret = typeof appKeys.client_secret === "string" ? appKeys.client_secret : "";
  if (!client_id) return res.status(400).json({ message: "Office 365 client_id missing." });
  if (!client_secret) return res.status(400).json({ message: "Office 365 client_secret missing." });

  const toUrlEncoded = (payload: Record<string, string>) =>
    Object.keys(payload)
      .map((key) => `${key}=${encodeURIComponent(payload[key])}`)
      .join("&");

  const body = toUrlEncoded({
    client_id,
    grant_type: "authorization_code",
    code,
    scope: scopes.join(" "),
    redirect_uri: `${WEBAPP_URL}/api/integrations/office365calendar/callback`,
    client_secret,
  });

  const response = await fetch("https://login.microsoftonline.com/common/oauth2/v2.0/token", {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
    },
    body,
  });

  const responseBody = await response.json();

  if (!response.ok) {
    return res.redirect(`/apps/installed?error=${JSON.stringify(responseBody)}`);
  }

  const whoami = await fetch("https://graph.microsoft.com/v1.0/me", {
    headers: { Authorization: `Bearer ${responseBody.access_token}` },
  });
  const graphUser = await whoami.json();

  // In some cases, graphUser.mail is null. Then graphUser.userPrincipalName most likely contains the email address.
  responseBody.email = graphUser.mail ?? graphUser.userPrincipalName;
  responseBody.expiry_date = Math.round(+new Date() / 1000 + responseBody.expires_in); // set expiry date in seconds
  delete responseBody.expires_in;

  await prisma.credential.create({
    data: {
      type: "office365_calendar",
      key: responseBody,
      userId: req.session?.user.id,
      appId: "office365-calendar",
    },
  });

  return res.redirect(getSafeRedirectUrl(state?.returnTo) ?? "/apps/installed/calendar");
}
