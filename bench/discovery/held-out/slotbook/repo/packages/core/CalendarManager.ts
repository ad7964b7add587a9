import type { SelectedCalendar } from "@prisma/client";

import { getCalendar } from "@slotbook/app-store/_utils/getCalendar";
import logger from "@slotbook/lib/logger";
import { performance } from "@slotbook/lib/server/perfObserver";
import type { CalendarEvent, EventBusyDate, NewCalendarEventType } from "@slotbook/types/Calendar";
import type { CredentialPayload } from "@slotbook/types/Credential";
import type { EventResult } from "@slotbook/types/EventManager";

const log = logger.getSubLogger({ prefix: ["CalendarManager"] });

export const getBusyCalendarTimes = async (
  withCredentials: CredentialPayload[],
  dateFrom: string,
  dateTo: string,
  selectedCalendars: SelectedCalendar[]
) => {
  const calendarCredentials = withCredentials.filter((credential) => credential.type.endsWith("_calendar"));
  const startGetBusyCalendarTimes = performance.now();
  const results = await Promise.all(
    calendarCredentials.map(async (credential) => {
      // getCalendar() lazily imports the matching app-store CalendarService
      const calendar = await getCalendar(credential);
      if (!calendar) return [];
      return calendar.getAvailability(dateFrom, dateTo, selectedCalendars).catch((e) => {
        log.error(`Failed to get availability for ${credential.type}`, e);
        return [] as EventBusyDate[];
      });
    })
  );
  log.debug(`getBusyCalendarTimes took ${performance.now() - startGetBusyCalendarTimes}ms`);
  return results.flat();
};

export const createEvent = async (
  credential: CredentialPayload,
  calEvent: CalendarEvent,
  externalId?: string
): Promise<EventResult<NewCalendarEventType>> => {
  const uid: string = getUid(calEvent);
  const calendar = await getCalendar(credential);
  let success = true;
  let calError: string | undefined = undefined;

  const creationResult = calendar
    ? await calendar.createEvent(calEvent, credential.id).catch(async (error) => {
        success = false;
        calError = error?.message;
        log.error("createEvent failed", error, calEvent.uid, externalId);
        return undefined;
      })
    : undefined;

  return {
    appName: credential.appId || "",
    type: credential.type,
    success,
    uid,
    iCalUID: creationResult?.iCalUID || undefined,
    createdEvent: creationResult,
    originalEvent: calEvent,
    calError,
    credentialId: credential.id,
    externalId,
  };
};

const getUid = (calEvent: CalendarEvent): string => {
  return calEvent.uid ?? "";
};
