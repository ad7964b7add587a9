import { BadRequestException, Injectable, Logger, NotFoundException, UnauthorizedException } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { google } from "googleapis";
import { z } from "zod";

import type { AppConfig } from "../../../config/type";
import { AppsRepository } from "../../../modules/apps/apps.repository";
import { CredentialsRepository } from "../../../modules/credentials/credentials.repository";
import { SelectedCalendarsRepository } from "../../../modules/selected-calendars/selected-calendars.repository";
import { TokensRepository } from "../../../modules/tokens/tokens.repository";

const GOOGLE_CALENDAR_SCOPES = [
  "https://www.googleapis.com/auth/calendar.readonly",
  "https://www.googleapis.com/auth/calendar.events",
];

@Injectable()
export class GoogleCalendarService {
  private redirectUri = `${this.config.get("api.url", { infer: true })}/gcal/oauth/save`;
  private gcalResponseSchema = z.object({ client_id: z.string(), client_secret: z.string() });
  private logger = new Logger("GcalService");

  constructor(
    private readonly config: ConfigService<AppConfig>,
    private readonly appsRepository: AppsRepository,
    private readonly credentialRepository: CredentialsRepository,
    private readonly tokensRepository: TokensRepository,
    private readonly selectedCalendarsRepository: SelectedCalendarsRepository
  ) {}

  async getOAuthClient(redirectUri: string) {
    this.logger.log("Getting Google Calendar OAuth Client");
    const app = await this.appsRepository.getAppBySlug("google-calendar");

    if (!app) {
      throw new NotFoundException();
    }

    const { client_id, client_secret } = this.gcalResponseSchema.parse(app.keys);

    const oAuth2Client = new google.auth.OAuth2(client_id, client_secret, redirectUri);
    return oAuth2Client;
  }

  async getAuthUrl(accessToken: string, origin: string): Promise<string> {
    const oAuth2Client = await this.getOAuthClient(this.redirectUri);
    return oAuth2Client.generateAuthUrl({
      access_type: "offline",
      scope: GOOGLE_CALENDAR_SCOPES,
      prompt: "consent",
      state: JSON.stringify({ accessToken, origin }),
    });
  }

  async saveCalendarCredentialsAndRedirect(code: string, accessToken: string, origin: string) {
    const ownerId = await this.tokensRepository.getAccessTokenOwnerId(accessToken);
    if (!ownerId) {
      throw new UnauthorizedException("Invalid Access token.");
    }

    const oAuth2Client = await this.getOAuthClient(this.redirectUri);
    const parsedCode = z.string().parse(code);
    const token = await oAuth2Client.getToken(parsedCode);
    // Slotbook stores the raw token set on the credential
    const key = token.tokens;
    const credential = await this.credentialRepository.createAppCredential(
      "google_calendar",
      key as any,
      ownerId
    );

    oAuth2Client.setCredentials(key);

    const calendar = google.calendar({
      version: "v3",
      auth: oAuth2Client,
    });

    const cals = await calendar.calendarList.list({ fields: "items(id,summary,primary,accessRole)" });
    const primaryCal = cals.data.items?.find((cal) => cal.primary);

    if (primaryCal?.id) {
      await this.selectedCalendarsRepository.createSelectedCalendar(
        primaryCal.id,
        credential.id,
        ownerId,
        "google_calendar"
      );
    }

    return { url: origin };
  }

  async check(userId: number) {
    const gcalCredentials = await this.credentialRepository.getByTypeAndUserId("google_calendar", userId);
    if (!gcalCredentials) {
      throw new BadRequestException("Credentials for google_calendar not found.");
    }
    if (gcalCredentials.invalid) {
      throw new BadRequestException("Invalid google oauth credentials.");
    }
    return { status: "success" };
  }
}
