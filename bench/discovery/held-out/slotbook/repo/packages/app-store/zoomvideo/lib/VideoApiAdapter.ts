import { z } from "zod";

import dayjs from "@slotbook/dayjs";
import { getLocation } from "@slotbook/lib/CalEventParser";
import logger from "@slotbook/lib/logger";
import prisma from "@slotbook/prisma";
import type { CalendarEvent } from "@slotbook/types/Calendar";
import type { CredentialPayload } from "@slotbook/types/Credential";
import type { PartialReference } from "@slotbook/types/EventManager";
import type { VideoApiAdapter, VideoCallData } from "@slotbook/types/VideoApiAdapter";

import getAppKeysFromSlug from "../../_utils/getAppKeysFromSlug";
import refreshOAuthTokens from "../../_utils/oauth/refreshOAuthTokens";

const log = logger.getSubLogger({ prefix: ["app-store/zoomvideo/lib/VideoApiAdapter"] });

/** @link https://marketplace.zoom.us/docs/api-reference/zoom-api/meetings/meetingcreate */
const zoomEventResultSchema = z.object({
  id: z.number(),
  join_url: z.string(),
  password: z.string().optional().default(""),
});

export type ZoomEventResult = z.infer<typeof zoomEventResultSchema>;

const zoomTokenSchema = z.object({
  scope: z.string().regex(new RegExp("meeting:write")),
  expiry_date: z.number(),
  expires_in: z.number().optional(), // deprecated, purely for backwards compatibility; superseeded by expiry_date.
  token_type: z.literal("bearer"),
  access_token: z.string(),
  refresh_token: z.string(),
});

type ZoomToken = z.infer<typeof zoomTokenSchema>;

const zoomAppKeysSchema = z.object({
  client_id: z.string(),
  client_secret: z.string(),
});

export const getZoomAppKeys = async () => {
  const appKeys = await getAppKeysFromSlug("zoom");
  return zoomAppKeysSchema.parse(appKeys);
};

const isTokenValid = (token: Partial<ZoomToken>) =>
  zoomTokenSchema.safeParse(token).success && (token.expires_in || token.expiry_date || 0) > Date.now();

const zoomAuth = (credential: CredentialPayload) => {
  const refreshAccessToken = async (refreshToken: string) => {
    const { client_id, client_secret } = await getZoomAppKeys();
    const authHeader = `Basic ${Buffer.from(`${client_id}:${client_secret}`).toString("base64")}`;

    const response = await refreshOAuthTokens(
      async () =>
        await fetch("https://zoom.us/oauth/token", {
          method: "POST",
          headers: {
            Authorization: authHeader,
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body: new URLSearchParams({
            refresh_token: refreshToken,
            grant_type: "refresh_token",
          }),
        }),
      "zoom",
      credential.userId
    );

    const responseBody = await response.json();

    if (!response.ok || responseBody.error) {
      if (responseBody.error === "invalid_grant") {
        await prisma.credential.update({ where: { id: credential.id }, data: { invalid: true } });
      }
      throw new Error(`Zoom token refresh failed: ${responseBody.error}`);
    }
    // set expiry date as offset from current time.
    responseBody.expiry_date = Math.round(Date.now() + responseBody.expires_in * 1000);
    delete responseBody.expires_in;
    // Store new tokens in database.
    await prisma.credential.update({
      where: { id: credential.id },
      data: { key: { ...(credential.key as object), ...responseBody } },
    });
    return responseBody.access_token;
  };

  return {
    getToken: async () => {
      const credentialKey = credential.key as ZoomToken;
      return isTokenValid(credentialKey)
        ? Promise.resolve(credentialKey.access_token)
        : refreshAccessToken(credentialKey.refresh_token);
    },
  };
};

const ZoomVideoApiAdapter = (credential: CredentialPayload): VideoApiAdapter => {
  const translateEvent = (event: CalendarEvent) => ({
    topic: event.title,
    type: 2, // Means that this is a scheduled meeting
    start_time: dayjs(event.startTime).utc().format(),
    duration: (new Date(event.endTime).getTime() - new Date(event.startTime).getTime()) / 60000,
    //schedule_for: "string",   TODO: Used when scheduling the meeting for someone else (needed?)
    timezone: event.organizer.timeZone,
    //password: "string",       TODO: Should we use a password? Maybe generate a random one?
    agenda: event.description,
    settings: {
      host_video: true,
      participant_video: true,
      join_before_host: true,
      mute_upon_entry: false,
      waiting_room: false,
      location: getLocation(event),
    },
  });

  const fetchZoomApi = async (endpoint: string, options?: RequestInit) => {
    const auth = zoomAuth(credential);
    const accessToken = await auth.getToken();
    const response = await fetch(`https://api.zoom.us/v2/${endpoint}`, {
      method: "GET",
      ...options,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        ...options?.headers,
      },
    });
    const responseBody = await handleZoomResponse(response, credential.id);
    return responseBody;
  };

  return {
    getAvailability: async () => {
      try {
        // TODO Possibly implement pagination for cases when there are more than 300 meetings already scheduled.
        const responseBody = await fetchZoomApi("users/me/meetings?type=scheduled&page_size=300");
        return responseBody.meetings.map((meeting: { start_time: string; duration: number }) => ({
          start: meeting.start_time,
          end: new Date(new Date(meeting.start_time).getTime() + meeting.duration * 60000).toISOString(),
        }));
      } catch (err) {
        log.error("Failed to get availability", err);
        return [];
      }
    },
    createMeeting: async (event: CalendarEvent): Promise<VideoCallData> => {
      const response = await fetchZoomApi("users/me/meetings", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(translateEvent(event)),
      });
      const result = zoomEventResultSchema.parse(response);
      return {
        type: "zoom_video",
        id: result.id.toString(),
        password: result.password || "",
        url: result.join_url,
      };
    },
    deleteMeeting: async (uid: string): Promise<void> => {
      await fetchZoomApi(`meetings/${uid}`, { method: "DELETE" });
    },
    updateMeeting: async (bookingRef: PartialReference, event: CalendarEvent): Promise<VideoCallData> => {
      await fetchZoomApi(`meetings/${bookingRef.uid}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(translateEvent(event)),
      });
      return {
        type: "zoom_video",
        id: bookingRef.meetingId as string,
        password: bookingRef.meetingPassword as string,
        url: bookingRef.meetingUrl as string,
      };
    },
  };
};

const handleZoomResponse = async (response: Response, credentialId: CredentialPayload["id"]) => {
  let _response = response.clone();
  const responseClone = response.clone();
  if (_response.headers.get("content-encoding") === "gzip") {
    const responseString = await response.text();
    _response = JSON.parse(responseString);
  }
  if (!response.ok || (response.status < 200 && response.status >= 300)) {
    const responseBody = await _response.json();
    if ((response && response.status === 124) || responseBody.error === "invalid_grant") {
      await prisma.credential.update({ where: { id: credentialId }, data: { invalid: true } });
    }
    throw Error(response.statusText);
  }
  // handle 204 response code with empty response (causes crash otherwise as "" is invalid JSON)
  if (response.status === 204) {
    return;
  }
  return responseClone.json();
};

export default ZoomVideoApiAdapter;
