import { v5 as uuidv5 } from "uuid";

import appStore from "@slotbook/app-store";
import { getDailyAppKeys } from "@slotbook/app-store/dailyvideo/lib/getDailyAppKeys";
import { DailyLocationType } from "@slotbook/app-store/locations";
import logger from "@slotbook/lib/logger";
import type { CalendarEvent } from "@slotbook/types/Calendar";
import type { CredentialPayload } from "@slotbook/types/Credential";
import type { EventResult, PartialReference } from "@slotbook/types/EventManager";
import type { VideoApiAdapter, VideoApiAdapterFactory, VideoCallData } from "@slotbook/types/VideoApiAdapter";

const log = logger.getSubLogger({ prefix: ["[lib] videoClient"] });

const translator = require("short-uuid")();

// factory
const getVideoAdapters = async (withCredentials: CredentialPayload[]): Promise<VideoApiAdapter[]> => {
  const videoAdapters: VideoApiAdapter[] = [];

  for (const cred of withCredentials) {
    const appName = cred.type.split("_").join(""); // Transform `zoom_video` to `zoomvideo`;
    const appImportFn = appStore[appName as keyof typeof appStore];

    // Static Link Video Apps don't exist in packages/app-store/index.ts(it's manually maintained at the moment) and they aren't needed there anyway.
    const app = appImportFn ? await appImportFn() : null;

    if (!app) {
      log.error(`Couldn't get adapter for ${appName}`);
      continue;
    }

    if ("lib" in app && "VideoApiAdapter" in app.lib) {
      const makeVideoApiAdapter = app.lib.VideoApiAdapter as VideoApiAdapterFactory;
      const videoAdapter = makeVideoApiAdapter(cred);
      videoAdapters.push(videoAdapter);
    } else {
      log.error(`App ${appName} doesn't have 'lib.VideoApiAdapter' defined`);
    }
  }

  return videoAdapters;
};

const createMeeting = async (credential: CredentialPayload, calEvent: CalendarEvent) => {
  const uid: string = getUid(calEvent);

  if (!credential || !credential.appId) {
    throw new Error(
      "Credentials must be set! Video platforms are optional, so this method shouldn't even be called when no video credentials are set."
    );
  }

  const videoAdapters = await getVideoAdapters([credential]);
  const [firstVideoAdapter] = videoAdapters;
  let createdMeeting: VideoCallData | undefined;
  let returnObject: EventResult<VideoCallData> = {
    appName: credential.appId || "",
    type: credential.type,
    uid,
    originalEvent: calEvent,
    success: false,
    createdEvent: undefined,
    credentialId: credential.id,
  };
  try {
    if (!firstVideoAdapter) throw new Error("No video adapter found");
    createdMeeting = await firstVideoAdapter.createMeeting(calEvent);
    returnObject = { ...returnObject, createdEvent: createdMeeting, success: true };
  } catch (err) {
    log.error("createMeeting failed", err, calEvent);
    returnObject = { ...returnObject, originalEvent: calEvent };
  }

  return returnObject;
};

const deleteMeeting = async (credential: CredentialPayload | null, uid: string): Promise<unknown> => {
  if (credential) {
    const videoAdapter = (await getVideoAdapters([credential]))[0];
    // There are certain video apps with no video adapter defined. e.g. Riverside, Whereby
    if (videoAdapter) {
      return videoAdapter.deleteMeeting(uid);
    }
  }

  return Promise.resolve({});
};

// @TODO: This is a temporary solution to create a meeting with Slotbook video as fallback url
const createMeetingWithSlotbookVideo = async (calEvent: CalendarEvent) => {
  let dailyAppKeys: Awaited<ReturnType<typeof getDailyAppKeys>>;
  try {
    dailyAppKeys = await getDailyAppKeys();
  } catch (e) {
    return;
  }
  const [videoAdapter] = await getVideoAdapters([
    {
      id: 0,
      appId: "daily-video",
      type: "daily_video",
      userId: null,
      user: { email: "" },
      teamId: null,
      key: dailyAppKeys,
      invalid: false,
    },
  ]);
  return videoAdapter?.createMeeting(calEvent);
};

const getUid = (calEvent: CalendarEvent): string => {
  return calEvent.uid ?? translator.fromUUID(uuidv5(JSON.stringify(calEvent), uuidv5.URL));
};

export { createMeeting, deleteMeeting, createMeetingWithSlotbookVideo, DailyLocationType };
