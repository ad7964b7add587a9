import { Injectable } from '@nestjs/common';

import { GaxiosError } from 'gaxios';
import { calendar_v3 as calendarV3, google } from 'googleapis';

import { OAuth2ClientProvider } from 'src/modules/connected-account/oauth2-client-manager/drivers/google/google-oauth2-client-manager.service';
import { ConnectedAccountWorkspaceEntity } from 'src/modules/connected-account/standard-objects/connected-account.workspace-entity';
import { formatGoogleCalendarEvents } from 'src/modules/calendar/calendar-event-import-manager/drivers/google-calendar/utils/format-google-calendar-event.util';
import { CalendarEventWithParticipants } from 'src/modules/calendar/common/types/calendar-event';

@Injectable()
export class GoogleCalendarGetEventsService {
  constructor(private readonly oAuth2ClientProvider: OAuth2ClientProvider) {}

  public async getCalendarEvents(
    connectedAccount: Pick<ConnectedAccountWorkspaceEntity, 'provider' | 'refreshToken' | 'id'>,
    syncCursor?: string,
  ): Promise<{
    calendarEvents: CalendarEventWithParticipants[];
    nextSyncCursor: string;
  }> {
    const oAuth2Client = await this.oAuth2ClientProvider.getOAuth2Client(
      connectedAccount.refreshToken,
    );

    const googleCalendarClient = google.calendar({
      version: 'v3',
      auth: oAuth2Client,
    });

    let nextSyncToken: string | null | undefined;
    let nextPageToken: string | undefined;
    const events: calendarV3.Schema$Event[] = [];

    let hasMoreEvents = true;

    while (hasMoreEvents) {
      const googleCalendarEvents = await googleCalendarClient.events
        .list({
          calendarId: 'primary',
          maxResults: 500,
          syncToken: syncCursor,
          pageToken: nextPageToken,
          showDeleted: true,
        })
        .catch(async (error: GaxiosError) => {
          if (error.response?.status === 410) {
            // sync token expired: restart full sync
            return { data: { items: [], nextSyncToken: undefined, nextPageToken: undefined } };
          }
          throw error;
        });

      nextSyncToken = googleCalendarEvents.data.nextSyncToken;
      nextPageToken = googleCalendarEvents.data.nextPageToken || undefined;

      const { items } = googleCalendarEvents.data;

      if (!items || items.length === 0) {
        break;
      }

      events.push(...items);

      if (!nextPageToken) {
        hasMoreEvents = false;
      }
    }

    return {
      calendarEvents: formatGoogleCalendarEvents(events),
      nextSyncCursor: nextSyncToken || '',
    };
  }
}
