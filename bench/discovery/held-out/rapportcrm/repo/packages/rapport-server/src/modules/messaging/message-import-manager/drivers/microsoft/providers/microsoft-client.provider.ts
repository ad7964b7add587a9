import { Injectable } from '@nestjs/common';

import { Client } from '@microsoft/microsoft-graph-client';

import { MicrosoftAPIRefreshAccessTokenService } from 'src/modules/connected-account/refresh-tokens-manager/drivers/microsoft/services/microsoft-api-refresh-access-token.service';
import { ConnectedAccountWorkspaceEntity } from 'src/modules/connected-account/standard-objects/connected-account.workspace-entity';

@Injectable()
export class MicrosoftClientProvider {
  constructor(
    private readonly microsoftAPIRefreshAccessTokenService: MicrosoftAPIRefreshAccessTokenService,
  ) {}

  public async getMicrosoftClient(
    connectedAccount: Pick<
      ConnectedAccountWorkspaceEntity,
      'provider' | 'refreshToken'
    >,
  ): Promise<Client> {
    const { accessToken } =
      await this.microsoftAPIRefreshAccessTokenService.refreshTokens(
        connectedAccount.refreshToken,
      );

    return Client.init({
      defaultVersion: 'v1.0',
      debugLogging: false,
      authProvider: (callback) => {
        callback(null, accessToken);
      },
    });
  }
}
