import { Injectable } from '@nestjs/common';

import { gmail_v1, google } from 'googleapis';

import { OAuth2ClientProvider } from 'src/modules/connected-account/oauth2-client-manager/drivers/google/google-oauth2-client-manager.service';
import { ConnectedAccountWorkspaceEntity } from 'src/modules/connected-account/standard-objects/connected-account.workspace-entity';

@Injectable()
export class GmailClientProvider {
  constructor(private readonly oAuth2ClientProvider: OAuth2ClientProvider) {}

  public async getGmailClient(
    connectedAccount: Pick<
      ConnectedAccountWorkspaceEntity,
      'provider' | 'refreshToken'
    >,
  ): Promise<gmail_v1.Gmail> {
    const oAuth2Client = await this.oAuth2ClientProvider.getOAuth2Client(
      connectedAccount.refreshToken,
    );

    return google.gmail({
      version: 'v1',
      auth: oAuth2Client,
    });
  }
}
