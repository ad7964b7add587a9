import type { Calendar as OfficeCalendar, User, Event } from "@microsoft/microsoft-graph-types-beta";
import type { DefaultBodyType } from "msw";

import dayjs from "@slotbook/dayjs";
import { getLocation, getRichDescription } from "@slotbook/lib/CalEventParser";
import logger from "@slotbook/lib/logger";
import prisma from "@slotbook/prisma";
import type {
  Calendar,
  CalendarEvent,
  EventBusyDate,
  IntegrationCalendar,
  NewCalendarEventType,
} from "@slotbook/types/Calendar";
import type { CredentialPayload } from "@slotbook/types/Credential";

import getAppKeysFromSlug from "../../_utils/getAppKeysFromSlug";
import refreshOAuthTokens from "../../_utils/oauth/refreshOAuthTokens";
import type { O365AuthCredentials } from "../types/Office365Calendar";

interface IRequest {
  method: string;
  url: string;
  id: number;
}

interface ISettledResponse {
  id: string;
  status: number;
  headers: {
    "Retry-After": string;
    "Content-Type": string;
  };
  body: Record<string, DefaultBodyType>;
}

interface IBatchResponse {
  responses: ISettledResponse[];
}

export default class Office365CalendarService implements Calendar {
  private url = "";
  private integrationName = "";
  private log: typeof logger;
  private auth: { getToken: () => Promise<string> };
  private apiGraphUrl = "https://graph.microsoft.com/v1.0";
  private credential: CredentialPayload;

  constructor(credential: CredentialPayload) {
    this.integrationName = "office365_calendar";
    this.auth = this.o365Auth(credential);
    this.log = logger.getSubLogger({ prefix: [`[[lib] ${this.integrationName}`] });
    this.credential = credential;
  }

  private o365Auth = (credential: CredentialPayload) => {
    const isExpired = (expiryDate: number) => {
      if (!expiryDate) {
        return true;
      } else {
        return expiryDate < Math.round(+new Date() / 1000);
      }
    };
    const o365AuthCredentials = credential.key as O365AuthCredentials;

    const refreshAccessToken = async (o365AuthCredentials: O365AuthCredentials) => {
      const appKeys = await getAppKeysFromSlug("office365-calendar");
      const client_id = appKeys.client_id as string;
      const client_secret = appKeys.client_secret as string;
      const response = await refreshOAuthTokens(
        async () =>
          await fetch("https://login.microsoftonline.com/common/oauth2/v2.0/token", {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({
              scope: "User.Read Calendars.Read Calendars.ReadWrite",
              client_id,
              refresh_token: o365AuthCredentials.refresh_token,
              grant_type: "refresh_token",
              client_secret,
            }),
          }),
        "office365-calendar",
        credential.userId
      );
      const responseJson = await handleErrorsJson(response);
      o365AuthCredentials.access_token = responseJson.access_token;
      o365AuthCredentials.expiry_date = Math.round(+new Date() / 1000 + responseJson.expires_in);
      await prisma.credential.update({
        where: { id: credential.id },
        data: { key: o365AuthCredentials },
      });
      return o365AuthCredentials.access_token;
    };

    return {
      getToken: () =>
        !isExpired(o365AuthCredentials.expiry_date)
          ? Promise.resolve(o365AuthCredentials.access_token)
          : refreshAccessToken(o365AuthCredentials),
    };
  };

  private fetcher = async (endpoint: string, init?: RequestInit | undefined) => {
    const accessToken = await this.auth.getToken();
    return fetch(`${this.apiGraphUrl}${endpoint}`, {
      method: "get",
      headers: {
        Authorization: `Bearer ${accessToken}`,
        "Content-Type": "application/json",
      },
      ...init,
    });
  };

  private getUserEndpoint = async () => {
    const response = await this.fetcher(`/me`);
    const user = (await handleErrorsJson(response)) as User;
    return `/users/${user.userPrincipalName}`;
  };

  async createEvent(event: CalendarEvent, credentialId: number): Promise<NewCalendarEventType> {
    const mainHostDestinationCalendar = event.destinationCalendar?.find(
      (cal) => cal.credentialId === credentialId
    );
    try {
      const eventsUrl = mainHostDestinationCalendar?.externalId
        ? `/me/calendars/${mainHostDestinationCalendar?.externalId}/events`
        : "/me/calendar/events";

      const response = await this.fetcher(eventsUrl, {
        method: "POST",
        body: JSON.stringify(this.translateEvent(event)),
      });

      const responseJson = await handleErrorsJson<NewCalendarEventType & { iCalUId: string }>(response);

      return { ...responseJson, iCalUID: responseJson.iCalUId };
    } catch (error) {
      this.log.error(error);
      throw error;
    }
  }

  async deleteEvent(uid: string): Promise<void> {
    const response = await this.fetcher(`/me/calendar/events/${uid}`, {
      method: "DELETE",
    });
    handleErrorsRaw(response);
  }

  async getAvailability(
    dateFrom: string,
    dateTo: string,
    selectedCalendars: IntegrationCalendar[]
  ): Promise<EventBusyDate[]> {
    const dateFromParsed = new Date(dateFrom);
    const dateToParsed = new Date(dateTo);
    const filter = `?startDateTime=${encodeURIComponent(
      dateFromParsed.toISOString()
    )}&endDateTime=${encodeURIComponent(dateToParsed.toISOString())}`;

    const calendarSelectParams = "$select=showAs,start,end";
    const selectedCalendarIds = selectedCalendars
      .filter((e) => e.integration === this.integrationName)
      .map((e) => e.externalId)
      .filter(Boolean);
    if (selectedCalendarIds.length === 0) return Promise.resolve([]);

    const requests: IRequest[] = selectedCalendarIds.map((calendarId, id) => ({
      id,
      method: "GET",
      url: `/me/calendars/${calendarId}/calendarView${filter}&${calendarSelectParams}`,
    }));

    const response = await this.fetcher(`/$batch`, {
      method: "POST",
      body: JSON.stringify({ requests }),
    });
    const responseBody = await handleErrorsJson<IBatchResponse>(response);

    return responseBody.responses.flatMap((subResponse) =>
      ((subResponse.body?.value as Event[]) || [])
        .filter((evt) => evt.showAs !== "free" && evt.showAs !== "workingElsewhere")
        .map((evt) => ({
          start: evt.start?.dateTime + "Z",
          end: evt.end?.dateTime + "Z",
        }))
    );
  }

  async listCalendars(): Promise<IntegrationCalendar[]> {
    const officeCalendars: OfficeCalendar[] = [];
    // List calendars from MS are paginated
    let finishedParsingCalendars = false;
    const calendarFilterParam = "$select=id,name,isDefaultCalendar,owner";

    let requestLink = `/me/calendars?${calendarFilterParam}`;
    while (!finishedParsingCalendars) {
      const response = await this.fetcher(requestLink);
      const responseBody = await handleErrorsJson<{ value: OfficeCalendar[]; "@odata.nextLink"?: string }>(
        response
      );
      officeCalendars.push(...responseBody.value);
      if (responseBody["@odata.nextLink"]) {
        requestLink = responseBody["@odata.nextLink"].replace(this.apiGraphUrl, "");
      } else {
        finishedParsingCalendars = true;
      }
    }

    return officeCalendars.map((cal) => ({
      externalId: cal.id ?? "No Id",
      integration: this.integrationName,
      name: cal.name ?? "No calendar name",
      primary: cal.isDefaultCalendar ?? false,
      readOnly: !cal.canEdit && true,
      email: cal.owner?.address ?? "",
    }));
  }

  private translateEvent = (event: CalendarEvent) => {
    return {
      subject: event.title,
      body: {
        contentType: "text",
        content: getRichDescription(event),
      },
      start: {
        dateTime: dayjs(event.startTime).tz(event.organizer.timeZone).format("YYYY-MM-DDTHH:mm:ss"),
        timeZone: event.organizer.timeZone,
      },
      end: {
        dateTime: dayjs(event.endTime).tz(event.organizer.timeZone).format("YYYY-MM-DDTHH:mm:ss"),
        timeZone: event.organizer.timeZone,
      },
      attendees: event.attendees.map((attendee) => ({
        emailAddress: { address: attendee.email, name: attendee.name },
        type: "required",
      })),
      location: event.location ? { displayName: getLocation(event) } : undefined,
    };
  };
}

async function handleErrorsJson<Type>(response: Response): Promise<Type> {
  if (!response.ok) {
    response.json().then(console.log);
    throw Error(response.statusText);
  }
  return response.json();
}

function handleErrorsRaw(response: Response) {
  if (!response.ok) {
    response.text().then(console.log);
    throw Error(response.statusText);
  }
  return response.text();
}
