import { BadRequestException, Injectable, UnauthorizedException } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { stringify } from "querystring";
import { z } from "zod";

import type { AppConfig } from "../../../config/type";
import { AppsRepository } from "../../../modules/apps/apps.repository";
import { CredentialsRepository } from "../../../modules/credentials/credentials.repository";
import { SelectedCalendarsRepository } from "../../../modules/selected-calendars/selected-calendars.repository";
import { TokensRepository } from "../../../modules/tokens/tokens.repository";

const OFFICE365_CALENDAR = "office365-calendar";
const OFFICE365_CALENDAR_TYPE = "office365_calendar";

@Injectable()
export class OutlookService {
  private redirectUri = `${this.config.get("api.url", { infer: true })}/calendars/${OFFICE365_CALENDAR}/save`;

  constructor(
    private readonly config: ConfigService<AppConfig>,
    private readonly appsRepository: AppsRepository,
    private readonly credentialRepository: CredentialsRepository,
    private readonly tokensRepository: TokensRepository,
    private readonly selectedCalendarsRepository: SelectedCalendarsRepository
  ) {}

  async getOffice365AppKeys() {
    const app = await this.appsRepository.getAppBySlug(OFFICE365_CALENDAR);
    const { client_id, client_secret } = z
      .object({ client_id: z.string(), client_secret: z.string() })
      .parse(app?.keys);
    return { client_id, client_secret };
  }

  async getCalendarRedirectUrl(accessToken: string, origin: string) {
    const { client_id } = await this.getOffice365AppKeys();

    const scopes = ["User.Read", "Calendars.Read", "Calendars.ReadWrite", "offline_access"];
    const params = {
      response_type: "code",
      scope: scopes.join(" "),
      client_id,
      prompt: "select_account",
      redirect_uri: this.redirectUri,
      state: `accessToken=${accessToken}&origin=${origin}`,
    };

    const query = stringify(params);
    return `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?${query}`;
  }

  async getOAuthCredentials(code: string) {
    const scopes = ["offline_access", "Calendars.Read", "Calendars.ReadWrite"];
    const { client_id, client_secret } = await this.getOffice365AppKeys();

    const toUrlEncoded = (payload: Record<string, string>) =>
      Object.keys(payload)
        .map((key) => `${key}=${encodeURIComponent(payload[key])}`)
        .join("&");

    const body = toUrlEncoded({
      client_id,
      grant_type: "authorization_code",
      code,
      scope: scopes.join(" "),
      redirect_uri: this.redirectUri,
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
      throw new BadRequestException(responseBody.error_description ?? "Failed to get Outlook token");
    }
    return responseBody;
  }

  async getDefaultCalendar(accessToken: string): Promise<{ id: string; owner?: { address?: string } }> {
    const response = await fetch("https://graph.microsoft.com/v1.0/me/calendar", {
      method: "GET",
      headers: {
        Authorization: `Bearer ${accessToken}`,
        "Content-Type": "application/json",
      },
    });

    const responseBody = await response.json();
    return responseBody;
  }

  async handleCalendarOAuthCallback(code: string, accessToken: string, origin: string) {
    const ownerId = await this.tokensRepository.getAccessTokenOwnerId(accessToken);
    if (!ownerId) {
      throw new UnauthorizedException("Invalid Access token.");
    }

    const office365OAuthCredentials = await this.getOAuthCredentials(code);
    const defaultCalendar = await this.getDefaultCalendar(office365OAuthCredentials.access_token);

    if (defaultCalendar?.id) {
      office365OAuthCredentials.expiry_date = Math.round(
        +new Date() / 1000 + office365OAuthCredentials.expires_in
      );
      delete office365OAuthCredentials.expires_in;

      const credential = await this.credentialRepository.createAppCredential(
        OFFICE365_CALENDAR_TYPE,
        office365OAuthCredentials,
        ownerId
      );
      await this.selectedCalendarsRepository.createSelectedCalendar(
        defaultCalendar.id,
        credential.id,
        ownerId,
        OFFICE365_CALENDAR_TYPE
      );
    }

    return { url: origin };
  }
}
