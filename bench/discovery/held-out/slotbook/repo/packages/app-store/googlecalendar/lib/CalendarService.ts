import type { Prisma } from "@prisma/client";
import { calendar_v3 } from "@googleapis/calendar";
import { OAuth2Client } from "googleapis-common";

import { MeetLocationType } from "@slotbook/app-store/locations";
import logger from "@slotbook/lib/logger";
import { safeStringify } from "@slotbook/lib/logger";
import prisma from "@slotbook/prisma";
import type {
  Calendar,
  CalendarEvent,
  EventBusyDate,
  IntegrationCalendar,
  NewCalendarEventType,
} from "@slotbook/types/Calendar";
import type { CredentialPayload } from "@slotbook/types/Credential";

import refreshOAuthTokens from "../../_utils/oauth/refreshOAuthTokens";
import { getGoogleAppKeys } from "./getGoogleAppKeys";

interface GoogleCalError extends Error {
  code?: number;
}

const log = logger.getSubLogger({ prefix: ["app-store/googlecalendar/lib/CalendarService"] });

export default class GoogleCalendarService implements Calendar {
  private integrationName = "";
  private auth: { getToken: () => Promise<MyGoogleAuth> };
  private credential: CredentialPayload;

  constructor(credential: CredentialPayload) {
    this.integrationName = "google_calendar";
    this.credential = credential;
    this.auth = this.googleAuth(credential);
  }

  private googleAuth = (credential: CredentialPayload) => {
    const googleCredentials = credential.key as Prisma.JsonObject as {
      access_token: string;
      refresh_token: string;
      expiry_date: number;
    };

    const getGoogleAuth = async () => {
      const { client_id, client_secret, redirect_uris } = await getGoogleAppKeys();
      const myGoogleAuth = new MyGoogleAuth(client_id, client_secret, redirect_uris[0]);
      myGoogleAuth.setCredentials(googleCredentials);
      return myGoogleAuth;
    };

    const isExpired = () => {
      const expiryDate = googleCredentials.expiry_date;
      return expiryDate ? expiryDate < Date.now() : true;
    };

    const refreshAccessToken = async (myGoogleAuth: MyGoogleAuth) => {
      try {
        const res = await refreshOAuthTokens(
          async () => {
            const fetchTokens = await myGoogleAuth.refreshToken(googleCredentials.refresh_token);
            return fetchTokens.res;
          },
          "google-calendar",
          credential.userId
        );
        const token = res?.data;
        googleCredentials.access_token = token.access_token;
        googleCredentials.expiry_date = token.expiry_date;
        const key = { ...googleCredentials, ...token };
        await prisma.credential.update({
          where: { id: credential.id },
          data: { key },
        });
        myGoogleAuth.setCredentials(googleCredentials);
      } catch (err) {
        let message;
        if (err instanceof Error) message = err.message;
        else message = String(err);
        // if not invalid_grant, default behaviour (which might not be to throw)
        if (message !== "invalid_grant") return myGoogleAuth;
        await prisma.credential.update({
          where: { id: credential.id },
          data: { invalid: true },
        });
      }
      return myGoogleAuth;
    };

    return {
      getToken: async () => {
        const myGoogleAuth = await getGoogleAuth();
        return isExpired() ? refreshAccessToken(myGoogleAuth) : myGoogleAuth;
      },
    };
  };

  private authedCalendar = async () => {
    const myGoogleAuth = await this.auth.getToken();
    const calendar = new calendar_v3.Calendar({
      auth: myGoogleAuth,
    });
    return calendar;
  };

  async createEvent(calEventRaw: CalendarEvent, credentialId: number): Promise<NewCalendarEventType> {
    const payload: calendar_v3.Schema$Event = {
      summary: calEventRaw.title,
      description: calEventRaw.additionalNotes ?? "",
      start: {
        dateTime: calEventRaw.startTime,
        timeZone: calEventRaw.organizer.timeZone,
      },
      end: {
        dateTime: calEventRaw.endTime,
        timeZone: calEventRaw.organizer.timeZone,
      },
      attendees: calEventRaw.attendees.map((attendee) => ({
        email: attendee.email,
        displayName: attendee.name,
        responseStatus: "accepted",
      })),
      reminders: { useDefault: true },
      guestsCanSeeOtherGuests: !!calEventRaw.seatsPerTimeSlot ? calEventRaw.seatsShowAttendees : true,
      iCalUID: calEventRaw.iCalUID,
    };

    if (calEventRaw.location) {
      payload["location"] = calEventRaw.location;
    }

    if (calEventRaw.conferenceData && calEventRaw.location === MeetLocationType) {
      payload["conferenceData"] = calEventRaw.conferenceData;
    }

    const calendar = await this.authedCalendar();
    const selectedCalendar = calEventRaw.destinationCalendar?.find((cal) => cal.credentialId === credentialId)
      ?.externalId;

    try {
      const event = await calendar.events.insert({
        calendarId: selectedCalendar || "primary",
        requestBody: payload,
        conferenceDataVersion: 1,
        sendUpdates: "none",
      });

      return {
        uid: "",
        ...event.data,
        id: event.data.id || "",
        additionalInfo: { hangoutLink: event.data.hangoutLink || "" },
        type: "google_calendar",
        password: "",
        url: "",
        iCalUID: event.data.iCalUID,
      };
    } catch (error) {
      log.error("There was an error creating event in google calendar: ", safeStringify({ error }));
      throw error;
    }
  }

  async deleteEvent(uid: string, event: CalendarEvent, externalCalendarId?: string | null): Promise<void> {
    const calendar = await this.authedCalendar();
    const defaultCalendarId = "primary";
    const calendarId = externalCalendarId ? externalCalendarId : event.destinationCalendar?.[0]?.externalId;

    try {
      const event = await calendar.events.delete({
        calendarId: calendarId ? calendarId : defaultCalendarId,
        eventId: uid,
        sendNotifications: false,
        sendUpdates: "none",
      });
      return event?.data;
    } catch (error) {
      const err = error as GoogleCalError;
      /**
       *  410 is when an event is already deleted on the Google cal before on Slotbook
       *  404 is when the event is on a different calendar
       */
      if (err.code === 410) return;
      console.error("There was an error deleting event from google calendar: ", err);
      if (err.code === 404) return;
      throw err;
    }
  }

  async getAvailability(
    dateFrom: string,
    dateTo: string,
    selectedCalendars: IntegrationCalendar[]
  ): Promise<EventBusyDate[]> {
    const calendar = await this.authedCalendar();
    const selectedCalendarIds = selectedCalendars
      .filter((e) => e.integration === this.integrationName)
      .map((e) => e.externalId);

    try {
      const apires = await calendar.freebusy.query({
        requestBody: {
          timeMin: dateFrom,
          timeMax: dateTo,
          items: selectedCalendarIds.map((id) => ({ id })),
        },
      });
      const result = apires.data.calendars ?? {};
      return Object.values(result).reduce((c, i) => {
        i.busy?.forEach((busyTime) => {
          c.push({ start: busyTime.start || "", end: busyTime.end || "" });
        });
        return c;
      }, [] as EventBusyDate[]);
    } catch (error) {
      log.error("There was an error getting availability from google calendar: ", safeStringify({ error }));
      throw error;
    }
  }

  async listCalendars(): Promise<IntegrationCalendar[]> {
    const calendar = await this.authedCalendar();
    const cals = await calendar.calendarList.list({ fields: "items(id,summary,primary,accessRole)" });
    if (!cals.data.items) return [];
    return cals.data.items.map((cal) => ({
      externalId: cal.id ?? "No id",
      integration: this.integrationName,
      name: cal.summary ?? "No name",
      primary: cal.primary ?? false,
      readOnly: !(cal.accessRole === "writer" || cal.accessRole === "owner") && true,
      email: cal.id ?? "",
    }));
  }
}

class MyGoogleAuth extends OAuth2Client {
  constructor(client_id: string, client_secret: string, redirect_uri: string) {
    super(client_id, client_secret, redirect_uri);
  }

  isTokenExpiring() {
    return super.isTokenExpiring();
  }

  async refreshToken(token: string | null | undefined) {
    return super.refreshToken(token);
  }
}
