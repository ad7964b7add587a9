import { Injectable } from '@nestjs/common';

import axios from 'axios';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

export type MicrosoftTokens = {
  accessToken: string;
  refreshToken: string;
};

interface MicrosoftRefreshTokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  scope: string;
  token_type: string;
}

@Injectable()
export class MicrosoftAPIRefreshAccessTokenService {
  constructor(private readonly environmentService: EnvironmentService) {}

  async refreshTokens(refreshToken: string): Promise<MicrosoftTokens> {
    const response = await axios.post<MicrosoftRefreshTokenResponse>(
      'https://login.microsoftonline.com/common/oauth2/v2.0/token',
      new URLSearchParams({
        client_id: this.environmentService.get('AUTH_MICROSOFT_CLIENT_ID'),
        client_secret: this.environmentService.get(
          'AUTH_MICROSOFT_CLIENT_SECRET',
        ),
        refresh_token: refreshToken,
        grant_type: 'refresh_token',
      }),
      {
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
        },
      },
    );

    return {
      accessToken: response.data.access_token,
      refreshToken: response.data.refresh_token,
    };
  }
}
